/**
 * The lock on a kiosk's or board's way out (issue 3: «no exit without the PIN»): closing the program
 * or opening its settings needs an administrator of the office, verified by the server's /api/login
 * (admin-verification.ts). The shell keeps no PIN of its own, so when the server cannot be reached the
 * answer is no: see docs/DESKTOP.md for the way out through the operating system.
 */
import type { AdminCheck, Credentials } from './admin-verification.js';
import { credentialsSchema } from './admin-verification.js';
import { AttemptLimiter, lockedMessage } from './attempt-limiter.js';
import { type ShellText, text } from './shell-text.js';

export type AdminPurpose = 'exit' | 'settings';

export type GuardDecision =
  | { ok: true; staffName: string }
  | {
      ok: false;
      reason: 'invalid' | 'wrong_credentials' | 'not_administrator' | 'unreachable' | 'locked';
      message: ShellText;
      retryAfterMs?: number;
    };

export interface ExitGuardOptions {
  verify: (credentials: Credentials) => Promise<AdminCheck>;
  limiter?: AttemptLimiter;
}

export const GUARD_MESSAGES = {
  invalid: text('Введите логин и PIN администратора.', "Enter the administrator's login and PIN."),
  wrong_credentials: text('Логин или PIN не подошли.', 'The login or PIN did not match.'),
  not_administrator: text(
    'Это действие доступно только администратору.',
    'Only an administrator can do this.',
  ),
  unreachable: text(
    'Сервер очереди не отвечает, поэтому PIN сейчас не проверить.',
    'The queue server does not answer, so the PIN cannot be checked now.',
  ),
};

export class ExitGuard {
  private exitGranted = false;
  private readonly limiter: AttemptLimiter;

  constructor(private readonly options: ExitGuardOptions) {
    this.limiter = options.limiter ?? new AttemptLimiter();
  }

  /** True once an administrator has allowed the program to close; the window's close handler asks. */
  get exitAuthorised(): boolean {
    return this.exitGranted;
  }

  /** `input` comes from a page over IPC, so it is parsed here, never trusted. */
  async authorise(input: unknown, purpose: AdminPurpose): Promise<GuardDecision> {
    const wait = this.limiter.retryAfterMs();
    if (wait > 0) return { ok: false, reason: 'locked', message: lockedMessage(wait), retryAfterMs: wait };
    const credentials = credentialsSchema.safeParse(input);
    if (!credentials.success) return { ok: false, reason: 'invalid', message: GUARD_MESSAGES.invalid };

    const check = await this.options.verify(credentials.data);
    switch (check.outcome) {
      case 'verified':
        this.limiter.succeeded();
        if (purpose === 'exit') this.exitGranted = true;
        return { ok: true, staffName: check.staffName };
      case 'unreachable':
        // Not the person's fault, and not a guess: it does not count towards the lock.
        return { ok: false, reason: 'unreachable', message: GUARD_MESSAGES.unreachable };
      case 'wrong_credentials':
      case 'not_administrator':
        this.limiter.failed();
        return { ok: false, reason: check.outcome, message: GUARD_MESSAGES[check.outcome] };
    }
  }
}
