import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildActorDictionary, type DictionarySource } from './build-dictionary.js';
import { ancestors } from './dictionary.js';
import { DictionaryError, describeProblem } from './dictionary-error.js';
import { defaultActorDictionary, loadActorDictionary } from './load-dictionary.js';
import { matchActors } from './match-actors.js';

function problems(sources: DictionarySource[]): string[] {
  try {
    buildActorDictionary(sources);
  } catch (err) {
    assert.ok(err instanceof DictionaryError);
    return err.problems.map(describeProblem);
  }
  return [];
}

const iraq = `actors:
  - id: government-of-iraq
    name: Government of Iraq
    kind: government
    side: IRQ-GOV
    country: IQ
  - id: iraqi-security-forces
    name: Iraqi Security Forces
    aliases: [ISF]
    kind: state-military
    parent: government-of-iraq
`;

describe('buildActorDictionary', () => {
  it('builds entries whose side and country come from their parent', () => {
    const dict = buildActorDictionary([{ file: 'iraq.yaml', text: iraq }]);
    const isf = dict.actors.get('iraqi-security-forces');
    assert.deepEqual([isf?.side, isf?.country, isf?.parent], ['IRQ-GOV', 'IQ', 'government-of-iraq']);
  });

  it('names the file, line and entry of every problem', () => {
    const text = `actors:
  - id: cts
    alias: [CTS]
    kind: special-forces
    side: IRQ-GOV
`;
    assert.deepEqual(problems([{ file: 'user.yaml', text }]), [
      "user.yaml:2: actors[0] 'cts': unknown field 'alias' (expected id, name, aliases, kind, side, parent, country, personal-name)",
      "user.yaml:2: actors[0] 'cts': missing field 'name'",
      "user.yaml:2: actors[0] 'cts': 'kind' must be one of state-military, armed-group, militia, government, police, IGO, NGO, civilians, media, political-party, person, other (got 'special-forces')",
    ]);
  });

  it('reports invalid YAML and a file that is not a mapping', () => {
    assert.match(problems([{ file: 'broken.yaml', text: 'actors:\n  - id: x\n   name: [unclosed\n' }])[0] ?? '', /^broken\.yaml:\d+: invalid YAML/);
    assert.deepEqual(problems([{ file: 'list.yaml', text: '- id: x\n' }]), [
      'list.yaml:1: expected a mapping with keys actors, extend, outlets, countries, qualifiers, nouns, modifiers',
    ]);
  });

  it('rejects duplicate ids across files, unknown and circular parents, and a missing side', () => {
    const other = `actors:
  - {id: iraqi-security-forces, name: ISF again, kind: state-military, side: IRQ-GOV}
  - {id: golden-division, name: Golden Division, kind: state-military, parent: counter-terrorism-service}
  - {id: a, name: Alpha Brigade, kind: militia, parent: b}
  - {id: b, name: Bravo Brigade, kind: militia, parent: a}
  - {id: lonely, name: Lonely Group, kind: armed-group}
`;
    assert.deepEqual(problems([{ file: 'iraq.yaml', text: iraq }, { file: 'other.yaml', text: other }]), [
      "other.yaml:2: actors 'iraqi-security-forces': duplicate id: already defined at iraq.yaml:7",
      "other.yaml:3: actors 'golden-division': unknown parent 'counter-terrorism-service'",
      "other.yaml:5: actors 'b': circular parent chain: a → b → a",
      "other.yaml:6: actors 'lonely': missing field 'side' (a side code, null, or a parent to inherit it from)",
    ]);
  });

  it('rejects a name given to two entries, unknown ids to extend, and unknown country roles', () => {
    const text = `actors:
  - {id: isf-copy, name: Iraqi security forces, kind: state-military, side: IRQ-GOV, aliases: [ISF]}
extend:
  - {id: no-such-actor, aliases: [Ghost Brigade]}
countries:
  - {code: IQ, names: [Iraq], demonyms: [Iraqi], side: IRQ-GOV, military: iraqi-army}
`;
    assert.deepEqual(problems([{ file: 'iraq.yaml', text: iraq }, { file: 'more.yaml', text }]), [
      "more.yaml:4: extend[0] 'no-such-actor': extends unknown id 'no-such-actor'",
      "more.yaml:6: countries 'IQ': military 'iraqi-army' is not a known actor id",
      "more.yaml:2: actors 'isf-copy': name 'Iraqi security forces' is also given to 'iraqi-security-forces' (iraq.yaml:7)",
      "more.yaml:2: actors 'isf-copy': name 'ISF' is also given to 'iraqi-security-forces' (iraq.yaml:7)",
    ]);
  });

  it('keeps acronyms that differ only in case apart', () => {
    const text = `actors:
  - {id: jem-sudan, name: Justice and Equality Movement, aliases: [JEM], kind: armed-group, side: JEM-SD}
  - {id: jem-pakistan, name: Jaish-e-Mohammed, aliases: [JeM], kind: armed-group, side: JEM}
`;
    assert.deepEqual(problems([{ file: 'a.yaml', text }]), []);
  });

  it('generates the government, armed forces and police of a country that names none', () => {
    const dict = buildActorDictionary([
      { file: 'c.yaml', text: 'countries:\n  - {code: FR, names: [France], demonyms: [French], side: FRA}\n' },
    ]);
    const army = dict.actors.get('french-armed-forces');
    assert.deepEqual([army?.name, army?.parent, army?.side, army?.generated], ['French armed forces', 'government-of-france', 'FRA', true]);
    assert.deepEqual(dict.countries[0]?.roles, { government: 'government-of-france', military: 'french-armed-forces', police: 'french-police' });
  });
});

describe('the shipped dictionary', () => {
  const dict = defaultActorDictionary();

  it('puts the Counter Terrorism Service under the Iraqi security forces and the Government of Iraq', () => {
    assert.deepEqual(ancestors(dict, 'iraqi-cts').map((a) => a.name), ['Iraqi Security Forces', 'Government of Iraq']);
    assert.ok(dict.actors.get('iraqi-cts')?.aliases.includes('Golden Division'));
    assert.deepEqual(ancestors(dict, 'islamic-state-khorasan').map((a) => a.id), ['islamic-state']);
    assert.deepEqual(ancestors(dict, 'ypj').map((a) => a.id), ['ypg', 'sdf']);
  });

  it('knows the Islamic State by all its names', () => {
    for (const name of ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State', 'Islamic State group', 'Islamic State of Iraq and the Levant']) {
      const found = matchActors(`The attack was claimed by ${name}.`, dict);
      assert.deepEqual(found.map((m) => [m.attrs.id, m.attrs.side]), [['islamic-state', 'IS']], name);
    }
  });

  it('treats monitors as NGOs and the IS news agency as an outlet on the IS side', () => {
    assert.deepEqual([dict.actors.get('sohr')?.kind, dict.actors.get('sohr')?.side], ['NGO', null]);
    assert.deepEqual([dict.outlets.get('amaq')?.kind, dict.outlets.get('amaq')?.side], ['agency', 'IS']);
  });

  it('covers several hundred actors and gives every country a government and armed forces', () => {
    assert.ok(dict.actors.size >= 500, `${dict.actors.size} actors`);
    assert.ok(dict.outlets.size >= 150, `${dict.outlets.size} outlets`);
    for (const c of dict.countries) {
      assert.ok(c.roles.government && dict.actors.has(c.roles.government), c.code);
      assert.ok(c.roles.military && dict.actors.has(c.roles.military), c.code);
    }
  });
});

describe('loadActorDictionary', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-actors-'));

  it('extends the shipped dictionary with the user’s files', () => {
    const file = path.join(dir, 'nineveh.yaml');
    writeFileSync(
      file,
      `actors:
  - id: nineveh-guards
    name: Nineveh Guards
    aliases: [Hashd al-Watani, Haras Nineveh]
    kind: militia
    parent: government-of-iraq
extend:
  - id: islamic-state
    aliases: [Dawlat al-Khilafa]
`,
    );
    const dict = loadActorDictionary([file]);
    const text = 'The Nineveh Guards, also called Hashd al-Watani, fought Dawlat al-Khilafa.';
    assert.deepEqual(
      matchActors(text, dict).map((m) => [m.start, m.end, text.slice(m.start, m.end), m.attrs.id, m.attrs.side]),
      [
        [4, 18, 'Nineveh Guards', 'nineveh-guards', 'IRQ-GOV'],
        [32, 47, 'Hashd al-Watani', 'nineveh-guards', 'IRQ-GOV'],
        [56, 73, 'Dawlat al-Khilafa', 'islamic-state', 'IS'],
      ],
    );
  });

  it('names a user file that cannot be read or is wrong', () => {
    const missing = path.join(dir, 'missing.yaml');
    assert.throws(() => loadActorDictionary([missing]), (err: unknown) => err instanceof DictionaryError && err.message.includes(`${missing}: cannot be read`));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'actors:\n  - {id: x-group, name: X Group, kind: armed-group, parent: nobody}\n');
    assert.throws(() => loadActorDictionary([bad]), (err: unknown) => err instanceof DictionaryError && err.message.includes(`${bad}:2: actors 'x-group': unknown parent 'nobody'`));
  });
});
