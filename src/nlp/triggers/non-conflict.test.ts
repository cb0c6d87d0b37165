import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extract } from '../../extract/extract.js';
import { familyOf, VIOLENT_FAMILIES } from './event-types.js';
import { runTriggers } from './fixtures/triggers-of.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'reuters-2016.jsonl');

/**
 * Fifty Reuters stories of 2016 with no conflict in them, read and chosen by
 * hand, full of the words of war in other senses: sport ("attack", "shot",
 * "defense", "blitz", "took over"), business ("proxy fight", "strike",
 * "takeover", "launch", "retreat"), science ("rocket", "fire", "hackers
 * attacked", "bombarded"). None may yield a trigger of armed violence.
 */
const STORIES = [
  // sport
  '2016-01-10-seahawks-stun-vikings-with-fourth-quarter-rally-6-things-to-know-cbssports-com',
  '2016-04-12-the-physics-of-that-crazy-ricochet-hole-in-one-at-the-masters',
  '2016-07-07-the-nbas-new-shot-clock-is-one-slick-smart-ticker',
  '2016-02-08-broncos-beat-panthers-24-10-to-win-super-bowl-50-washington-post',
  '2016-02-06-tackle-a-runner-like-a-super-bowl-player-with-physics',
  '2016-02-08-broncos-win-super-bowl-manning-mum-on-future-plans',
  '2016-03-09-googles-ai-wins-first-game-in-historic-match-with-go-champion',
  '2016-01-13-st-louis-rams-green-lit-for-move-to-los-angeles',
  '2016-01-27-the-cameras-thatll-make-the-super-bowl-way-more-interesting-this-year',
  '2016-03-07-broncos-quarterback-peyton-manning-to-retire-nfl-com',
  '2016-03-14-bears-agree-to-two-year-deal-with-dl-akiem-hicks-espn',
  '2016-03-12-googles-ai-takes-historic-match-against-go-champ-with-third-straight-win',
  '2016-03-19-another-upset-no-14-stephen-f-austin-shocks-west-virginia-usa-today',
  '2016-06-04-muguruza-dethrones-serena-again-in-paris-to-win-french-open',
  '2016-06-28-legendary-tennessee-coach-pat-summitt-dies-at-64-usa-today',
  '2016-03-13-striking-back-against-the-machine-korean-go-player-beats-google-program',
  '2016-04-30-luke-walton-to-take-over-lakers-after-warriors-season-ends-espn',
  // business
  '2016-01-15-spacex-success-launches-space-startups-to-new-heights',
  '2016-02-12-elon-musks-vision-is-not-for-the-faint-of-heart',
  '2016-03-24-starboard-launches-proxy-fight-to-remove-yahoo-board',
  '2016-04-10-layer3-tvs-crazy-plan-to-take-on-comcast-and-reinvent-cable',
  '2016-03-21-apple-privacy-czars-grapple-with-internal-conflicts-over-user-data',
  '2016-03-28-the-inside-story-of-how-oculus-cracked-the-impossible-design-of-vr',
  '2016-04-01-tesla-buoyed-by-strong-model-3-orders-may-need-more-cash',
  '2016-05-05-tesla-puts-pedal-to-the-metal-500000-cars-planned-in-2018',
  '2016-02-20-yahoo-launches-auction-process-as-starboard-gears-up-for-fight',
  '2016-03-21-apple-unveils-smaller-cheaper-iphone-se-aimed-at-mid-market',
  '2016-04-14-rocket-internet-says-making-progress-to-limit-losses',
  '2016-06-01-the-verizon-strike-proves-the-internet-still-needs-humans',
  '2016-01-27-apple-shares-seen-staying-muted-until-iphone-7-rings-in-growth',
  '2016-02-24-asian-shares-oil-retreat-as-saudi-plays-down-output-cuts',
  '2016-04-06-obamas-inversion-curbs-kill-pfizers-160-billion-allergan-deal',
  '2016-04-19-netflix-shares-plunge-as-subscriber-forecasts-miss-estimates',
  '2016-05-24-battle-over-redstones-media-empire-sparks-hope-for-change',
  // science
  '2016-02-23-flaws-in-wireless-mice-and-keyboards-let-hackers-type-on-your-pc',
  '2016-03-21-study-finds-24-car-models-open-to-unlocking-ignition-hack',
  '2016-04-28-spacexs-plan-to-reach-mars-by-2018-is-actually-not-that-crazy',
  '2016-04-12-ace-rocketeers-swear-theyll-put-inflatable-space-stations-in-orbit-and-soon',
  '2016-07-04-watch-live-as-juno-enters-jupiters-orbit',
  '2016-05-26-after-initial-inflation-beam-expansion-put-on-hold-spaceflight-insider',
  '2016-06-24-watch-nasa-set-a-fire-in-space-on-purpose',
  '2016-07-06-nasas-next-missions-will-blow-our-minds-daily-beast',
  '2016-02-13-new-clues-to-the-mystery-of-how-our-brains-keep-time',
  '2016-03-13-an-armchair-astronauts-guide-to-the-exomars-launch',
  '2016-04-09-a-map-of-the-brain-could-teach-machines-to-see-like-you',
  '2016-04-14-a-billionaires-quest-to-stop-cancer-stltoday-com',
  '2016-02-03-first-u-s-zika-virus-transmission-reported-attributed-to-sex',
  '2016-04-06-bug-bounty-guru-katie-moussouris-will-help-hackers-and-companies-play-nice',
  '2016-04-12-rich-dude-yuri-milner-wants-100-million-mph-laser-powered-satellites-is-that-too-much-to-ask',
  '2016-05-04-exclusive-big-data-breaches-found-at-major-email-services-expert',
];

interface Story {
  id: string;
  published: string | null;
  text: string;
}

function loadStories(): Map<string, Story> | string {
  if (!existsSync(corpus)) return `../shared not found: ${corpus}`;
  const wanted = new Set(STORIES.map((s) => `reuters-2016/${s}`));
  const found = new Map<string, Story>();
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Story;
    if (wanted.has(r.id)) found.set(r.id, r);
  }
  return found;
}

describe('stories of sport, business and science', () => {
  it('have 50 stories in the list, each once', () => {
    assert.equal(STORIES.length, 50);
    assert.equal(new Set(STORIES).size, 50);
  });

  it('yield no trigger of armed violence', (t) => {
    const stories = loadStories();
    if (typeof stories === 'string') return t.skip(stories);
    const violent: string[] = [];
    for (const id of STORIES) {
      const story = stories.get(`reuters-2016/${id}`);
      assert.ok(story, `test table: story ${id} not in ${corpus}`);
      const doc = runTriggers(story.text, story.published?.slice(0, 10));
      for (const tr of doc.layer('event-trigger')) {
        if (VIOLENT_FAMILIES.has(familyOf(tr.attrs.type))) violent.push(`${id}: "${tr.quote}" as ${tr.attrs.type}`);
      }
    }
    assert.deepEqual(violent, []);
  });

  it('yield no event at all through the whole pipeline', (t) => {
    const stories = loadStories();
    if (typeof stories === 'string') return t.skip(stories);
    const found: string[] = [];
    for (const id of STORIES) {
      const story = stories.get(`reuters-2016/${id}`);
      assert.ok(story, `test table: story ${id} not in ${corpus}`);
      const { events } = extract({ text: story.text, published: story.published?.slice(0, 10) ?? null });
      for (const e of events) found.push(`${id}: ${e.type} "${e.evidence[0]?.quote ?? ''}"`);
    }
    assert.deepEqual(found, []);
  });
});
