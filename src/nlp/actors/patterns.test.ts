import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText } from './normalize.js';
import { CaseRule, casesAgree, nameVariants, patternShape } from './patterns.js';

describe('nameVariants', () => {
  it('adds spellings without internal apostrophes, with closed acronyms and without a non-initial al-', () => {
    assert.deepEqual(nameVariants("Shi'ite militia"), ["Shi'ite militia", 'Shiite militia']);
    assert.deepEqual(nameVariants('U.S.-led coalition'), ['U.S. led coalition', 'US led coalition']);
    assert.deepEqual(nameVariants('Jabhat al-Nusra'), ['Jabhat al Nusra', 'Jabhat Nusra']);
    assert.deepEqual(nameVariants('al-Qaeda'), ['al Qaeda']);
    assert.deepEqual(nameVariants("Kurdistan Workers' Party"), ["Kurdistan Workers' Party", 'Kurdistan Workers Party']);
    assert.deepEqual(nameVariants("Iraq's"), ["Iraq's"]);
  });

  it('drops the parenthesised qualifier of a canonical name', () => {
    assert.deepEqual(nameVariants('Republican Guard (Syria)'), ['Republican Guard']);
  });
});

describe('patternShape and casesAgree', () => {
  const agrees = (name: string, text: string) => casesAgree(normalizeText(text).cased, 0, patternShape(nameVariants(name)[0] ?? '').rules);

  it('requires acronyms exactly, a capital for capitalised words, and nothing for lower-case words', () => {
    assert.deepEqual(
      patternShape('IS fighters').rules.map((r) => [r.text, r.rule]),
      [['IS', CaseRule.Exact]],
    );
    assert.equal(agrees('IS', 'IS'), true);
    assert.equal(agrees('IS', 'is'), false);
    assert.equal(agrees('ISIS', 'Isis'), false);
    assert.equal(agrees('LeT', 'Let'), false);
    assert.equal(agrees('the Guardian', 'the Guardian'), true);
    assert.equal(agrees('the Guardian', 'THE GUARDIAN'), true);
    assert.equal(agrees('the Guardian', 'the guardian'), false);
    assert.equal(agrees('al-Qaeda', 'Al Qaeda'), true);
    assert.equal(agrees('security forces', 'SECURITY Forces'), true);
  });

  it('marks lone acronyms that spell English words', () => {
    assert.equal(patternShape('IS').wordLike, true);
    assert.equal(patternShape('WHO').wordLike, true);
    assert.equal(patternShape('SDF').wordLike, false);
    assert.equal(patternShape('IS fighters').wordLike, false);
  });
});
