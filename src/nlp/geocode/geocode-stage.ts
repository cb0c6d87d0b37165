/**
 * The geocode stage: each place mention resolved to a gazetteer entry (or
 * honestly not), with an ACLED precision, an uncertainty radius, its admin
 * chain, and the reason for the choice. Abstentions carry a message so a
 * reader sees which names need a better gazetteer.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import type { Stage } from '../../core/stage.js';
import { sharedGazetteer, type Gazetteer, type GazetteerEntry } from '../../geo/index.js';
import { entryMemo } from './entry-keys.js';
import { seedFocus } from './document-focus.js';
import './layers.js';
import { locateMentions } from './locate-mentions.js';
import { mentionContext } from './mention-context.js';
import { DEFAULT_WEIGHTS, scoreGroups, type ScoreWeights } from './score-groups.js';

export interface GeocodeStageOptions {
  /** Must be the gazetteer the places stage used; default the shared one. */
  gazetteer?: Gazetteer;
  /** Evidence weights; default DEFAULT_WEIGHTS. */
  weights?: Partial<ScoreWeights>;
}

export function createGeocodeStage(options: GeocodeStageOptions = {}): Stage {
  let gazetteer: Gazetteer | undefined;
  let entry: ((id: string) => GazetteerEntry | null) | undefined;
  const weights: ScoreWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  return {
    name: 'geocode',
    version: '1',
    requires: ['place'],
    assigns: ['place-resolution'],
    run(doc) {
      gazetteer ??= options.gazetteer ?? sharedGazetteer();
      const g = gazetteer;
      entry ??= entryMemo((id) => g.get(id));
      const ctx = mentionContext(doc, entry);
      const resolved = locateMentions(ctx, scoreGroups(ctx, seedFocus(doc, gazetteer), weights));
      const annotations: AnnotationInput<'place-resolution'>[] = [];
      const messages: MessageInput[] = [];
      ctx.places.forEach((p, i) => {
        const attrs = resolved[i];
        if (attrs === undefined) return;
        annotations.push({ start: p.start, end: p.end, attrs });
        if (!attrs.resolved) {
          messages.push({ ruleId: 'geocode/unresolved', severity: 'info', start: p.start, end: p.end, reason: `place "${p.quote}" left unresolved: ${attrs.reason}` });
        }
      });
      return { layers: { 'place-resolution': annotations }, messages };
    },
  };
}

export const geocodeStage: Stage = createGeocodeStage();
