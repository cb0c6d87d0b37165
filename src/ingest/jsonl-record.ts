import type { MessageInput } from '../core/message.js';
import { decodeEntities } from './html-entities.js';
import { documentItem, failureItem } from './items.js';
import { htmlItem } from './read-html.js';
import type { InputItem, ReadOptions } from './types.js';

const STRING_FIELDS = ['id', 'url', 'title', 'published', 'outlet', 'text', 'html'] as const;
const HAS_NON_SPACE = /\S/;
const SPACE_RUN = /\s+/g;

/**
 * One parsed JSON Lines record `{id, url, title, published, outlet, text|html}`
 * to a document, or to a failure naming the field at fault. Other fields are
 * ignored; `text` is used when it has any, else `html` is extracted.
 */
export function recordItem(value: unknown, source: string, opts: ReadOptions, messages: MessageInput[]): InputItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return failureItem({ id: source, source, opts }, 'ingest/bad-record', `${source}: a record must be a JSON object, got ${got}`);
  }
  const record = value as Record<string, unknown>;
  const idValue = record.id;
  const ctx = { id: typeof idValue === 'string' && idValue.trim() !== '' ? idValue : source, source, opts };
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return failureItem(ctx, 'ingest/bad-field', `${source}: field "${field}" must be a string, got ${describe(v)}`);
    }
  }
  const str = (field: (typeof STRING_FIELDS)[number]): string | null => (record[field] as string | null | undefined) ?? null;
  const text = str('text');
  const html = str('html');
  if (text === null && html === null) {
    return failureItem(ctx, 'ingest/no-text', `${source}: record has neither a "text" nor an "html" field`);
  }
  const title = str('title');
  const given = {
    title: title === null ? null : decodeEntities(title).replace(SPACE_RUN, ' ').trim() || null,
    url: decodeEntities(str('url') ?? '').trim() || null,
    published: str('published'),
    outlet: str('outlet')?.trim() || null,
  };
  if (text !== null && HAS_NON_SPACE.test(text)) return documentItem(ctx, text, given, messages);
  if (html !== null && HAS_NON_SPACE.test(html)) return htmlItem(html, ctx, given, messages);
  return failureItem(ctx, 'ingest/empty', `${source}: the record's ${text !== null ? '"text"' : '"html"'} is empty`);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}
