import type { DomDocument } from './dom.js';

export interface HtmlMeta {
  /** og:title, else <title>. */
  title: string | null;
  /** As written in the page; validated later. */
  published: string | null;
  url: string | null;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
];
const TIME_SELECTORS = ['time[pubdate][datetime]', 'time[itemprop="datePublished"][datetime]', 'time[datetime]'];
const SPACE_RUN = /\s+/g;
const MAX_JSON_LD_DEPTH = 6;

/** Page metadata, read before Readability rewrites the document. */
export function htmlMeta(doc: DomDocument): HtmlMeta {
  return {
    title: clean(content(doc, 'meta[property="og:title"]') ?? doc.title),
    published:
      first(PUBLISHED_SELECTORS, (s) => content(doc, s)) ??
      jsonLdPublished(doc) ??
      first(TIME_SELECTORS, (s) => doc.querySelector(s)?.getAttribute('datetime') ?? null),
    url: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? content(doc, 'meta[property="og:url"]')),
  };
}

function content(doc: DomDocument, selector: string): string | null {
  return clean(doc.querySelector(selector)?.getAttribute('content') ?? null);
}

function first(selectors: string[], read: (selector: string) => string | null): string | null {
  for (const s of selectors) {
    const value = clean(read(s));
    if (value !== null) return value;
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(SPACE_RUN, ' ').trim();
  return v ? v : null;
}

function jsonLdPublished(doc: DomDocument): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findDatePublished(data, 0);
    if (found !== null) return found;
  }
  return null;
}

/** JSON-LD nests the article in arrays and `@graph`s; look a few levels down. */
function findDatePublished(node: unknown, depth: number): string | null {
  if (depth > MAX_JSON_LD_DEPTH || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return clean(record.datePublished);
  for (const value of Object.values(record)) {
    const found = findDatePublished(value, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
