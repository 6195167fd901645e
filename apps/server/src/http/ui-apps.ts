import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Each UI's URL prefix (without slashes) and the folder of its build. */
export type UiApps = Readonly<Record<string, string>>;

/**
 * Vite names every file under assets/ by its content, so a browser may keep it for a year; index.html
 * names the current ones, so it is checked (ETag, 304) on every load.
 */
const cacheControlOf = (path: string) =>
  path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * The built UIs (Vite's dist), each under its prefix, by @fastify/static: ETag and Last-Modified, the
 * brotli or gzip file the build wrote beside each asset when the browser accepts it, and a cache policy
 * by kind of file.
 */
export const registerUiApps = async (app: FastifyInstance, apps: UiApps): Promise<void> => {
  let first = true;
  for (const [name, root] of Object.entries(apps)) {
    await app.register(fastifyStatic, {
      root,
      prefix: `/${name}/`,
      // One registration decorates the reply with sendFile; the others share it.
      decorateReply: first,
      preCompressed: true,
      cacheControl: false,
      dotfiles: 'ignore',
      setHeaders: (reply, path) => reply.header('cache-control', cacheControlOf(path)),
    });
    first = false;
  }
};

/**
 * A client-side route of a UI (`/board/admin`, `/reports/settings`) reloaded in the browser: the UI's
 * index.html, which routes it. Null when the path is no UI's, names a file, or the UI is not built.
 */
export const sendUiIndex = (
  request: FastifyRequest,
  reply: FastifyReply,
  apps: UiApps,
): FastifyReply | null => {
  const path = request.url.split('?')[0] ?? '';
  const [, app, ...rest] = path.split('/');
  const root = app ? apps[app] : undefined;
  if (request.method !== 'GET' || !root || rest.at(-1)?.includes('.')) return null;
  if (!existsSync(join(root, 'index.html'))) return null;
  reply.header('cache-control', 'no-cache');
  return reply.sendFile('index.html', root);
};
