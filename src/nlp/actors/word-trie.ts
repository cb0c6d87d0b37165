/**
 * A character trie walked only from word starts and reporting only keys that
 * end at a word end, so every match is a whole-word match without a
 * boundary check per candidate. A walk stops at the first character no key
 * continues with, which for ordinary words is after one or two characters:
 * a scan costs little more than one pass over the text.
 */
export class WordTrie {
  /** Children of the root by character code (0 = none); deeper edges in one map. */
  readonly #root = new Int32Array(0x10000);
  readonly #edges = new Map<number, number>();
  readonly #values: (number[] | undefined)[] = [undefined];

  get nodes(): number {
    return this.#values.length;
  }

  add(key: string, value: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = node === 0 ? this.#root[c] || undefined : this.#edges.get(node * 0x10000 + c);
      if (next === undefined) {
        next = this.#values.length;
        this.#values.push(undefined);
        if (node === 0) this.#root[c] = next;
        else this.#edges.set(node * 0x10000 + c, next);
      }
      node = next;
    }
    (this.#values[node] ??= []).push(value);
  }

  /**
   * Calls `hit(start, end, values)` for every key found in `text` that starts
   * and ends on a word boundary, where `word[code]` says which characters are
   * word characters.
   */
  scan(text: string, word: Uint8Array, hit: (start: number, end: number, values: readonly number[]) => void): void {
    const n = text.length;
    const root = this.#root;
    const edges = this.#edges;
    const values = this.#values;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const isWord = word[c] === 1;
      const start = isWord && !prevWord;
      prevWord = isWord;
      if (!start) continue;
      let node = root[c] ?? 0;
      let j = i;
      while (node !== 0) {
        const found = values[node];
        if (found !== undefined && (j + 1 === n || word[text.charCodeAt(j + 1)] !== 1)) hit(i, j + 1, found);
        if (++j >= n) break;
        node = edges.get(node * 0x10000 + text.charCodeAt(j)) ?? 0;
      }
    }
  }
}
