/**
 * The reports and configuration API of the office server (docs/PROTOCOL.md «Reports and configuration
 * API»), with the session's Bearer token. Answers are typed by the server's own report types; errors come
 * back as the server's polite wire error in the page's language.
 */
import type { OfficeConfig } from '@queue/engine';
import type { WireError } from '@queue/protocol';
import type { Report, ReportHeading, ReportQuery, ReportTable, TableId } from '@queue/reports-engine';
import { serverUrl } from '@queue/ui';

export interface ReportResponse {
  report: Report;
  tables: ReportTable[];
  heading: ReportHeading;
  generatedAt: number;
  computeMs: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly wire: WireError | null,
  ) {
    super(wire?.message.ru ?? `HTTP ${status}`);
  }
}

const errorOf = async (response: Response): Promise<ApiError> => {
  try {
    const body = (await response.json()) as { error?: WireError };
    return new ApiError(response.status, body.error ?? null);
  } catch {
    return new ApiError(response.status, null);
  }
};

/** `onExpired` runs when the server no longer accepts the token (a 16-hour session has ended). */
export const api = (token: string, onExpired: () => void = () => {}) => {
  const headers = { authorization: `Bearer ${token}` };
  const fail = async (response: Response): Promise<ApiError> => {
    if (response.status === 401) onExpired();
    return errorOf(response);
  };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${serverUrl()}${path}`, { headers });
    if (!response.ok) throw await fail(response);
    return (await response.json()) as T;
  };
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${serverUrl()}${path}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await fail(response);
    return (await response.json()) as T;
  };
  /** Downloads a file the server makes (an export), keeping the name it gives. */
  const download = async (path: string, fallbackName: string): Promise<void> => {
    const response = await fetch(`${serverUrl()}${path}`, { headers });
    if (!response.ok) throw await fail(response);
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return { get, post, download };
};

export type Api = ReturnType<typeof api>;

export const reportPath = (
  kind: '' | '/export.csv' | '/export.xlsx',
  query: ReportQuery,
  table?: TableId,
) => {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy: query.groupBy });
  if (query.topic) params.set('topic', query.topic);
  if (query.window) params.set('window', query.window);
  if (query.operator) params.set('operator', query.operator);
  if (table) params.set('table', table);
  return `/api/reports${kind}?${params}`;
};

export interface ConfigAnswer {
  config: OfficeConfig;
  seq: number;
}

export interface DeviceInfo {
  id: string;
  role: 'kiosk' | 'board' | 'integration';
  label: string;
  revoked: boolean;
}

export interface HistoryAnswer {
  entries: {
    seq: number;
    at: number;
    type: 'config.replaced' | 'staff.pinReset' | 'device.registered' | 'device.revoked';
    actorId: string | null;
    reason: string | null;
    subject: string | null;
  }[];
  names: Record<string, string>;
}
