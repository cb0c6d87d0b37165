import { Readability } from '@mozilla/readability';
import type { MessageInput } from '../core/message.js';
import { decodeBytes } from './decode-bytes.js';
import { parseDocument, type DomNode } from './dom.js';
import { htmlMeta } from './html-meta.js';
import { paragraphText } from './html-text.js';
import { documentItem, failureItem } from './items.js';
import type { FoundMeta, InputItem, ReadContext } from './types.js';

/** An `.html` file: its main text as paragraphs, with title, date and URL from the page. */
export function readHtml(bytes: Uint8Array, ctx: ReadContext): InputItem {
  const decoded = decodeBytes(bytes, ctx.source);
  if (!decoded.ok) return failureItem(ctx, decoded.ruleId, decoded.reason);
  return htmlItem(decoded.text, ctx, {}, decoded.messages);
}

/**
 * HTML (a page, or the `html` of a JSON Lines record) to a document. Values in
 * `given` (a record's own fields) win over what the page says.
 */
export function htmlItem(html: string, ctx: ReadContext, given: FoundMeta, messages: MessageInput[]): InputItem {
  const doc = parseDocument(html);
  const meta = htmlMeta(doc);
  const article = mainArticle(doc);
  let text = article?.content ? paragraphText(article.content) : '';
  const notes = [...messages];
  if (text === '') {
    // Readability has rewritten `doc`: read the untouched page again.
    const body = parseDocument(html).body;
    text = body ? paragraphText(body) : '';
    if (text !== '') {
      notes.push({
        ruleId: 'ingest/html-no-article',
        severity: 'warning',
        reason: `${ctx.source}: no main article found in the HTML; the text is every paragraph of the page`,
      });
    }
  }
  if (text === '') return failureItem(ctx, 'ingest/empty', `${ctx.source}: the HTML contains no text`);
  return documentItem(
    ctx,
    text,
    {
      title: given.title ?? (article?.title?.trim() || null) ?? meta.title,
      url: given.url ?? meta.url,
      published: given.published ?? meta.published ?? (article?.publishedTime?.trim() || null),
      outlet: given.outlet,
    },
    notes,
  );
}

function mainArticle(doc: ReturnType<typeof parseDocument>) {
  try {
    return new Readability<DomNode>(doc as never, { serializer: (node) => node as DomNode }).parse();
  } catch {
    // Readability can fail on odd markup; the caller then falls back to the whole page.
    return null;
  }
}
