import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodesError, codesFor, parseCodes } from './codes.js';
import { EVENT_TYPES } from './event-types.js';

describe('event codes', () => {
  it('give ACLED, PLOVER and CAMEO codes per DESIGN.md §3', () => {
    assert.deepEqual(codesFor('remote.airstrike'), { acled: 'Explosions/Remote violence/Air/drone strike', plover: 'ASSAULT:aerial', cameo: '195' });
    assert.deepEqual(codesFor('battle.clash'), { acled: 'Battles/Armed clash', plover: 'ASSAULT', cameo: '190' });
    assert.deepEqual(codesFor('strategic.arrest'), { acled: 'Strategic developments/Arrests', plover: 'COERCE:arrest', cameo: '173' });
    assert.deepEqual(codesFor('statement.threat'), { acled: null, plover: 'THREATEN', cameo: '13' });
    assert.deepEqual(codesFor('strategic.displacement'), { acled: 'Strategic developments/Other', plover: null, cameo: null });
  });

  it('split territory gains by who gains them', () => {
    assert.equal(codesFor('battle.territory', 'state-military').acled, 'Battles/Government regains territory');
    assert.equal(codesFor('battle.territory', 'police').acled, 'Battles/Government regains territory');
    assert.equal(codesFor('battle.territory', 'armed-group').acled, 'Battles/Non-state actor overtakes territory');
    assert.equal(codesFor('battle.territory', null).acled, 'Battles/Non-state actor overtakes territory');
    assert.equal(codesFor('battle.territory', 'state-military').cameo, '192');
  });

  it('cover every type, and refuse a type outside the design', () => {
    for (const type of EVENT_TYPES) assert.ok(codesFor(type).cameo !== undefined, type);
    assert.throws(() => codesFor('battle.skirmish'), /unknown event type 'battle.skirmish'/);
  });

  it('check a codes file for missing and unknown types', () => {
    assert.throws(
      () => parseCodes("battle.clash: {acled: Battles/Armed clash, plover: ASSAULT, cameo: '190'}\nbattle.brawl: {acled: x, plover: null, cameo: null}\n", 'codes.yaml'),
      (err: unknown) =>
        err instanceof CodesError && /'battle.brawl' is not an event type/.test(err.message) && /battle.territory: missing/.test(err.message),
    );
  });
});
