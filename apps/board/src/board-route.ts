/**
 * One app, two views (DESIGN §5): `/board/` is the public hall display, `/board/admin` the board of the
 * hall administrator. The server falls back to index.html for both (http/ui-apps.ts in apps/server).
 */
export type BoardRoute = 'hall' | 'admin';

export const boardRoute = (pathname: string, base = '/board/'): BoardRoute => {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return rest.split('/')[0] === 'admin' ? 'admin' : 'hall';
};
