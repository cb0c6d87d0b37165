import { Pipeline } from '../core/pipeline.js';
import { actorsStage } from '../nlp/actors/actors-stage.js';
import { datesStage } from '../nlp/dates/dates-stage.js';
import { eventsStage } from '../nlp/events/events-stage.js';
import { geocodeStage } from '../nlp/geocode/geocode-stage.js';
import { numbersStage } from '../nlp/numbers/numbers-stage.js';
import { peopleStage } from '../nlp/people/people-stage.js';
import { placesStage } from '../nlp/places/places-stage.js';
import { quotesStage } from '../nlp/quotes/quotes-stage.js';
import { sentencesStage } from '../nlp/sentences/sentences-stage.js';
import { structureStage } from '../nlp/structure/structure-stage.js';
import { triggersStage } from '../nlp/triggers/triggers-stage.js';

let cached: Pipeline | undefined;

/** The standard pipeline, assembled (and its order checked) once per process. */
export function defaultPipeline(): Pipeline {
  cached ??= new Pipeline([
    structureStage,
    sentencesStage,
    actorsStage,
    peopleStage,
    datesStage,
    numbersStage,
    placesStage,
    geocodeStage,
    quotesStage,
    triggersStage,
    eventsStage,
  ]);
  return cached;
}
