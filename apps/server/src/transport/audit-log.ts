import { JsonLinesFile } from '../storage/json-lines-file.js';
import type { StorageHealth } from '../storage/storage-health.js';

/**
 * Security-relevant refusals (a command outside the role, a failed login, a storage failure) go to
 * their own log: they are not office events, but someone must be able to see them later. Writing it
 * never fails a request: on a full disk or a read-only folder an entry is lost, counted and shown in the
 * storage alarm (issue 13: the error path wrote here on the same full disk and threw again).
 */
export class AuditLog {
  private readonly file: JsonLinesFile<Record<string, unknown>>;

  constructor(
    path: string,
    private readonly clock: () => number,
    private readonly health: StorageHealth,
  ) {
    this.file = new JsonLinesFile(path, { durable: false });
  }

  write(entry: Record<string, unknown>): void {
    try {
      this.file.append([{ at: new Date(this.clock()).toISOString(), ...entry }]);
      this.health.succeeded(this.file.path);
    } catch (error) {
      this.health.failed('audit', this.file.path, error);
    }
  }

  close(): void {
    try {
      this.file.close();
    } catch {
      // Nothing is pending in an append-only file without buffers.
    }
  }
}
