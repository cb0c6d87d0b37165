/**
 * Reads the public geoparsing corpora (LGL, TR-News, GeoWebNews): articles
 * with their text and gold toponyms (character span, phrase, coordinates).
 * The two formats are simple and regular, so a small reader walks the file
 * article by article instead of building a DOM: LGL and TR-News hold the
 * text in CDATA and tag points as `<gaztag><lat>…`; GeoWebNews escapes its
 * text and gives `<latitude>`/`<longitude>` per toponym.
 */

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat: number | null;
  lon: number | null;
  /** GeoNames feature code of the gold entry (PCLI, ADM1, PPL…), when the corpus gives it. */
  featureCode: string | null;
  /** The gold entry's own name ("United States" for "U.S."), when given. */
  entryName: string | null;
}

export interface GeoparseArticle {
  id: string;
  title: string | null;
  /** Download date (`YYYY-MM-DD`) when the corpus gives one. */
  date: string | null;
  text: string;
  toponyms: GoldToponym[];
}

const ARTICLE_OPEN = /<article\b([^>]*)>/g;
const ID_ATTR = /\b(?:docid|file)="([^"]*)"/;
const TOPONYM = /<toponym>([\s\S]*?)<\/toponym>/g;

/** Every article of a corpus file's text, in order. */
export function* readGeoparseArticles(xml: string): Generator<GeoparseArticle> {
  ARTICLE_OPEN.lastIndex = 0;
  for (let m = ARTICLE_OPEN.exec(xml); m !== null; m = ARTICLE_OPEN.exec(xml)) {
    const bodyStart = m.index + m[0].length;
    const close = xml.indexOf('</article>', bodyStart);
    if (close < 0) return;
    const body = xml.slice(bodyStart, close);
    ARTICLE_OPEN.lastIndex = close;
    const text = element(body, 'text');
    if (text === null) continue;
    const toponyms: GoldToponym[] = [];
    const list = element(body.slice(body.indexOf('</text>')), 'toponyms', true) ?? '';
    for (const t of list.matchAll(TOPONYM)) {
      const item = t[1] as string;
      const phrase = element(item, 'phrase') ?? element(item, 'extractedName');
      const span = align(text, Number(element(item, 'start')), Number(element(item, 'end')), phrase);
      if (span === null) continue;
      const lat = numberOf(element(item, 'lat') ?? element(item, 'latitude'));
      const lon = numberOf(element(item, 'lon') ?? element(item, 'longitude'));
      toponyms.push({
        ...span, phrase: text.slice(span.start, span.end), lat, lon: lat === null ? null : lon,
        featureCode: element(item, 'fcode'), entryName: element(item, 'name'),
      });
    }
    const date = element(body, 'dltime');
    yield { id: ID_ATTR.exec(m[1] ?? '')?.[1] ?? String(toponyms.length), title: element(body, 'title')?.trim() ?? null, date: date === null ? null : date.trim().slice(0, 10), text, toponyms };
  }
}

/** The content of the first `<name>` element (attributes allowed): CDATA as is, other text with entities decoded; null when absent. */
function element(xml: string, name: string, raw = false): string | null {
  let open = xml.indexOf(`<${name}`);
  while (open >= 0 && !/[\s>]/.test(xml.charAt(open + name.length + 1))) open = xml.indexOf(`<${name}`, open + 1);
  if (open < 0) return null;
  const from = xml.indexOf('>', open) + 1;
  const close = xml.indexOf(`</${name}>`, from);
  if (close < 0) return null;
  const content = xml.slice(from, close);
  if (raw) return content;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(content);
  return cdata !== null ? (cdata[1] as string) : decodeEntities(content);
}

/** Some articles' offsets are shifted by a character or two; the phrase finds its place nearby. */
const ALIGN_REACH = 8;

function align(text: string, start: number, end: number, phrase: string | null): { start: number; end: number } | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return null;
  if (text.slice(start, end) === phrase || (phrase === null && end <= text.length)) return { start, end };
  if (phrase === null) return null;
  for (let d = 1; d <= ALIGN_REACH; d++) {
    for (const s of [start - d, start + d]) if (s >= 0 && text.startsWith(phrase, s)) return { start: s, end: s + phrase.length };
  }
  return null;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function numberOf(s: string | null): number | null {
  if (s === null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
