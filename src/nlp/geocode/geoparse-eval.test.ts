import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scoreGeoparsing } from './geoparse-eval.js';
import { readGeoparseArticles } from './geoparse-xml.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpora = path.resolve(repoRoot, '..', 'shared', 'geoparsing');

test('the corpus reader: CDATA and escaped text, both coordinate tags, shifted offsets realigned', () => {
  const xml = `<?xml version="1.0"?><articles>
  <article docid="7"><title>Flood in Dayton</title><dltime>2016-03-01 10:00</dltime>
    <text><![CDATA[Rain hit Dayton, Ohio & more.]]></text>
    <toponyms count="2">
      <toponym><start>9</start><end>15</end><phrase>Dayton</phrase><gaztag geonameid="1"><name>Dayton</name><fcode>PPL</fcode><lat>39.75</lat><lon>-84.19</lon></gaztag></toponym>
      <toponym><start>18</start><end>22</end><phrase>Ohio</phrase></toponym>
    </toponyms></article>
  <article file="2"><title>Port</title><text>Ships &amp; boats left Aden.</text>
    <toponyms><toponym><extractedName>Aden</extractedName><start>21</start><end>25</end><latitude>12.78</latitude><longitude>45.04</longitude></toponym></toponyms></article>
</articles>`;
  const [a, b] = [...readGeoparseArticles(xml)];
  assert.equal(a?.text, 'Rain hit Dayton, Ohio & more.');
  assert.deepEqual(a?.toponyms.map((t) => [t.start, t.end, t.phrase, t.lat, t.featureCode]), [[9, 15, 'Dayton', 39.75, 'PPL'], [17, 21, 'Ohio', null, null]]);
  assert.equal(a?.date, '2016-03-01');
  assert.equal(b?.text, 'Ships & boats left Aden.');
  assert.deepEqual(b?.toponyms.map((t) => [t.start, t.end, t.phrase, t.lat, t.lon]), [[19, 23, 'Aden', 12.78, 45.04]]);
});

for (const [file, floor] of [['lgl.xml', 0.5], ['TR-News.xml', 0.6]] as const) {
  test(`geoparsing sample of 30 articles of ${file}`, (t) => {
    const corpus = path.join(corpora, file);
    if (!existsSync(corpus)) return t.skip(`../shared not found: ${corpus}`);
    const score = scoreGeoparsing(corpus, { limit: 30 });
    t.diagnostic(JSON.stringify(score));
    assert.equal(score.articles, 30);
    assert.ok(score.foundRate >= 0.55, `found ${score.foundRate}`);
    assert.ok(score.givenGold.accuracy161 >= floor, `given gold accuracy@161km ${score.givenGold.accuracy161}`);
    assert.ok(score.endToEnd.accuracy161 >= floor, `end-to-end accuracy@161km ${score.endToEnd.accuracy161}`);
  });
}
