import type { MessageInput } from '../core/message.js';
import { findMojibake } from './mojibake.js';
import { normalisePublished } from './published.js';
import type { FoundMeta, InputDocument, InputFailure, ReadContext } from './types.js';

/**
 * Assembles a read document: validates the publication date, fills what the
 * input lacks from the options (`published`, `outlet`) and reports mojibake.
 */
export function documentItem(ctx: ReadContext, text: string, found: FoundMeta, messages: MessageInput[]): InputDocument {
  const own = normalisePublished(found.published, ctx.source);
  // The input's own date, then the user's option, then the heuristic file-name date.
  const option = own.published === null ? normalisePublished(ctx.opts.published, 'the published option') : null;
  const fallback =
    own.published === null && option?.published === null && ctx.nameDate !== undefined
      ? { published: ctx.nameDate, messages: [...option.messages, nameDateMessage(ctx)] }
      : option;
  return {
    kind: 'document',
    id: ctx.id,
    text,
    meta: {
      title: found.title ?? null,
      url: found.url ?? null,
      published: own.published ?? fallback?.published ?? null,
      outlet: found.outlet ?? ctx.opts.outlet ?? null,
      source: ctx.source,
    },
    messages: [...messages, ...own.messages, ...(fallback?.messages ?? []), ...findMojibake(text)],
  };
}

export function failureItem(ctx: ReadContext, ruleId: string, reason: string): InputFailure {
  return { kind: 'failure', id: ctx.id, source: ctx.source, ruleId, reason };
}

function nameDateMessage(ctx: ReadContext): MessageInput {
  return {
    ruleId: 'ingest/published-from-file-name',
    severity: 'info',
    reason: `${ctx.source}: publication date ${ctx.nameDate} taken from the file name`,
  };
}
