import type { Stage } from '../../core/stage.js';
import '../structure/layers.js';
import './layers.js';
import { segment } from './segment.js';

/**
 * Sentences, tokens with part of speech, and datelines of the readable
 * paragraphs (title, headline, body, caption), skipping boilerplate. Wink
 * finds tokens and sentence boundaries; refiners correct its boundaries at
 * abbreviations, inside quotations and at glued periods.
 */
export const sentencesStage: Stage = {
  name: 'sentences',
  version: '1',
  requires: ['paragraph', 'boilerplate'],
  assigns: ['sentence', 'token', 'dateline'],
  run(doc) {
    const paragraphs = doc.layer('paragraph').map((p) => ({ start: p.start, end: p.end, role: p.attrs.role }));
    const result = segment(doc.text, paragraphs, doc.layer('boilerplate'));
    return {
      layers: { sentence: result.sentences, token: result.tokens, dateline: result.datelines },
      messages: result.messages,
    };
  },
};
