import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTable } from './text-table.js';

describe('renderTable', () => {
  it('aligns columns and cuts long cells with an ellipsis', () => {
    const out = renderTable(['date', 'place'], [['2016-11-01', 'Gogjali'], ['2016-11-04', 'a very long\nname']], 8);
    assert.equal(out, 'date      place\n--------  --------\n2016-11…  Gogjali\n2016-11…  a very …\n');
  });
  it('prints headers alone for no rows', () => {
    assert.equal(renderTable(['a'], []), 'a\n-\n');
  });
});
