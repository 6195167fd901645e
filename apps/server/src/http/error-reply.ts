import { formatLocal } from '@queue/engine';
import { type ErrorCode, type WireDetails, fastifyValidationIssues, wireError } from '@queue/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StorageError } from '../storage/storage-error.js';
import { HttpError, httpStatusOf } from './http-error.js';
import type { OfficeDeps } from './office-deps.js';

type Details = WireDetails;

/** `{ok: false, error}` with the status of the code; times in the office's own time zone. */
export const sendError = (reply: FastifyReply, deps: OfficeDeps, code: ErrorCode, details?: Details) =>
  reply.status(httpStatusOf(code)).send({
    ok: false,
    error: wireError(code, details, (at) => formatLocal(at, deps.runtime.state.config.timeZone)),
  });

const field = (error: unknown, key: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;

/**
 * A failed system call (open, write, fsync, rename…) under a route: the disk refused, so nothing the
 * route was asked to keep is kept.
 */
const isStorageFailure = (error: unknown) =>
  error instanceof StorageError || typeof field(error, 'syscall') === 'string';

const classify = (error: unknown): { code: ErrorCode; details?: Details } => {
  if (error instanceof HttpError) return { code: error.code, details: error.details };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return { code: 'invalid_payload', details: { issues: fastifyValidationIssues(error.validation) } };
  }
  if (isStorageFailure(error)) return { code: 'storage_failed' };
  // Fastify's own refusals of a request: a body too large, not JSON, of another media type…
  const status = field(error, 'statusCode');
  if (status === 413) return { code: 'payload_too_large' };
  if (status === 415) return { code: 'unsupported_media_type' };
  if (status === 404) return { code: 'not_found' };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's refusal of a body it could not read: JSON is what every route takes.
    return { code: 'invalid_payload', details: { issues: [{ field: '', expected: 'json' }] } };
  }
  return { code: 'internal' };
};

/**
 * The server's one error handler: whatever a route or hook throws becomes a WireError with the status
 * of its code. Storage failures (503) and unexpected errors (500) are written to the audit log.
 */
export const registerErrorReply = (app: FastifyInstance, deps: OfficeDeps): void => {
  app.setErrorHandler((error, request, reply) => {
    const { code, details } = classify(error);
    if (code === 'storage_failed' || code === 'internal') {
      try {
        deps.audit.write({
          kind: code === 'internal' ? 'http_error' : 'storage_failed',
          path: request.url,
          error: String(error),
        });
      } catch {
        // The audit log sits on the same disk: when it refuses too, the answer still goes out.
      }
    }
    return sendError(reply, deps, code, details);
  });
};
