/**
 * The stages place extraction stands on, then places and geocode, sharing
 * one gazetteer: what the evaluations and tests of this folder run. The
 * product's pipeline is assembled in src/extract.
 */
import { Pipeline } from '../../core/pipeline.js';
import type { Gazetteer } from '../../geo/index.js';
import { actorsStage } from '../actors/actors-stage.js';
import { numbersStage } from '../numbers/numbers-stage.js';
import { peopleStage } from '../people/people-stage.js';
import { createPlacesStage } from '../places/places-stage.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { createGeocodeStage } from './geocode-stage.js';

export function placePipeline(gazetteer?: Gazetteer): Pipeline {
  const options = gazetteer === undefined ? {} : { gazetteer };
  return new Pipeline([
    structureStage, sentencesStage, actorsStage, peopleStage, numbersStage, createPlacesStage(options), createGeocodeStage(options),
  ]);
}
