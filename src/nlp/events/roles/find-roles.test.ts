import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseOf } from '../clause.js';
import { analyse, find } from '../test-support/analyse.js';
import { findRoles, type RoleTrigger } from './find-roles.js';

const verb: RoleTrigger = { type: 'battle.clash', pos: 'verb', voice: 'active' };
const passive: RoleTrigger = { type: 'violence.attack', pos: 'verb', voice: 'passive' };
const noun: RoleTrigger = { type: 'remote.airstrike', pos: 'noun', voice: null };

type Party = [number, number, string, string | null];

function roles(text: string, trigger: string, t: RoleTrigger): { actors: Party[]; targets: Party[]; rules: string[] } {
  const ctx = analyse(text);
  const at = find(ctx, trigger);
  const r = findRoles(ctx, clauseOf(ctx, at.sentence, at.start, at.end), t);
  const party = (a: (typeof r.actors)[number]): Party => {
    const e = a.evidence;
    assert.ok(e);
    assert.equal(text.slice(e.start, e.end), a.name);
    return [e.start, e.end, a.name, a.canonical];
  };
  return { actors: r.actors.map(party), targets: r.targets.map(party), rules: r.rules };
}

describe('findRoles: who did it to whom', () => {
  it('reads subject and object of an active verb, and the target after "against"', () => {
    assert.deepEqual(roles('The Turkish army shelled Kurdish militia in northern Syria on Sunday.', 'shelled', verb), {
      actors: [[4, 16, 'Turkish army', 'Turkish Armed Forces']],
      targets: [[25, 40, 'Kurdish militia', 'militias']],
      rules: ['actor/subject', 'target/object'],
    });
    assert.deepEqual(roles('Iraqi forces fought against Islamic State militants in Gogjali on Tuesday.', 'fought', verb).targets, [
      [28, 51, 'Islamic State militants', 'Islamic State'],
    ]);
  });

  it('takes the doer of a passive from its "by" phrase and the patient from its subject', () => {
    assert.deepEqual(roles('Afghan soldiers were ambushed by Taliban gunmen near Kunduz on Monday.', 'ambushed', passive), {
      actors: [[33, 47, 'Taliban gunmen', 'Taliban']],
      targets: [[0, 15, 'Afghan soldiers', 'Afghan National Defence and Security Forces']],
      rules: ['actor/by-phrase', 'actor/subject'],
    });
  });

  it('takes the doer of an event noun from "by", from its qualifier, or from "X\'s"', () => {
    assert.deepEqual(roles('Air strikes by the US-led coalition hit a bridge over the Euphrates.', 'Air strikes', noun).actors, [
      [19, 35, 'US-led coalition', 'US-led coalition'],
    ]);
    assert.deepEqual(roles('Russian air strikes killed 13 people in Idlib province.', 'air strikes', noun).actors, [
      [0, 19, 'Russian air strikes', 'Russian Aerospace Forces'],
    ]);
    assert.deepEqual(roles("Overnight, Syria's army shelling hit the eastern suburbs.", 'shelling', { ...noun, type: 'remote.shelling' }).actors, [
      [11, 32, "Syria's army shelling", 'Syrian Arab Army'],
    ]);
  });

  it('reads "clashes between X and Y" as actor X and target Y', () => {
    assert.deepEqual(roles('Heavy clashes between Houthi fighters and Saudi-led coalition troops erupted near Taiz.', 'clashes', { ...noun, type: 'battle.clash' }), {
      actors: [[22, 37, 'Houthi fighters', 'Houthis']],
      targets: [[42, 68, 'Saudi-led coalition troops', 'Saudi-led coalition']],
      rules: ['actor/between', 'target/between'],
    });
  });

  it('gives a participle or a clause after a helper phrase the subject of the sentence', () => {
    assert.deepEqual(roles('Islamist Taliban militants stormed a university on Wednesday, killing at least 19 people.', 'killing', verb).actors, [
      [0, 26, 'Islamist Taliban militants', 'Taliban'],
    ]);
    assert.deepEqual(roles('The Kurdish YPG militia, helped by Russian air raids, seized an air base at Menagh.', 'seized', verb).actors, [
      [4, 23, 'Kurdish YPG militia', "People's Protection Units"],
    ]);
  });

  it('gives a coordinated verb the subject of the first, passing over its object', () => {
    assert.deepEqual(roles('Troops broke through IS defences and reached the eastern district of al-Zahra.', 'reached', verb).actors.map((a) => a[2]), ['Troops']);
    assert.deepEqual(roles('Police arrested two Hamas members and later raided a house in Hebron.', 'raided', verb).actors.map((a) => a[2]), ['Police']);
  });

  it('gives a relative clause its antecedent', () => {
    assert.deepEqual(roles('The UN said that IS fighters who attacked the town were later killed.', 'attacked', verb).actors.map((a) => a[2]), ['IS fighters']);
  });

  it('reads "its own militants" as the doer\'s own members', () => {
    assert.deepEqual(roles('IS allegedly killed 50 of its own militants at a base in Mosul.', 'killed', { ...verb, type: 'violence.attack' }).targets, [
      [34, 43, 'militants', 'Islamic State'],
    ]);
  });

  it('keeps both partners of a coordinated subject', () => {
    assert.deepEqual(
      roles('Iraqi forces and allied Kurdish troops pushed into the city from the east.', 'pushed', { ...verb, type: 'battle.territory' }).actors.map((a) => a[2]),
      ['Iraqi forces', 'Kurdish troops'],
    );
  });

  it('resolves a generic mention to the named actor before it, but never to the other party', () => {
    const text = 'Hezbollah fighters moved south on Sunday. On Monday the militants attacked a checkpoint, and Hezbollah later clashed with rebels near Zabadani.';
    assert.deepEqual(roles(text, 'attacked', verb).actors, [[56, 65, 'militants', 'Hezbollah']]);
    assert.deepEqual(roles(text, 'clashed', verb).targets, [[122, 128, 'rebels', 'rebels']]);
  });

  describe('negative cases', () => {
    const none: Array<[string, string, RoleTrigger, string]> = [
      ['As Ukrainian troops pushed into the village, Russian artillery shelled their positions.', 'shelled', verb, 'Ukrainian troops'],
      ['The Pentagon said on Tuesday that insurgents had attacked the convoy.', 'attacked', verb, 'Pentagon'],
      ['Spokesman Zabihullah Mujahid told Reuters that gunmen stormed the compound.', 'stormed', verb, 'Zabihullah Mujahid'],
      ['The Kurdish YPG militia, helped by Russian air raids, seized an air base at Menagh.', 'seized', verb, 'Russian air raids'],
      ['Troops broke through IS defences and reached the eastern district of al-Zahra.', 'reached', verb, 'IS'],
      ['The head of the Islamic State has fled the city, officials believe.', 'fled', verb, 'Islamic State'],
      ['Talks between the government and the Taliban collapsed; later a bomb exploded in Kabul.', 'exploded', verb, 'Taliban'],
    ];
    for (const [text, trigger, t, notActor] of none) {
      it(`"${notActor}" is not the doer of "${trigger}"`, () => {
        const r = roles(text, trigger, t);
        assert.ok(!r.actors.some((a) => a[2] === notActor || a[2].includes(notActor)), JSON.stringify(r.actors));
      });
    }
  });
});
