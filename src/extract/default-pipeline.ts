import { Pipeline } from '../core/pipeline.js';
import { actorsStage } from '../nlp/actors/actors-stage.js';
import { datesStage } from '../nlp/dates/dates-stage.js';
import { geocodeStage } from '../nlp/geocode/geocode-stage.js';
import { numbersStage } from '../nlp/numbers/numbers-stage.js';
import { placesStage } from '../nlp/places/places-stage.js';
import { sentencesStage } from '../nlp/sentences/sentences-stage.js';
import { structureStage } from '../nlp/structure/structure-stage.js';

let cached: Pipeline | undefined;

/** The standard pipeline, assembled (and its order checked) once per process. */
export function defaultPipeline(): Pipeline {
  cached ??= new Pipeline([structureStage, sentencesStage, actorsStage, datesStage, numbersStage, placesStage, geocodeStage]);
  return cached;
}
