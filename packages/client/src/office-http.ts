import {
  type ErrorCode,
  type FileRouteName,
  HTTP_API,
  type HttpAnswer,
  type HttpApi,
  type HttpBody,
  type HttpQuery,
  type HttpRoute,
  type HttpRouteName,
  type JsonRouteName,
  type WireDetails,
  errorAnswerSchema,
} from '@queue/protocol';
import type { z } from 'zod';

/**
 * An HTTP call that did not succeed: the server's error code and texts (`unreachable` when no answer
 * came, `unexpected` when the answer was not what the contract says), so a screen can say what went
 * wrong in its own words. `message` stays the Russian text.
 */
export class HttpFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable' | 'unexpected',
    readonly text: { ru: string; en: string } | null,
    /** The HTTP status; null when no answer came. */
    readonly status: number | null = null,
    readonly details: WireDetails | null = null,
  ) {
    super(text?.ru ?? (status === null ? 'Сервер не отвечает' : `HTTP ${status}`));
    this.name = 'HttpFailure';
  }
}

export interface OfficeHttpOptions {
  /** The office server, e.g. `http://10.0.0.5:8080`; empty for the page's own origin. Read at each call. */
  server: string | (() => string);
  /** The bearer token (a staff session or a device), read at each call; none for `anyone` routes. */
  token?: string | null | (() => string | null);
  /** How long to wait for an answer; none by default. */
  timeoutMs?: number;
  /** Called when the server no longer accepts the token (401), before the failure is thrown. */
  onUnauthenticated?: () => void;
  fetch?: typeof fetch;
}

type Has<N extends HttpRouteName, K extends string> = HttpApi[N] extends Record<K, z.ZodType> ? true : false;

/** A query string's value may be null: the parameter is left out, as an absent optional one. */
type QueryInput<Q> = { [K in keyof Q]: undefined extends Q[K] ? Q[K] | null : Q[K] };

type Nothing = Record<never, never>;

/** What a call sends: `query` for routes that take one (optional when all its fields are), `body` likewise. */
export type CallInput<N extends HttpRouteName> = (Has<N, 'query'> extends true
  ? Nothing extends HttpQuery<N>
    ? { query?: QueryInput<HttpQuery<N>> }
    : { query: QueryInput<HttpQuery<N>> }
  : Nothing) &
  (Has<N, 'body'> extends true ? { body: HttpBody<N> } : Nothing);

type CallArgs<N extends HttpRouteName> =
  Nothing extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>];

/** A file the server made (an export), and the name it gave it. */
export interface ServerFile {
  blob: Blob;
  fileName: string | null;
}

/** An option given as a value or as a function read at each call. */
const current = <T>(value: T | (() => T)): T => (typeof value === 'function' ? (value as () => T)() : value);

const search = (query: unknown): string => {
  if (!query || typeof query !== 'object') return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * The one HTTP client of the office server, typed by the contract (`HTTP_API` in packages/protocol): a
 * route is called by its name with its query and body, and what comes back is parsed by the route's
 * schema. Every UI and the desktop shell use it; none builds a URL or reads a response by hand.
 */
export const officeHttp = (options: OfficeHttpOptions) => {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  const request = async (name: HttpRouteName, input: { query?: unknown; body?: unknown } = {}) => {
    const route: HttpRoute = HTTP_API[name];
    const token = current(options.token ?? null);
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (route.body) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await send(`${current(options.server)}${route.path}${search(input.query)}`, {
        method: route.method,
        headers,
        ...(route.body ? { body: JSON.stringify(input.body) } : {}),
        ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
      });
    } catch {
      throw new HttpFailure('unreachable', null);
    }
    if (response.ok) return { route, response };
    if (response.status === 401) options.onUnauthenticated?.();
    const refusal = errorAnswerSchema.safeParse(await response.json().catch(() => null));
    if (!refusal.success) throw new HttpFailure('unexpected', null, response.status);
    const { code, message, details } = refusal.data.error;
    throw new HttpFailure(code, message, response.status, details ?? null);
  };

  return {
    /** Calls a route that answers JSON; resolves with its answer, or throws an `HttpFailure`. */
    call: async <N extends JsonRouteName>(name: N, ...[input]: CallArgs<N>): Promise<HttpAnswer<N>> => {
      const { route, response } = await request(name, input);
      if ('file' in route.answer) throw new HttpFailure('unexpected', null, response.status);
      const answer = route.answer.safeParse(await response.json().catch(() => null));
      if (!answer.success) throw new HttpFailure('unexpected', null, response.status);
      return answer.data as HttpAnswer<N>;
    },
    /** Calls a route that answers a file (an export). */
    file: async <N extends FileRouteName>(name: N, ...[input]: CallArgs<N>): Promise<ServerFile> => {
      const { response } = await request(name, input);
      const disposition = response.headers.get('content-disposition') ?? '';
      return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
    },
  };
};

export type OfficeHttp = ReturnType<typeof officeHttp>;
