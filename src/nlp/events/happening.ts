/**
 * Whether a trigger tells a happening an analyst codes. What the text says
 * did not happen ("there could be no retreat"), what it only imagines ("could
 * be the start of a gruelling operation") and what it names as an aim ("an
 * offensive to retake the city", "fled in order to escape") are not events;
 * what is announced as planned ("will be evacuated") and what is denied
 * ("denied shelling the market") are, with that modality.
 */
import type { Annotation } from '../../core/layers.js';
import '../triggers/layers.js';

const AIM_CUES = new Set(['to', 'in order to', 'so as to', 'about', 'aimed at', 'bid to', 'in a bid to']);

export function isHappening(text: string, trigger: Annotation<'event-trigger'>): boolean {
  const { modality, modalityCue } = trigger.attrs;
  if (modality === 'negated' || modality === 'hypothetical') return false;
  if (modality !== 'planned' || !modalityCue) return true;
  const cue = text.slice(modalityCue.start, modalityCue.end).toLowerCase().replace(/\s+/g, ' ');
  return !AIM_CUES.has(cue);
}
