/**
 * Tests a frame condition (window → word list) against a candidate. `when`
 * holds when every window matches; `unless` when any does.
 */
import type { Candidate } from './candidate.js';
import type { Condition, WindowKey } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { windowOf, type Window } from './windows.js';
import { endsAt, firstMatch, type WordMatcher } from './word-matcher.js';

/** Windows computed once per candidate: several senses read the same ones. */
export class FrameReader {
  readonly #cache = new Map<WindowKey, Window>();

  constructor(
    readonly view: SentenceView,
    readonly candidate: Candidate,
  ) {}

  window(key: WindowKey): Window {
    let w = this.#cache.get(key);
    if (!w) {
      w = windowOf(key, this.view, this.candidate);
      this.#cache.set(key, w);
    }
    return w;
  }

  /** Index of the token where the words match in the window, or -1. Heads first, then ranges left to right. */
  matchIndex(key: WindowKey, words: WordMatcher): number {
    const w = this.window(key);
    const tokens = this.view.tokens;
    for (const { head, from } of w.heads) if (endsAt(words, tokens, head, from)) return head;
    for (const [lo, hi] of w.ranges) {
      const i = firstMatch(words, tokens, lo, hi);
      if (i >= 0) return i;
    }
    return -1;
  }

  all(condition: Condition): boolean {
    return condition.every(([key, words]) => this.matchIndex(key, words) >= 0);
  }

  /** The first window of the condition that matches, or null. */
  any(condition: Condition): WindowKey | null {
    for (const [key, words] of condition) if (this.matchIndex(key, words) >= 0) return key;
    return null;
  }
}
