import type { Document } from './document.js';
import type { Annotation, AnnotationInput, LayerName } from './layers.js';
import { message } from './message.js';
import { isValidRange } from './span.js';
import type { Stage, StageOutput } from './stage.js';

/** Milliseconds spent per stage (predict and apply), summed over the documents run with it. */
export type StageProfile = Map<string, number>;

export class PipelineError extends Error {
  override name = 'PipelineError';
}

/**
 * An ordered list of stages, checked when assembled: every required layer must
 * be assigned by an earlier stage, and no layer may be assigned twice.
 */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    validateOrder(stages);
    this.stages = Object.freeze([...stages]);
  }

  /** `{stage: version}` of every stage, stored with results so re-extraction can be detected. */
  versions(): Record<string, string> {
    return Object.fromEntries(this.stages.map((s) => [s.name, s.version]));
  }

  /**
   * Runs every stage on the document. A stage that throws, or returns output
   * that breaks its declaration, gets a fatal message on the document; stages
   * that need its layers are skipped with a message; the others still run.
   */
  run(doc: Document, profile?: StageProfile): Document {
    for (const stage of this.stages) {
      const missing = stage.requires.filter((l) => !doc.has(l));
      if (missing.length > 0) {
        doc.addMessage(
          message('pipeline', {
            ruleId: 'pipeline/stage-skipped',
            severity: 'error',
            reason: `stage '${stage.name}' skipped: required layer(s) ${missing.map((l) => `'${l}'`).join(', ')} missing after an earlier failure`,
          }),
        );
        continue;
      }
      let output: StageOutput;
      const started = profile ? performance.now() : 0;
      try {
        output = stage.run(doc);
      } catch (err) {
        doc.addMessage(
          message('pipeline', {
            ruleId: 'pipeline/stage-failed',
            severity: 'fatal',
            reason: `stage '${stage.name}' failed on document '${doc.id}': ${errorText(err)}`,
          }),
        );
        continue;
      }
      apply(doc, stage, output);
      if (profile) profile.set(stage.name, (profile.get(stage.name) ?? 0) + performance.now() - started);
    }
    return doc;
  }
}

function validateOrder(stages: readonly Stage[]): void {
  const assignedBy = new Map<string, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage '${stage.name}' appears twice in the pipeline`);
    names.add(stage.name);
  }
  for (const [i, stage] of stages.entries()) {
    for (const layer of stage.requires) {
      if (assignedBy.has(layer)) continue;
      const later = stages.slice(i + 1).find((s) => s.assigns.includes(layer));
      throw new PipelineError(
        later
          ? `stage '${stage.name}' requires layer '${layer}', which is assigned by '${later.name}', placed after it: move '${later.name}' before '${stage.name}'`
          : `stage '${stage.name}' requires layer '${layer}', which no stage in the pipeline assigns`,
      );
    }
    for (const layer of stage.assigns) {
      const other = assignedBy.get(layer);
      if (other !== undefined) {
        throw new PipelineError(`layer '${layer}' is assigned by both '${other}' and '${stage.name}'`);
      }
      assignedBy.set(layer, stage.name);
    }
  }
}

function apply(doc: Document, stage: Stage, output: StageOutput): void {
  const produced = Object.keys(output.layers) as LayerName[];
  const undeclared = produced.filter((l) => !stage.assigns.includes(l));
  const problems: string[] = [];
  if (undeclared.length > 0) problems.push(`wrote undeclared layer(s) ${undeclared.join(', ')}`);
  const built = new Map<LayerName, Annotation[]>();
  for (const layer of stage.assigns) {
    const inputs = (output.layers[layer] ?? []) as AnnotationInput[];
    const bad = inputs.find((a) => !isValidRange(doc.text, a.start, a.end));
    if (bad) {
      problems.push(`layer '${layer}' has span [${bad.start}, ${bad.end}) outside the text (${doc.text.length} chars)`);
      continue;
    }
    built.set(
      layer,
      inputs
        .map((a) => ({
          start: a.start,
          end: a.end,
          quote: doc.text.slice(a.start, a.end),
          stage: stage.name,
          version: stage.version,
          attrs: a.attrs,
        }))
        .sort((a, b) => a.start - b.start || b.end - a.end),
    );
  }
  if (problems.length > 0) {
    doc.addMessage(
      message('pipeline', {
        ruleId: 'pipeline/bad-output',
        severity: 'fatal',
        reason: `stage '${stage.name}' output rejected: ${problems.join('; ')}`,
      }),
    );
    return;
  }
  for (const [layer, annotations] of built) doc.setLayer(layer, annotations);
  for (const m of output.messages ?? []) doc.addMessage(message(stage.name, m));
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
