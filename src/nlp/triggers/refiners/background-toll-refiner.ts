import type { Candidate } from '../candidate.js';
import { cueAfter, cueBefore, cueList, cueSpan, type Cue } from '../cues.js';
import { subjectOf } from '../noun-phrases.js';
import type { SentenceView } from '../sentence-view.js';
import { endsAt } from '../word-matcher.js';
import type { Refiner } from './refiner.js';

const WAR = cueList([
  'in the war', 'in the conflict', 'in the civil war', 'in the syrian conflict', 'in the syrian war', 'in the uprising',
  'in the insurgency', 'in the fighting', 'during the war', 'during the conflict', 'since the war', 'since the conflict',
  'since the uprising', 'over the course of the war',
]);
const HABITUAL = cueList([
  'several times', 'a number of times', 'on a number of occasions', 'on several occasions', 'many times', 'repeatedly',
  'in the past', 'over the past', 'over the last', 'during the past', 'previously', 'in previous', 'earlier this year',
  'in recent years', 'over the years', 'this year',
]);

function plural(view: SentenceView, c: Candidate): boolean {
  return c.nominal && /s$/.test(view.tokens[c.end - 1]!.norm);
}

/**
 * Tallies and habits are context, not happenings: "a war that has killed
 * 250,000 people", "1,200 fighters have been killed in the Syrian conflict",
 * "Bombings in Damascus and Homs this year killed dozens", "has struck
 * targets inside Syria several times".
 */
export const backgroundTollRefiner: Refiner = (candidates, { view, lexicon }) => {
  const tollSubject = lexicon.classes.get('TOLL-SUBJECT');
  for (const c of candidates) {
    if (c.background) continue;
    let cue: Cue | null = null;
    let rule = '';
    const subject = tollSubject && !c.nominal && c.voice === 'active' ? subjectOf(view.tokens, c.first) : null;
    if (subject && tollSubject && endsAt(tollSubject, view.tokens, subject.head, subject.start)) {
      [cue, rule] = [{ first: subject.head, end: subject.head + 1 }, 'background/toll-subject'];
    }
    if (!cue && c.voice === 'passive') {
      const war = cueAfter(view, c, WAR, { max: 6 });
      if (war) [cue, rule] = [war, 'background/toll-war'];
    }
    if (!cue && (plural(view, c) || c.voice !== null)) {
      const habit = cueAfter(view, c, HABITUAL, { max: 8, clause: true }) ?? cueBefore(view, c, HABITUAL, { max: 8, clause: true });
      if (habit && (plural(view, c) || view.tokens[habit.first]!.norm !== 'this')) [cue, rule] = [habit, 'background/habitual'];
    }
    if (!cue) continue;
    c.background = true;
    c.backgroundCue = cueSpan(view, cue);
    c.rules.push(rule);
  }
  return candidates;
};
