import { describe, expect, it } from 'vitest';
import { boardRoute } from '../src/board-route';

describe('boardRoute: one app, two views', () => {
  it.each([
    ['/board/', 'hall'],
    ['/board/index.html', 'hall'],
    ['/board/admin', 'admin'],
    ['/board/admin/', 'admin'],
    ['/board/administrator', 'hall'],
    ['/admin', 'admin'],
  ] as const)('%s → %s', (pathname, route) => {
    expect(boardRoute(pathname)).toBe(route);
  });
});
