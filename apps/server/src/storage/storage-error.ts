/**
 * A write of the office's data that did not happen (a full disk, a read-only folder, an I/O error).
 * Whatever threw it left the data as it was before the attempt, so the command that needed it is
 * answered `storage_failed` (HTTP 503) and nothing changed.
 */
export class StorageError extends Error {
  /** The system's error code when there is one (`ENOSPC`, `EACCES`, `EROFS`, `EIO`…), else `EUNKNOWN`. */
  readonly code: string;

  constructor(
    /** The file the write was for. */
    readonly file: string,
    cause: unknown,
  ) {
    const code = errorCode(cause);
    super(`could not write ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageError';
    this.code = code;
  }
}

export const errorCode = (error: unknown): string =>
  error instanceof StorageError
    ? error.code
    : error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
      ? ((error as NodeJS.ErrnoException).code as string)
      : 'EUNKNOWN';
