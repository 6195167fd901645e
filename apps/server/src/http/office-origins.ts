import { hostname, networkInterfaces } from 'node:os';

/**
 * Which web pages may talk to the office server (issue 13 §1). A browser names the page that makes a
 * request in its `Origin` header; the office answers only its own pages — those it serves itself, at
 * any of its own addresses and its port — and the origins the office configured (`ALLOWED_ORIGINS`,
 * e.g. a name a reverse proxy gives it). A request without `Origin` comes from a program, not a page
 * (an integration with its token, the desktop shell's own process, curl) and is judged by its token
 * alone. The Host header is not trusted: a page of another site that resolves its name to the office's
 * address (DNS rebinding) names its own site in `Origin`, which is not one of the office's names.
 */
export interface OriginPolicy {
  allows: (origin: string | undefined) => boolean;
  /** The configured origins, as given; the office's own addresses are added per port at run time. */
  configured: readonly string[];
}

/** The names this machine answers to: loopback, its host name, every address of every interface. */
export const ownHostNames = (): Set<string> => {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const host = hostname().toLowerCase();
  names.add(host);
  names.add(`${host}.local`);
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) {
      names.add(address.family === 'IPv6' ? `[${address.address.toLowerCase()}]` : address.address);
    }
  }
  return names;
};

/** `ALLOWED_ORIGINS`: comma-separated origins (`https://queue.office.example`), each checked. */
export const parseAllowedOrigins = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((one) => one.trim())
    .filter(Boolean)
    .map((one) => {
      const url = new URL(one);
      if (url.origin === 'null' || url.origin !== one.replace(/\/$/, '')) {
        throw new Error(`ALLOWED_ORIGINS: «${one}» is not an origin (scheme://host[:port])`);
      }
      return url.origin;
    });

export const originPolicy = (
  port: () => number,
  configured: readonly string[],
  names = ownHostNames(),
): OriginPolicy => {
  const listed = new Set(configured);
  return {
    configured,
    allows: (origin) => {
      if (origin === undefined) return true;
      if (listed.has(origin)) return true;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      const urlPort = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      return urlPort === port() && names.has(url.hostname.toLowerCase());
    },
  };
};
