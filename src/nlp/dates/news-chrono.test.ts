import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as chrono from 'chrono-node';
import { DROPPED_PARSERS, DROPPED_REFINERS, REPLACED_FILTER, createNewsChrono } from './news-chrono.js';

describe('createNewsChrono', () => {
  // Chrono's parts are picked by class name: an upgrade that renames one must fail here, not silently.
  it('names parts that exist in chrono-node', () => {
    const base = chrono.en.configuration.createCasualConfiguration(false);
    const parsers = base.parsers.map((p) => p.constructor.name);
    const refiners = base.refiners.map((r) => r.constructor.name);
    for (const name of DROPPED_PARSERS) assert.ok(parsers.includes(name), `chrono has no parser ${name}`);
    for (const name of [...DROPPED_REFINERS, REPLACED_FILTER]) {
      assert.ok(refiners.includes(name), `chrono has no refiner ${name}`);
    }
  });

  it('leaves the dropped parts out', () => {
    const news = createNewsChrono();
    const names = [...news.parsers, ...news.refiners].map((p) => p.constructor.name);
    for (const name of [...DROPPED_PARSERS, ...DROPPED_REFINERS, REPLACED_FILTER]) {
      assert.ok(!names.includes(name), `${name} is still in`);
    }
  });
});
