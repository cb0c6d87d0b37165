/**
 * Which tokens stand inside quotation marks. The tracker reads every token in
 * document order (a quote may run over several sentences but never past its
 * paragraph); flags are then worked out only for the sentences that need them.
 * Curly marks open and close; a straight double quote toggles.
 */
const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);

function isMark(q: string): boolean {
  return q.length === 1 && (OPEN.has(q) || CLOSE.has(q) || q === '"');
}

function after(inside: boolean, q: string): boolean {
  if (OPEN.has(q)) return true;
  if (CLOSE.has(q)) return false;
  return q === '"' ? !inside : inside;
}

export class QuoteTracker {
  #inside = false;
  #paragraph = -1;

  /** Called at each sentence start; returns whether it starts inside a quotation. */
  enter(paragraph: number): boolean {
    if (paragraph !== this.#paragraph) {
      this.#paragraph = paragraph;
      this.#inside = false;
    }
    return this.#inside;
  }

  read(q: string): void {
    if (q.length === 1) this.#inside = after(this.#inside, q);
  }
}

/** Flags of tokens [from, to) of a sentence that starts inside a quotation or not; the marks themselves are never inside. */
export function quotedFlags(tokens: readonly { readonly quote: string }[], from: number, to: number, inside: boolean): boolean[] {
  const out: boolean[] = [];
  for (let k = from; k < to; k++) {
    const q = tokens[k]!.quote;
    if (isMark(q)) {
      inside = after(inside, q);
      out.push(false);
    } else out.push(inside);
  }
  return out;
}
