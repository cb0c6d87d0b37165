import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charTables } from './normalize.js';
import { WordTrie } from './word-trie.js';

describe('WordTrie', () => {
  it('finds keys only as whole words, every key that ends at a word end', () => {
    const trie = new WordTrie();
    ['hamas', 'is', 'islamic state', 'islamic state group'].forEach((k, i) => trie.add(k, i));
    const text = 'hamaslik this is islamic state group; hamas.';
    const found: [number, number, string][] = [];
    trie.scan(text, charTables().word, (s, e) => found.push([s, e, text.slice(s, e)]));
    assert.deepEqual(found, [
      [14, 16, 'is'],
      [17, 30, 'islamic state'],
      [17, 36, 'islamic state group'],
      [38, 43, 'hamas'],
    ]);
  });
});
