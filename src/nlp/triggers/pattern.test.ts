import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchPattern, parsePattern, type Pattern } from './pattern.js';
import { buildView, type SentenceView } from './sentence-view.js';
import { compileMatcher, endsAt, matchAt } from './word-matcher.js';

/** A view with whitespace tokens and hyphens split off, as the sentences stage gives them. */
function view(text: string, pos: Record<string, string> = {}): SentenceView {
  const raw = [...text.matchAll(/[\p{L}\p{N}.']+|[-,]/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    quote: m[0],
    norm: m[0].toLowerCase(),
    pos: pos[m[0]] ?? (/^\p{Lu}/u.test(m[0]) ? 'PROPN' : m[0] === ',' || m[0] === '-' ? 'PUNCT' : 'NOUN'),
    quoted: false,
  }));
  return buildView(0, 0, text.length, 'body', raw);
}

function quoteOf(v: SentenceView, p: Pattern, at: number): string | null {
  const m = matchPattern(p, v.tokens, at);
  return m ? v.tokens.slice(at, m.end).map((t) => t.surface).join(' ') : null;
}

function pattern(source: string): Pattern {
  const p = parsePattern(source);
  assert.ok(typeof p !== 'string', String(p));
  return p;
}

describe('lexicon forms', () => {
  it('match alternatives, optional words and gaps, longest first', () => {
    const p = pattern('take|took|taken full|complete? control of?');
    assert.equal(quoteOf(view('troops took full control of Ramadi'), p, 1), 'took full control of');
    assert.equal(quoteOf(view('IS took control in 2014'), p, 1), 'took control');
    const gap = pattern('drove|driven + out|from');
    assert.equal(quoteOf(view('the army drove Islamic State militants from the area'), gap, 2), 'drove Islamic State militants from');
    assert.equal(quoteOf(view('they drove from Erbil'), gap, 1), null, '+ needs at least one word');
    assert.equal(quoteOf(view('they drove home, from there'), gap, 1), null, 'gaps never cross punctuation');
  });

  it('read hyphenated words as the view does ("car-bomb" is "car bomb")', () => {
    const p = pattern('car bomb|bombs');
    assert.equal(quoteOf(view('a car-bomb exploded'), p, 1), 'car bomb');
    assert.equal(quoteOf(view('a car bomb exploded'), p, 1), 'car bomb');
    assert.deepEqual(
      view('a car-bomb').tokens.map((t) => [t.surface, t.joined]),
      [
        ['a', false],
        ['car', false],
        ['bomb', true],
      ],
    );
  });

  it('match capitalised forms only as written', () => {
    const p = pattern('IED|IEDs');
    assert.equal(quoteOf(view('an IED hit'), p, 1), 'IED');
    assert.equal(quoteOf(view('an ied hit'), p, 1), null);
  });

  it('reject forms that cannot be matched', () => {
    assert.equal(parsePattern('* control'), "'* control' must start with a required word");
    assert.equal(parsePattern('under +'), "'under +' must end with a word");
    assert.equal(parsePattern('blast-wall|wall'), "a hyphenated word cannot be one of several alternatives in 'blast-wall|wall'");
  });
});

describe('word classes', () => {
  const armed = compileMatcher(['troops', 'Islamic State', 'own militants', 'IS'], { num: true, propn: false });
  it('match words, sequences, exact spellings and numbers at a token', () => {
    const v = view('IS and Islamic State lost 50 of its own militants and troops');
    assert.deepEqual(
      v.tokens.map((_, i) => matchAt(armed, v.tokens, i)),
      [1, 0, 2, 0, 0, 1, 0, 0, 2, 0, 0, 1],
    );
    const lower = view('is this it');
    assert.equal(matchAt(armed, lower.tokens, 0), 0, '"IS" matches only in capitals');
  });

  it('tell whether a member ends at a phrase head', () => {
    const v = view('50 of its own militants');
    assert.equal(endsAt(armed, v.tokens, 4), true);
    assert.equal(endsAt(armed, v.tokens, 4, 4), false, 'the member must start inside the phrase');
  });
});
