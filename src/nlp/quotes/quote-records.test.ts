import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from './fixtures/analyse.js';
import { quoteRecords } from './quote-records.js';

describe('quote records', () => {
  const text = 'Colonel Karim Haddad spoke to reporters. “We will not withdraw,” he said. “The town is ours.”';

  it('carry the words, the speaker and the evidence of the cue', () => {
    const [first, second] = quoteRecords(analyse(text));
    assert.ok(first && second);
    assert.match(first.id, /^q_[0-9a-f]{16}$/);
    assert.deepEqual(
      { text: first.text, direct: first.direct, speaker: first.speaker, cue: first.cue },
      { text: 'We will not withdraw,', direct: true, speaker: { name: 'Karim Haddad', title: 'Colonel', affiliation: null }, cue: 'said' },
    );
    assert.deepEqual(first.evidence, { start: 41, end: 72, quote: '“We will not withdraw,” he said' });
    // The second takes its speaker from the first: its evidence is the quotation alone.
    assert.deepEqual(second.evidence, { start: 74, end: 93, quote: '“The town is ours.”' });
    assert.equal(second.speaker?.name, 'Karim Haddad');
    assert.equal(second.cue, null);
  });

  it('have ids that depend on the text and the place, not on the run', () => {
    const a = quoteRecords(analyse(text)).map((r) => r.id);
    const b = quoteRecords(analyse(text)).map((r) => r.id);
    const c = quoteRecords(analyse(`${text} `)).map((r) => r.id);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    assert.equal(new Set(a).size, 2);
  });

  it('fall back to the role when the speaker has no rank or office', () => {
    const [record] = quoteRecords(analyse('“The clinic is empty,” said Fatima Ali, a nurse at the hospital.'));
    assert.deepEqual(record?.speaker, { name: 'Fatima Ali', title: 'nurse', affiliation: null });
  });

  it('keep scare quotes as indirect, without a speaker', () => {
    const [record] = quoteRecords(analyse('Mosul is where the group declared a “caliphate” in 2014.'));
    assert.deepEqual([record?.text, record?.direct, record?.speaker, record?.cue], ['caliphate', false, null, null]);
  });
});
