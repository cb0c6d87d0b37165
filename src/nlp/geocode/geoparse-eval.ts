/**
 * Scores place recognition and resolution on a public geoparsing corpus
 * (LGL, TR-News, GeoWebNews). End to end: a gold toponym is found when a
 * place mention overlaps its span, and correct when that mention's point lies
 * within 161 km (100 miles, the field's usual threshold). Given gold: the gold
 * spans themselves are resolved, which scores the resolver alone.
 * Abstentions count as wrong in both accuracies.
 *
 *   node --import tsx src/nlp/geocode/geoparse-eval.ts ../shared/geoparsing/lgl.xml [--limit N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { distanceKm, namesMeet, sharedGazetteer, type Gazetteer } from '../../geo/index.js';
import { actorsStage } from '../actors/actors-stage.js';
import { numbersStage } from '../numbers/numbers-stage.js';
import { peopleStage } from '../people/people-stage.js';
import { givenPlacesStage } from '../places/given-mentions.js';
import { placeKnowledge } from '../places/knowledge.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { createGeocodeStage } from './geocode-stage.js';
import { readGeoparseArticles, type GoldToponym } from './geoparse-xml.js';
import type { ResolutionAttrs } from './layers.js';
import { placePipeline } from './place-pipeline.js';

export const ACCURACY_KM = 161;

export interface GeoparseOptions {
  /** Score only this many articles, spread evenly over the corpus. */
  limit?: number;
  gazetteer?: Gazetteer;
}

export interface ResolutionFigures {
  /** Gold toponyms with coordinates scored here. */
  scored: number;
  /** Of those, resolved to a point at all. */
  resolved: number;
  /** Share within 161 km of gold, over `scored`. */
  accuracy161: number;
  /**
   * As `accuracy161`, but a gold country or first-level region also counts
   * when resolved to the same country or region: the corpora place these at
   * GeoNames' points, which lie hundreds of km from other sources' (the
   * United States at 39.8,-98.5 against 38,-97).
   */
  accuracy161SameArea: number;
  /** Error of the resolved ones, km. */
  medianKm: number | null;
  meanKm: number | null;
}

export interface GeoparseScore {
  corpus: string;
  articles: number;
  toponyms: number;
  /** Gold toponyms with coordinates. */
  located: number;
  /** Share of gold toponyms overlapped by a place mention. */
  foundRate: number;
  /** End to end, over located gold toponyms that were found. */
  endToEnd: ResolutionFigures;
  /** End to end over every located gold toponym: a missed one is wrong. */
  endToEndAll: ResolutionFigures;
  /** The resolver alone, on the gold spans. */
  givenGold: ResolutionFigures;
}

export function scoreGeoparsing(corpusFile: string, options: GeoparseOptions = {}): GeoparseScore {
  const gazetteer = options.gazetteer ?? sharedGazetteer();
  const knowledge = placeKnowledge(gazetteer);
  const articles = pick([...readGeoparseArticles(readFileSync(corpusFile, 'utf8'))], options.limit);
  const gold = new Map<string, GoldToponym[]>();
  const endToEnd = placePipeline(gazetteer);
  const given = new Pipeline([
    structureStage, sentencesStage, actorsStage, peopleStage, numbersStage,
    givenPlacesStage((doc) => gold.get(doc.id) ?? [], knowledge), createGeocodeStage({ gazetteer }),
  ]);
  let toponyms = 0;
  let found = 0;
  const e2e: Outcome[] = [];
  const e2eAll: Outcome[] = [];
  const alone: Outcome[] = [];
  articles.forEach((a, i) => {
    const id = `${i}:${a.id}`;
    gold.set(id, a.toponyms);
    const meta = { title: a.title, published: a.date };
    const system = endToEnd.run(new Document(id, a.text, meta));
    const resolvedGiven = given.run(new Document(id, a.text, meta));
    toponyms += a.toponyms.length;
    for (const t of a.toponyms) {
      const mention = system.layer('place').find((p) => p.start < t.end && t.start < p.end);
      if (mention !== undefined) found++;
      if (t.lat === null || t.lon === null) continue;
      const sys = mention === undefined ? undefined : system.layer('place-resolution').find((r) => r.start === mention.start);
      const sysError = errorOf(sys?.attrs, t);
      if (mention !== undefined) e2e.push(sysError);
      e2eAll.push(sysError);
      alone.push(errorOf(resolvedGiven.layer('place-resolution').find((r) => r.start === t.start)?.attrs, t));
    }
  });
  return {
    corpus: path.basename(corpusFile),
    articles: articles.length,
    toponyms,
    located: e2eAll.length,
    foundRate: ratio(found, toponyms),
    endToEnd: figures(e2e),
    endToEndAll: figures(e2eAll),
    givenGold: figures(alone),
  };
}

/** Error in km (null when not resolved), and whether the resolution names the gold's own country or region. */
interface Outcome {
  km: number | null;
  sameArea: boolean;
}

const AREA_CODES = new Set(['PCLI', 'PCLS', 'PCL', 'PCLD', 'PCLF', 'PCLIX', 'TERR', 'ADM1']);

function errorOf(r: ResolutionAttrs | undefined, t: GoldToponym): Outcome {
  if (r === undefined || !r.resolved || r.lat === null || r.lon === null) return { km: null, sameArea: false };
  const area = (r.featureType === 'country' || r.featureType === 'admin1') && t.featureCode !== null && AREA_CODES.has(t.featureCode);
  const sameArea = area && t.entryName !== null && r.canonical !== null && namesMeet(t.entryName, r.canonical);
  return { km: distanceKm(r.lat, r.lon, t.lat as number, t.lon as number), sameArea };
}

function figures(outcomes: readonly Outcome[]): ResolutionFigures {
  const errors = outcomes.map((o) => o.km);
  const resolved = errors.filter((e): e is number => e !== null).sort((a, b) => a - b);
  const within = resolved.filter((e) => e <= ACCURACY_KM).length;
  const withinOrSame = outcomes.filter((o) => o.sameArea || (o.km !== null && o.km <= ACCURACY_KM)).length;
  const mid = resolved.length === 0 ? null : resolved.length % 2 === 1 ? (resolved[(resolved.length - 1) / 2] as number) : ((resolved[resolved.length / 2 - 1] as number) + (resolved[resolved.length / 2] as number)) / 2;
  return {
    scored: errors.length,
    resolved: resolved.length,
    accuracy161: ratio(within, errors.length),
    accuracy161SameArea: ratio(withinOrSame, errors.length),
    medianKm: mid === null ? null : Math.round(mid * 10) / 10,
    meanKm: resolved.length === 0 ? null : Math.round((resolved.reduce((a, b) => a + b, 0) / resolved.length) * 10) / 10,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 1000) / 1000;
}

/** `limit` articles spread evenly over the corpus, so a sample is not one month or one newspaper. */
function pick<T>(all: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || limit >= all.length) return [...all];
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)] as T);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  const at = process.argv.indexOf('--limit');
  if (file === undefined) {
    process.stderr.write('usage: geoparse-eval.ts CORPUS.xml [--limit N]\n');
    process.exitCode = 2;
  } else {
    const limit = at > 0 ? Number(process.argv[at + 1]) : undefined;
    process.stdout.write(`${JSON.stringify(scoreGeoparsing(file, limit === undefined ? {} : { limit }), null, 2)}\n`);
  }
}
