import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document } from '../../core/document.js';
import { placePipeline } from '../geocode/place-pipeline.js';
import './layers.js';

const pipeline = placePipeline();

function places(text: string): Document {
  return pipeline.run(new Document('t', text, { published: '2016-11-01' }));
}

/** [start, end, quote] of every place mention, so offsets and surface are checked together. */
function spans(text: string): [number, number, string][] {
  return places(text).layer('place').map((p) => [p.start, p.end, p.quote]);
}

function at(text: string, quote: string, from = 0): [number, number, string] {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `"${quote}" not in the fixture`);
  return [start, start + quote.length, quote];
}

test('gazetteer names with transliteration variants, descriptors and lists', () => {
  const text = 'Troops reached al-Zahra and Kokjali before pushing on to Qayyara. The CTS took the neighbourhoods of Malayeen, Samah and Karama.';
  assert.deepEqual(spans(text), [
    at(text, 'al-Zahra'), at(text, 'Kokjali'), at(text, 'Qayyara'), at(text, 'Malayeen'), at(text, 'Samah'), at(text, 'Karama'),
  ]);
  const doc = places(text);
  assert.deepEqual(doc.layer('place').map((p) => p.attrs.type), [null, null, null, 'neighbourhood', 'neighbourhood', 'neighbourhood']);
  assert.equal(doc.layer('place')[0]?.attrs.candidates[0], 'theatre:mosul:zahraa');
});

test('facilities: in the gazetteer, or anchored to the town they are named after', () => {
  const text = 'Jets flew from Qayara air base to the University of Mosul, while planes sat at Mosul airport and at Damascus airport.';
  const doc = places(text);
  assert.deepEqual(doc.layer('place').map((p) => [p.start, p.end, p.quote]), [
    at(text, 'Qayara air base'), at(text, 'University of Mosul'), at(text, 'Mosul airport'), at(text, 'Damascus airport'),
  ]);
  const damascus = doc.layer('place')[3];
  assert.equal(damascus?.attrs.anchored, true);
  assert.equal(damascus?.attrs.type, 'airport');
  assert.equal(doc.layer('place')[0]?.attrs.candidates[0], 'theatre:mosul:qayyarah-airfield-west');
});

test('context cues find names the gazetteer lacks', () => {
  const text = 'Gunmen attacked the village of Qaryat Zubaydiyyah, and shells fell on the Zawrat Khalil district. Police in Kelleyland, Louisiana, made an arrest.';
  const doc = places(text);
  const cued = doc.layer('place').map((p) => [p.quote, p.attrs.cue, p.attrs.candidates.length]);
  assert.deepEqual(cued, [
    ['Qaryat Zubaydiyyah', 'of-descriptor', 0],
    ['Zawrat Khalil district', 'descriptor', 0],
    ['Kelleyland', 'comma-container', 0],
    ['Louisiana', 'gazetteer', cued[3]?.[2]],
  ]);
  assert.deepEqual(doc.layer('place')[2]?.attrs.within, { start: text.indexOf('Louisiana'), end: text.indexOf('Louisiana') + 9 });
});

test('relative locations link the anchor to the place they locate', () => {
  const text = 'The town of Bartella, 22km east of Mosul, was retaken. A checkpoint near Qayara was hit, 800 metres from Gogjali.';
  const doc = places(text);
  const byQuote = new Map(doc.layer('place').map((p) => [p.quote, p.attrs]));
  const mosul = byQuote.get('Mosul')?.relative;
  assert.equal(mosul?.kind, 'distance');
  assert.equal(mosul?.distanceKm, 22);
  assert.equal(mosul?.direction, 'E');
  assert.equal(mosul?.ring, false);
  assert.deepEqual(mosul?.anchorOf, { start: text.indexOf('Bartella'), end: text.indexOf('Bartella') + 8 });
  assert.equal(byQuote.get('Bartella')?.type, 'town');
  assert.equal(byQuote.get('Qayara')?.relative?.kind, 'near');
  const ring = byQuote.get('Gogjali')?.relative;
  assert.equal(ring?.ring, true);
  assert.equal(ring?.distanceKm, 0.8);
});

test('other wars and places: Ukraine, Yemen, Sudan, the US', () => {
  const text = "Shelling hit Kharkiv and Izium overnight. In Yemen, Houthi fighters advanced on Marib. RSF units entered El Fasher, North Darfur. A storm hit Tulsa, Oklahoma.";
  const quotes = spans(text).map((s) => s[2]);
  for (const q of ['Kharkiv', 'Izium', 'Yemen', 'Marib', 'El Fasher', 'North Darfur', 'Tulsa', 'Oklahoma']) assert.ok(quotes.includes(q), `${q} missing from ${quotes.join(', ')}`);
});

test('hyphen compounds: the place inside an adjective, not the actor', () => {
  const text = 'A Baghdad-based analyst watched the U.S.-Mexico border, and displaced people fled Islamic State-held territory.';
  assert.deepEqual(spans(text), [at(text, 'Baghdad'), at(text, 'U.S.'), at(text, 'Mexico')]);
});
