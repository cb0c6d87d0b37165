import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../core/document.js';
import { eventRecords } from './event-records.js';
import type { EventAttrs } from './layers.js';
import { extractEvents } from './test-support/analyse.js';

function events(text: string, published: string): { doc: Document; events: EventAttrs[] } {
  const doc = extractEvents(text, { published });
  return { doc, events: doc.layer('event').map((e) => e.attrs) };
}

const spans = (e: EventAttrs) => e.evidence.map((v) => [v.start, v.end, v.quote]);

describe('eventsStage: triggers into Event records', () => {
  it('makes one event per place of a list, sharing the evidence', () => {
    const text = 'Taliban fighters captured Kunduz and Taloqan on Friday, officials said.';
    const { events: found } = events(text, '2021-08-08');
    assert.deepEqual(
      found.map((e) => [e.type, e.location?.name, e.location?.gazetteerId, e.time?.date, e.modality]),
      [
        ['battle.territory', 'Kunduz', 'world:city:1135689', '2021-08-06', 'reported'],
        ['battle.territory', 'Taloqan', 'world:city:1123004', '2021-08-06', 'reported'],
      ],
    );
    assert.deepEqual(spans(found[0]!), [[0, 54, 'Taliban fighters captured Kunduz and Taloqan on Friday']]);
    assert.deepEqual(spans(found[1]!), spans(found[0]!));
    assert.notEqual(found[0]?.id, found[1]?.id);
    assert.deepEqual(found[0]?.actors.map((a) => [a.name, a.canonical, a.side]), [['Taliban fighters', 'Taliban', 'TALIBAN']]);
    assert.deepEqual(found[0]?.attribution, { speaker: 'officials', via: null });
    assert.equal(found[0]?.codes.plover, 'ASSAULT');
  });

  it('joins a headline and the story that retells it into one event with two evidence spans', () => {
    const text = 'Ukraine retakes Izium\n\nKYIV (Reuters) - Ukrainian forces recaptured Izium on Saturday, the defence ministry said.';
    const { events: found } = events(text, '2022-09-12');
    assert.equal(found.length, 1);
    assert.deepEqual(spans(found[0]!), [
      [0, 21, 'Ukraine retakes Izium'],
      [40, 85, 'Ukrainian forces recaptured Izium on Saturday'],
    ]);
    assert.deepEqual([found[0]?.location?.name, found[0]?.location?.source, found[0]?.time?.date, found[0]?.time?.stated], [
      'Izium', 'clause', '2022-09-10', 'Saturday',
    ]);
  });

  it('keeps what the text alleges, with its toll and who says it', () => {
    const text = 'Militants allegedly executed 20 prisoners at a base near Raqqa on Monday, a monitor said.';
    const [e] = events(text, '2017-05-10').events;
    assert.deepEqual([e?.type, e?.modality, e?.fatalities, e?.attribution?.speaker], [
      'violence.attack', 'alleged', { low: 20, best: 20, high: 20 }, 'monitor',
    ]);
    assert.deepEqual([e?.location?.name, e?.location?.precision, e?.time?.date], ['Raqqa', 2, '2017-05-08']);
  });

  it('marks history told as context as background, dated by its own words', () => {
    const text = 'Ukrainian troops entered Izium on Saturday. Russian forces had seized Izium in April after weeks of shelling.';
    const found = events(text, '2022-09-12').events;
    const seized = found.find((e) => e.triggers.some((t) => t.quote === 'seized'));
    assert.deepEqual([seized?.background, seized?.time?.start, seized?.time?.end], [true, '2022-04-01', '2022-04-30']);
    assert.equal(found.find((e) => e.triggers.some((t) => t.quote === 'entered'))?.background, false);
  });

  it('records are a projection of the layer, with stable ids and evidence that quotes the text', () => {
    const text = 'Taliban fighters captured Kunduz and Taloqan on Friday, officials said.';
    const { doc } = events(text, '2021-08-08');
    const records = eventRecords(doc);
    assert.deepEqual(records, doc.layer('event').map((e) => e.attrs));
    for (const r of records) for (const v of r.evidence) assert.equal(text.slice(v.start, v.end), v.quote);
    assert.deepEqual(eventRecords(events(text, '2021-08-08').doc).map((r) => r.id), records.map((r) => r.id));
  });

  it('reads a call for an offensive as a demand, and the aim it names as no event', () => {
    const found = events('Kurdish officials called for an offensive to retake the city.', '2017-05-10').events;
    assert.deepEqual(found.map((e) => [e.type, e.actors.map((a) => a.name)]), [['statement.demand', ['Kurdish officials']]]);
  });

  describe('negative cases: no event', () => {
    const none: Array<[string, string, string]> = [
      ['Manchester United beat Chelsea 2-1 on Saturday, with Rashford scoring twice.', '2023-03-05', 'sport'],
      ['Shares in Siemens rose 3 percent after the company raised its profit forecast.', '2016-05-04', 'business'],
      ['The army could launch an offensive on Idlib next month, analysts said.', '2017-05-10', 'what might happen'],
      ['There was no fighting in Manbij on Tuesday, residents said.', '2017-05-10', 'what did not happen'],
    ];
    for (const [text, published, why] of none) {
      it(`${why}: "${text}"`, () => {
        assert.deepEqual(events(text, published).events.map((e) => [e.type, e.evidence[0]?.quote]), []);
      });
    }
  });
});
