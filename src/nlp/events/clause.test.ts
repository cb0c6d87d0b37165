import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseOf } from './clause.js';
import { analyse, find } from './test-support/analyse.js';

function clause(text: string, trigger: string): [number, number, string, string | null] {
  const ctx = analyse(text);
  const at = find(ctx, trigger);
  const c = clauseOf(ctx, at.sentence, at.start, at.end);
  const tokens = at.sentence.tokens;
  const tail = c.tail && text.slice(tokens[c.tail.from]?.start, tokens[c.tail.to - 1]?.end);
  assert.equal(text.slice(c.start, c.end), ctx.text.slice(c.start, c.end));
  return [c.start, c.end, text.slice(c.start, c.end), tail];
}

describe('clauseOf', () => {
  it('joins comma stretches without a verb: places and dates set off by commas', () => {
    assert.deepEqual(
      clause('Iraqi forces fought against Islamic State militants in Gogjali, on the eastern outskirts of Mosul, on November 1, as the military edged closer to the city.', 'fought'),
      [0, 112, 'Iraqi forces fought against Islamic State militants in Gogjali, on the eastern outskirts of Mosul, on November 1', null],
    );
  });

  it('stops at a reporting frame after a comma', () => {
    assert.deepEqual(clause('Rebels seized three villages near Hama on Monday, a monitoring group said, extending their advance.', 'seized'), [
      0, 48, 'Rebels seized three villages near Hama on Monday', null,
    ]);
  });

  it('keeps a participle phrase after the clause as its tail', () => {
    assert.deepEqual(clause('Taliban fighters stormed a police post in Helmand on Tuesday, killing at least seven officers and wounding four.', 'stormed'), [
      0, 60, 'Taliban fighters stormed a police post in Helmand on Tuesday', 'killing at least seven officers and wounding four.',
    ]);
  });

  it('starts after a reporting verb and its complementiser', () => {
    assert.deepEqual(clause('The army said on Friday that its troops had retaken the town of Palmyra from Islamic State.', 'retaken'), [
      29, 91, 'its troops had retaken the town of Palmyra from Islamic State.', null,
    ]);
  });

  it('leaves a fronted subordinate clause out', () => {
    assert.deepEqual(clause('As Ukrainian troops pushed into the village, Russian artillery shelled their positions.', 'shelled'), [
      45, 87, 'Russian artillery shelled their positions.', null,
    ]);
  });

  it('ends before a relative clause and inside a quotation', () => {
    assert.deepEqual(clause('Troops entered the district, which residents say was abandoned weeks ago.', 'entered'), [0, 27, 'Troops entered the district', null]);
    assert.deepEqual(clause('He said: "Our men attacked the checkpoint at dawn."', 'attacked'), [10, 50, 'Our men attacked the checkpoint at dawn.', null]);
  });

  it('ends before a coordinated verb phrase, which becomes the tail', () => {
    assert.deepEqual(clause('Gunmen attacked a bus near Quetta and killed nine passengers.', 'attacked'), [
      0, 33, 'Gunmen attacked a bus near Quetta', 'killed nine passengers.',
    ]);
  });

  it('does not take "as young as", "such as" or a date after "since" for clause openers', () => {
    assert.deepEqual(clause('Militants have recruited boys as young as 12 since October 17 in the camps.', 'recruited'), [
      0, 75, 'Militants have recruited boys as young as 12 since October 17 in the camps.', null,
    ]);
  });
});
