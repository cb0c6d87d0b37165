/**
 * Where it happened, from the nearest evidence outwards: a place in the
 * trigger's clause, or the place a definite noun there points back to ("from
 * the village"); else the nearest usable place of its sentence; else of the
 * sentences around it in its paragraph; else the live-blog entry's
 * headline, the dateline or the title. Each step out says so in `source` and
 * lowers the precision (ACLED: 1 the named place, 2 near or part of it,
 * 3 the region around it). Places in a reporting frame ("said at a briefing
 * in Geneva") or in a stretch dated months back (history told beside the
 * event) are not the event's.
 */
import type { Clause } from '../clause.js';
import { mentionsIn, sentenceAt, type EventContext, type SentenceView } from '../context.js';
import { inFrame } from '../frames.js';
import type { LocationSource } from '../layers.js';
import { containing } from '../sentence-index.js';
import { listOf, pickPlace, type Place } from './pick-place.js';
import { placeAnaphor } from './place-anaphor.js';
import { staleStretch } from './stale-stretch.js';

export interface PlaceFind {
  /** One place, or every member of a list the place is in ("A, B, C and D"). */
  places: Place[];
  source: LocationSource;
  rule: string;
  strength: number;
}

export function findLocation(ctx: EventContext, clause: Clause, background: boolean): PlaceFind | null {
  const at = clause.sentence.tokens[clause.head.from]?.start ?? clause.start;
  const sentencePlaces = mentionsIn(ctx.places, clause.sentence.start, clause.sentence.end);
  const inClause = sentencePlaces.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const own = pickPlace(ctx, inClause, at);
  if (own) return { places: listOf(ctx, inClause, own), source: 'clause', rule: 'location/clause', strength: 0.9 };
  const anaphor = placeAnaphor(ctx, clause);
  if (anaphor) return { places: [anaphor], source: 'clause', rule: 'location/anaphor', strength: 0.75 };

  const quoted = containing(ctx.quotations, at);
  const usable = (s: SentenceView, places: readonly Place[]) =>
    places.filter(
      (p) =>
        !inFrame(ctx, s, p.start) &&
        (background || !staleStretch(ctx, s, p.start)) &&
        containing(ctx.quotations, p.start) === quoted,
    );
  const near = pickPlace(ctx, usable(clause.sentence, sentencePlaces), at);
  if (near) return { places: [near], source: 'sentence', rule: 'location/sentence', strength: 0.7 };

  const paragraph = paragraphPlace(ctx, clause.sentence, usable);
  if (paragraph) return { places: [paragraph], source: 'paragraph', rule: 'location/paragraph', strength: 0.5 };
  const headline = headlinePlace(ctx, at);
  if (headline) return { places: [headline], source: 'headline', rule: 'location/headline', strength: 0.4 };
  const dateline = ctx.doc.layer('dateline')[0];
  const datelinePlace = dateline && mentionsIn(ctx.places, dateline.start, dateline.end)[0];
  if (datelinePlace) return { places: [datelinePlace], source: 'dateline', rule: 'location/dateline', strength: 0.4 };
  const title = ctx.doc.layer('title')[0];
  const titlePlace = title && pickPlace(ctx, mentionsIn(ctx.places, title.start, title.end), title.start);
  if (titlePlace) return { places: [titlePlace], source: 'title', rule: 'location/title', strength: 0.3 };
  return null;
}

/**
 * The last usable place in the three sentences before this one in its
 * paragraph, else the first in the next two: a lead often names the place one
 * sentence on. Further back, a place is no longer the one the text is about.
 */
function paragraphPlace(
  ctx: EventContext,
  sentence: SentenceView,
  usable: (s: SentenceView, places: readonly Place[]) => Place[],
): Place | undefined {
  const inSentence = (s: SentenceView | undefined, at: number) =>
    s && s.paragraph === sentence.paragraph ? pickPlace(ctx, usable(s, mentionsIn(ctx.places, s.start, s.end)), at) : undefined;
  for (let i = sentence.index - 1; i >= sentence.index - 3 && ctx.sentences[i]?.paragraph === sentence.paragraph; i--) {
    const s = ctx.sentences[i];
    const place = inSentence(s, s?.end ?? 0);
    if (place) return place;
  }
  for (let i = sentence.index + 1; i <= sentence.index + 2; i++) {
    const s = ctx.sentences[i];
    const place = inSentence(s, s?.start ?? 0);
    if (place) return place;
  }
  return undefined;
}

/** A place named in the headline of the live-blog entry holding the trigger. */
function headlinePlace(ctx: EventContext, at: number): Place | undefined {
  const headline = containing(ctx.doc.layer('entry'), at)?.attrs.headline;
  if (!headline) return undefined;
  const s = sentenceAt(ctx, headline.start);
  const places = mentionsIn(ctx.places, headline.start, headline.end);
  return pickPlace(ctx, s ? places.filter((p) => !inFrame(ctx, s, p.start)) : places, headline.end);
}
