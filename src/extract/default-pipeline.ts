import { Pipeline } from '../core/pipeline.js';
import { structureStage } from '../nlp/structure/structure-stage.js';

let cached: Pipeline | undefined;

/** The standard pipeline, assembled (and its order checked) once per process. */
export function defaultPipeline(): Pipeline {
  cached ??= new Pipeline([structureStage]);
  return cached;
}
