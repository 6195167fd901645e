import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error.js';
import type { OriginPolicy } from './office-origins.js';

/**
 * The office server's place on the office network (issue 13 §1, §2), for every response and request:
 * - headers: a Content-Security-Policy without inline script (the UIs are Vite builds that load their
 *   scripts from files), no framing (`frame-ancestors 'none'`, X-Frame-Options DENY), `nosniff`, and
 *   no referrer sent off the office; by @fastify/helmet;
 * - only the office's own pages (office-origins.ts) may call it from a browser;
 * - request bodies are JSON only, so a foreign page cannot send a "simple" (unchecked by the browser)
 *   text/plain or form request at all.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React sets styles through the DOM (allowed); a library's inline <style> would need 'unsafe-inline'.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // QR codes and the printer's ticket images are data: and blob: URLs.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  mediaSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The office is reached over plain HTTP on its own network unless it set up TLS (docs/OPERATIONS.md).
  upgradeInsecureRequests: null,
};

export const registerOfficeNetwork = async (app: FastifyInstance, origins: OriginPolicy): Promise<void> => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // The office may be reached by plain HTTP; a TLS office sets HSTS in its own set-up.
    strictTransportSecurity: false,
    // The kiosk and the hall display run in the desktop shell, which may open the office in a popup.
    crossOriginOpenerPolicy: false,
  });
  app.addHook('onRequest', async (request) => {
    if (!origins.allows(request.headers.origin)) {
      app.office.audit.write({ kind: 'foreign_origin', origin: request.headers.origin, path: request.url });
      throw new HttpError('foreign_origin', { origin: request.headers.origin ?? null });
    }
  });
  // Fastify reads text/plain bodies by default: a cross-site form or `fetch` without a preflight could
  // then drive the API. Only application/json is read; anything else is answered 415.
  app.removeContentTypeParser('text/plain');
};
