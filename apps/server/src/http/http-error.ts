import type { ErrorCode, WireDetails } from '@queue/protocol';

type Details = WireDetails;

const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  demo_credential: 401,
  forbidden: 403,
  not_found: 404,
  invalid_payload: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  foreign_origin: 403,
  rate_limited: 429,
  storage_failed: 503,
  not_ready: 503,
  internal: 500,
};

/** The HTTP status of an error code: every refusal of the queue rules is a 409 conflict. */
export const httpStatusOf = (code: ErrorCode): number => STATUS[code] ?? 409;

/**
 * A refusal a route throws; the server's one error handler turns it into `{ok: false, error}` with
 * the status of its code, in the office's time zone.
 */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Details,
  ) {
    super(code);
    this.name = 'HttpError';
  }
}
