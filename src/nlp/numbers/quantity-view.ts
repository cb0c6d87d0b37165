/**
 * A quantity as people read it: its span as `[start, end, quote]` and its
 * attributes with `counted` and `anchor` shown as the words they point at.
 * For tests, fixtures and debugging output.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { QuantityAttrs } from './layers.js';

export type QuantityView = Omit<QuantityAttrs, 'counted' | 'anchor'> & { counted: string | null; anchor: string | null };

export function viewQuantity(text: string, q: AnnotationInput<'quantity'>): { span: [number, number, string]; attrs: QuantityView } {
  const { counted, anchor, ...rest } = q.attrs;
  return {
    span: [q.start, q.end, text.slice(q.start, q.end)],
    attrs: {
      ...rest,
      counted: counted && text.slice(counted.start, counted.end),
      anchor: anchor && text.slice(anchor.start, anchor.end),
    },
  };
}
