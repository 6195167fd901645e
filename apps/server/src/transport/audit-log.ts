import { appendFileSync } from 'node:fs';

/**
 * Security-relevant refusals (a command outside the role, a failed login, a storage failure) go to
 * their own log: they are not office events, but someone must be able to see them later.
 */
export class AuditLog {
  constructor(
    private readonly path: string,
    private readonly clock: () => number,
  ) {}

  write(entry: Record<string, unknown>): void {
    appendFileSync(this.path, `${JSON.stringify({ at: new Date(this.clock()).toISOString(), ...entry })}\n`);
  }
}
