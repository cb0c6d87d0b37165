/** The gazetteer: layered place names for geocoding (DESIGN.md §4). */
export { Gazetteer } from './gazetteer.js';
export type { LayerStats } from './gazetteer.js';
export type { GazetteerLayer } from './gazetteer-layer.js';
export { loadGazetteer, sharedGazetteer, worldLayer, THEATRES_DIR } from './load-gazetteer.js';
export type { GazetteerOptions, WorldLayerInfo } from './load-gazetteer.js';
export { importGeonames } from './geonames/geonames-import.js';
export type { GeonamesImportReport } from './geonames/geonames-import.js';
export { loadPlaceFile } from './place-files.js';
export type { PlaceFileOptions, PlaceFileResult } from './place-files.js';
export { foldWord, keysOfWords, nameKeys, nameWords, namesMeet, normalizeName } from './normalize-name.js';
export { splitDescriptor } from './descriptors.js';
export { distanceKm } from './distance.js';
export { FEATURE_TYPES, LAYER_PRIORITY, describeProblem } from './types.js';
export type { Candidate, CoordQuality, FeatureType, GazetteerEntry, GazetteerProblem, Layer } from './types.js';
