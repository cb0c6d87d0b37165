/**
 * Writes the Mosul theatre pack (data/gazetteer/theatres/mosul.yaml) in our
 * place-record format from the researched facts in
 * ../shared/gazetteer/mosul_places.csv. Run once after the research changes:
 *
 *   node --import tsx src/geo/theatre/convert-mosul-research.ts [csv] [out]
 *
 * The research gives parents as free text ("E of Mosul", "Mosul / east
 * bank"); the table below turns them into parent ids. A place only described
 * as lying in a direction from a town gets the governorate as parent, because
 * which district it falls in is not known. Prose from the sources is not
 * carried: only names, coordinates, quality, a basis class and the references.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../csv-rows.js';
import { slug } from '../place-records.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Free-text parent → parent id, first match wins. */
const PARENT_RULES: readonly [RegExp, string][] = [
  [/^Mosul( \/|$)/, 'mosul'],
  [/^Nineveh Governorate/, 'nineveh-governorate'],
  [/^Mosul District/, 'mosul-district'],
  [/^Tel Keppe District/, 'tel-keppe-district'],
  [/^Al-Hamdaniya District/, 'al-hamdaniya-district'],
  [/^Shekhan District/, 'shekhan-district'],
  [/^Makhmur District|^near Makhmur/, 'makhmur-district'],
  [/^Tel Afar District/, 'tel-afar-district'],
  [/^Sinjar District/, 'sinjar-district'],
  [/^Al-Ba'aj District/, 'al-baaj-district'],
  [/^Al-Hadar District/, 'al-hadar-district'],
  [/^Erbil Governorate \/|^Kurdistan Region|^Iraq$|Khazir|Hassan Sham|^tributary|^Salahuddin|flows through Mosul/, 'IQ'],
  [/^Erbil Governorate/, 'erbil-governorate'],
  [/^Dohuk Governorate/, 'dohuk-governorate'],
  [/^Kirkuk Governorate/, 'kirkuk-governorate'],
  [/^near Hammam al-Alil/, 'mosul-district'],
  [/^Qayyarah subdistrict|^Qayyarah-Shura/, 'mosul-district'],
  [/^Qayyarah$/, 'qayyarah'],
  [/^Tal Afar$/, 'tal-afar'],
  [/^Badush$/, 'badush'],
  [/^Erbil$/, 'erbil'],
  [/^Kirkuk$/, 'kirkuk'],
  [/^Shekhan area|of Mosul|of Qayyarah|of Q-West|of Tal Afar|of Bashiqa|of Shura|of Hammam al-Alil|area$|front$|Maqlub/, 'nineveh-governorate'],
];

/** An alias the research marks as historical ("Mosul Province (pre-1976)") would only collide with today's names. */
const HISTORIC_RE = /\((?:pre-|former|until|historic)/i;

/** Research type → [our type, finer kind]. */
function typeOf(raw: string): [string, string | null] {
  const detail = /\(([^)]+)\)/.exec(raw)?.[1] ?? null;
  const base = raw.replace(/\s*\(.*\)/, '');
  const table: Record<string, [string, string | null]> = {
    governorate: ['admin1', 'governorate'], district: detail === null ? ['admin2', 'district'] : ['district', detail],
    city: ['city', null], town: ['town', null], 'town/suburb': ['town', 'suburb'], 'town/IDP camps': ['town', 'IDP camps'],
    village: ['village', null], 'village/neighbourhood': ['village', 'outskirts'], 'village/archaeological site': ['village', 'archaeological site'],
    neighbourhood: ['neighbourhood', detail], 'military base': ['base', null], 'military base/airport': ['base', 'airbase'],
    airport: ['airport', null], bridge: ['bridge', detail], river: ['river', null], region: ['region', null],
    'IDP camp': ['camp', 'IDP camp'], camp: ['camp', 'refugee camp'],
    landmark: detail === 'hill' ? ['mountain', 'hill'] : ['landmark', detail],
  };
  const hit = table[base];
  if (hit === undefined) throw new Error(`unmapped research type "${raw}"`);
  return hit;
}

/** How the research got the point, from the wording of its source column. */
function basisOf(source: string, quality: string): string | null {
  if (quality === 'none') return null;
  if (/^estimated/.test(source)) return 'derived';
  if (/Prisma seed script/.test(source)) return 'third-party-centroid';
  if (/proxy/.test(source)) return 'proxy';
  if (/Module:Iraqi insurgency detailed map/.test(source)) return 'map-marker';
  if (/infobox/i.test(source)) return 'infobox';
  if (/wikimapia/.test(source)) return 'wikimapia';
  return 'reference';
}

/** Radius for the point, km: the research's stated error where it gives one, else by kind of place. */
function uncertaintyOf(type: string, quality: string, basis: string | null, parentText: string): number | null {
  if (quality === 'none') return null;
  const area: Record<string, number> = { admin1: 60, admin2: 25, region: 25, river: 10, district: 4 };
  if (area[type] !== undefined) return area[type];
  if (quality === 'exact') return 0.5;
  if (quality === 'approx') return 1;
  if (basis === 'third-party-centroid') return 3;
  if (/Old City/.test(parentText)) return 1;
  return 2;
}

function refsOf(source: string): string[] {
  const refs = new Set<string>();
  for (const m of source.matchAll(/https?:\/\/[^\s;,'"]+/g)) refs.add(balanced(m[0]));
  for (const m of source.matchAll(/github:[\w.-]+\/[\w.-]+(?: [^\s;,)]+)?/g)) refs.add(m[0]);
  const seed = /read_file id (\d+)/.exec(source);
  if (seed !== null) refs.add(`third-party app seed file (research index id ${seed[1]})`);
  if (refs.size === 0) for (const m of source.matchAll(/\b(AP|Reuters|AFP|aawsat)\b/g)) refs.add(m[1] === 'aawsat' ? 'Asharq al-Awsat' : (m[1] as string));
  return [...refs];
}

/** URLs may hold parentheses (Wikipedia titles); drop only unbalanced closing ones. */
function balanced(url: string): string {
  let out = url.replace(/[.]$/, '');
  while (out.endsWith(')') && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length) out = out.slice(0, -1);
  return out;
}

function parentOf(parentText: string): string {
  for (const [re, id] of PARENT_RULES) if (re.test(parentText)) return id;
  throw new Error(`unmapped research parent "${parentText}"`);
}

function adminNameOf(name: string, type: string): string | null {
  return type === 'admin1' ? name.replace(/ Governorate$/, '') : null;
}

function yamlValue(v: unknown): string {
  return JSON.stringify(v);
}

export function convert(csv: string): string {
  const { records } = parseCsv(csv);
  const [header, ...rows] = records;
  if (header === undefined) throw new Error('empty research CSV');
  const col = (name: string): number => {
    const i = header.cells.indexOf(name);
    if (i < 0) throw new Error(`research CSV lacks column ${name}`);
    return i;
  };
  const c = { name: col('name'), aliases: col('aliases'), arabic: col('arabic'), type: col('type'), parent: col('parent'), lat: col('lat'), lon: col('lon'), quality: col('coord_quality'), source: col('source') };
  const ids = new Set<string>();
  const out: string[] = [
    '# Mosul theatre pack: places of the 2016-2017 Battle of Mosul.',
    '# Generated by src/geo/theatre/convert-mosul-research.ts from researched facts; change the research or the',
    '# converter and re-run it rather than editing here. Unlocated places (quality none) keep their names for matching.',
    'theatre: mosul',
    'title: "Battle of Mosul (2016-2017)"',
    'country: IQ',
    'countries: { IQ: Iraq }',
    'places:',
  ];
  for (const row of rows) {
    const cell = (i: number): string => (row.cells[i] ?? '').trim();
    const fullName = cell(c.name);
    const name = fullName.replace(/\s*\([^)]*\)$/, '');
    const id = slug(fullName);
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    const [type, detail] = typeOf(cell(c.type));
    const quality = cell(c.quality);
    const parentText = cell(c.parent);
    const basis = basisOf(cell(c.source), quality);
    const aliases = cell(c.aliases).split('|').filter((a) => !HISTORIC_RE.test(a)).map((a) => a.replace(/\s*\([^)]*\)$/, '').trim()).filter((a) => a !== '' && a !== name);
    const fields: [string, unknown][] = [
      ['id', id], ['name', name], ['alt', [...new Set(aliases)]], ['arabic', cell(c.arabic) || null],
      ['type', type], ['detail', detail], ['parent', parentOf(parentText)], ['adminName', adminNameOf(name, type)],
      ['position', parentText.replace(/\s*(?:per )?https?:\/\/[^\s)]+/g, '')],
      ['lat', quality === 'none' ? null : Number(cell(c.lat))], ['lon', quality === 'none' ? null : Number(cell(c.lon))],
      ['quality', quality], ['basis', basis], ['uncertaintyKm', uncertaintyOf(type, quality, basis, parentText)],
      ['refs', refsOf(cell(c.source))],
    ];
    out.push(`  - ${fields.filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)).map(([k, v]) => `${k}: ${yamlValue(v)}`).join('\n    ')}`);
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const csvPath = process.argv[2] ?? path.resolve(repoRoot, '..', 'shared', 'gazetteer', 'mosul_places.csv');
  const outPath = process.argv[3] ?? path.resolve(repoRoot, 'data', 'gazetteer', 'theatres', 'mosul.yaml');
  writeFileSync(outPath, convert(readFileSync(csvPath, 'utf8')));
  process.stdout.write(`wrote ${outPath}\n`);
}
