/**
 * The places stage: toponyms in sentences, each with the gazetteer entries it
 * may mean, the rule that found it, the kind of place its words say it is,
 * and how it relates to the mentions around it. Choosing among the
 * candidates is the geocode stage's work.
 */
import type { Gazetteer } from '../../geo/index.js';
import type { Stage } from '../../core/stage.js';
import { placeAnnotations } from './describe-mentions.js';
import { findPlaceMentions } from './find-places.js';
import { placeKnowledge, type PlaceKnowledge } from './knowledge.js';
import './layers.js';

export interface PlacesStageOptions {
  /** Default: the shared gazetteer (user files none, shipped theatres, world layer), loaded on the first document. */
  gazetteer?: Gazetteer;
}

export function createPlacesStage(options: PlacesStageOptions = {}): Stage {
  let knowledge: PlaceKnowledge | undefined;
  return {
    name: 'places',
    version: '1',
    requires: ['sentence', 'token', 'actor', 'outlet'],
    assigns: ['place'],
    run(doc) {
      knowledge ??= placeKnowledge(options.gazetteer);
      return { layers: { place: placeAnnotations(doc, findPlaceMentions(doc, knowledge)) } };
    },
  };
}

export const placesStage: Stage = createPlacesStage();
