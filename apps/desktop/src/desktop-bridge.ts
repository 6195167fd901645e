/**
 * What the preload puts on `window`. `queueDesktop` is the contract with the office's web UIs (the kiosk
 * prints through it, docs/DESKTOP.md §4); `queueShell` serves the shell's own local pages only.
 */
import type { CodePage, Paper, PrintResult, TicketOptions, TicketPrint } from '@queue/kiosk-hardware';
import type { AdminPurpose, GuardDecision } from './exit-guard.js';
import type { Role } from './settings.js';
import type { SettingsForm } from './form-fields.js';
import type { SaveOutcome } from './settings-save.js';
import type { ShellText } from './shell-text.js';

export interface AdminCredentials {
  login: string;
  pin: string;
}

export interface QueueDesktop {
  role: Role;
  version: string;
  /** The kiosk's local printer (its roll and code page decide the layout), or null. */
  printer: { paper: Paper; codePage: CodePage } | null;
  /** Prints on the kiosk's local printer; never rejects (HARDWARE.md §2). */
  printTicket(print: TicketPrint, options: TicketOptions): Promise<PrintResult>;
  /** Closes the program once the server confirms an administrator. */
  exit(credentials: AdminCredentials): Promise<GuardDecision>;
  /** Opens the shell's settings once the server confirms an administrator. */
  openSettings(credentials: AdminCredentials): Promise<GuardDecision>;
  /** Shows the shell's own login-and-PIN page (exit or settings). */
  openAdmin(): void;
}

export interface SettingsState {
  form: SettingsForm;
  /** Why the settings page is shown without a choice: no file yet, or a broken one. */
  reason: 'first_run' | 'invalid' | 'change';
  problem: string | null;
  /** The role now in use, for the admin page's wording. */
  role: Role | null;
}

export type TrialPrintOutcome =
  | { ok: true; result: PrintResult }
  | { ok: false; errors: Partial<Record<keyof SettingsForm, ShellText>> };

export interface QueueShell {
  loadSettings(): Promise<SettingsState>;
  saveSettings(form: SettingsForm, credentials: AdminCredentials): Promise<SaveOutcome>;
  trialPrint(form: SettingsForm): Promise<TrialPrintOutcome>;
  admin(purpose: AdminPurpose, credentials: AdminCredentials): Promise<GuardDecision>;
  back(): void;
}
