/** A token placed on the document text; its surface is `text.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  /** Universal POS tag from wink. */
  pos: string;
}

/** A quotation or a parenthesis in the text: offsets of its opening and closing marks. */
export interface Enclosure {
  open: number;
  close: number;
}

/**
 * One stretch of a paragraph line that is split into sentences on its own:
 * sentences never cross a line break, a boilerplate span or a dateline.
 */
export interface Piece {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Sorted by opening mark. */
  readonly enclosures: readonly Enclosure[];
}

/**
 * A sentence refiner gets the token indices at which sentences start (the first
 * is always 0) and returns corrected ones. Refiners only remove or move
 * boundaries that wink placed; they never invent new ones.
 */
export type Refiner = (piece: Piece, starts: readonly number[]) => number[];

export function surface(piece: Piece, i: number): string {
  const t = piece.tokens[i];
  return t === undefined ? '' : piece.text.slice(t.start, t.end);
}
