import type { WireError } from '@queue/protocol';
import type { CentralLoginAnswer, OverviewUpdate } from '../contract/central-api';

/**
 * The head office's API from its page: the session's Bearer token on every call, the server's polite
 * wire error in the page's language, and the overview's live stream read with fetch (an EventSource
 * could not carry the token in a header).
 */
export class CentralError extends Error {
  constructor(
    readonly status: number,
    readonly wire: WireError | null,
  ) {
    super(wire?.message.ru ?? `HTTP ${status}`);
  }
}

const errorOf = async (response: Response): Promise<CentralError> => {
  try {
    return new CentralError(
      response.status,
      ((await response.json()) as { error?: WireError }).error ?? null,
    );
  } catch {
    return new CentralError(response.status, null);
  }
};

export const signIn = async (login: string, password: string): Promise<CentralLoginAnswer> => {
  const response = await fetch('/api/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as CentralLoginAnswer;
};

export const centralClient = (token: string, onExpired: () => void) => {
  const headers = { authorization: `Bearer ${token}` };
  const fail = async (response: Response) => {
    if (response.status === 401) onExpired();
    return errorOf(response);
  };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(path, { headers });
    if (!response.ok) throw await fail(response);
    return (await response.json()) as T;
  };
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await fail(response);
    return (await response.json()) as T;
  };
  /** Downloads a file the server makes, keeping the name it gives. */
  const download = async (path: string, fallbackName: string): Promise<void> => {
    const response = await fetch(path, { headers });
    if (!response.ok) throw await fail(response);
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  /**
   * Follows the overview's stream until `signal` aborts; each message carries the offices that changed.
   * Returns when the stream ends (the caller reconnects).
   */
  const follow = async (onOffices: (message: OverviewUpdate) => void, signal: AbortSignal): Promise<void> => {
    const response = await fetch('/api/overview/stream', { headers, signal });
    if (!response.ok || !response.body) throw await fail(response);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data: '))
          .map((line) => line.slice(6))
          .join('\n');
        if (data) onOffices(JSON.parse(data) as OverviewUpdate);
        end = buffer.indexOf('\n\n');
      }
    }
  };
  return { get, post, download, follow };
};

export type CentralClient = ReturnType<typeof centralClient>;
