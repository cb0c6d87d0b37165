/** Pairs the quote-mark layer into quotations, paragraph by paragraph. */
import type { Annotation } from '../../core/layers.js';
import '../structure/layers.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null for a quotation left open at the end of its paragraph. */
  close: number | null;
  /** The words quoted, without marks. */
  start: number;
  end: number;
  /** True when either mark is a `?` recovered from a lost curly quote. */
  recovered: boolean;
  paragraph: number;
}

type Mark = Annotation<'quote-mark'>;
type Paragraph = Annotation<'paragraph'>;

/**
 * An opening mark pairs with the next closing mark of its paragraph. A
 * quotation still open when its paragraph ends runs to the end of the
 * paragraph, as news writes a quotation that goes on in the next paragraph;
 * a mark without a partner inside a paragraph is dropped.
 */
export function quoteSpans(text: string, marks: readonly Mark[], paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let m = 0;
  for (const [pi, para] of paragraphs.entries()) {
    while (m < marks.length && marks[m]!.start < para.start) m++;
    let pending: Mark | null = null;
    for (; m < marks.length && marks[m]!.start < para.end; m++) {
      const mark = marks[m]!;
      if (mark.attrs.role === 'open') pending = mark;
      else if (pending) {
        spans.push(span(pending, mark, mark.start, pi));
        pending = null;
      }
    }
    if (pending) {
      let end = para.end;
      while (end > pending.end && /\s/u.test(text.charAt(end - 1))) end--;
      if (end > pending.end) spans.push(span(pending, null, end, pi));
    }
  }
  return spans;
}

function span(open: Mark, close: Mark | null, end: number, paragraph: number): QuoteSpan {
  return {
    open: open.start,
    close: close?.start ?? null,
    start: open.end,
    end,
    recovered: open.attrs.recovered || (close?.attrs.recovered ?? false),
    paragraph,
  };
}
