import { describe, expect, it } from 'vitest';
import { tileColumns } from '../src/tile-grid.js';

describe('columns of the kiosk’s tiles', () => {
  it('keeps to three rows in landscape and stacks a few in one column in portrait', () => {
    for (let count = 1; count <= 20; count++) {
      const { portrait, landscape } = tileColumns(count);
      expect(Math.ceil(count / landscape), `landscape, ${count} tiles`).toBeLessThanOrEqual(
        count > 15 ? 4 : 3,
      );
      expect(portrait, `portrait, ${count} tiles`).toBe(count <= 5 ? 1 : count <= 14 ? 2 : 3);
    }
  });
});
