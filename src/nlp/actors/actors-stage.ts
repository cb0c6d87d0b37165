import type { AnnotationInput } from '../../core/layers.js';
import type { Stage } from '../../core/stage.js';
import { compileActorMatcher, type ActorMatcher } from './compile-matcher.js';
import type { ActorDictionary } from './dictionary.js';
import './layers.js';
import { defaultActorDictionary } from './load-dictionary.js';
import { matchActors } from './match-actors.js';
import '../sentences/layers.js';

/**
 * Recognises actors and outlets inside sentences (bylines, credits and other
 * furniture have none). The dictionary is loaded and compiled on the first
 * document, once; without one the shipped dictionary is used.
 */
export function createActorsStage(dictionary?: ActorDictionary): Stage {
  let matcher: ActorMatcher | undefined;
  return {
    name: 'actors',
    version: '1',
    requires: ['sentence'],
    assigns: ['actor', 'outlet'],
    run(doc) {
      matcher ??= compileActorMatcher(dictionary ?? defaultActorDictionary());
      const sentences = doc.layer('sentence');
      const actors: AnnotationInput<'actor'>[] = [];
      const outlets: AnnotationInput<'outlet'>[] = [];
      let s = 0;
      for (const m of matchActors(doc.text, matcher)) {
        while (s < sentences.length && (sentences[s]?.end ?? 0) <= m.start) s++;
        const sentence = sentences[s];
        if (!sentence || sentence.start > m.start || m.end > sentence.end) continue;
        if (m.layer === 'actor') actors.push({ start: m.start, end: m.end, attrs: m.attrs });
        else outlets.push({ start: m.start, end: m.end, attrs: m.attrs });
      }
      return { layers: { actor: actors, outlet: outlets } };
    },
  };
}

export const actorsStage: Stage = createActorsStage();
