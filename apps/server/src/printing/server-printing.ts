import type { Actor, Command, OfficeEvent } from '@queue/engine';
import { isRefusal } from '@queue/engine';
import {
  type PrinterTransport,
  type PrintResult,
  networkTransport,
  printTicket,
} from '@queue/kiosk-hardware';
import type { KioskPrintSettings } from '@queue/protocol';
import type { OfficeRuntime } from '../office-runtime.js';
import type { DeviceRecord, OfficeStore } from '../storage/office-store.js';
import { StorageError } from '../storage/storage-error.js';
import type { AuditLog } from '../transport/audit-log.js';
import {
  DEFAULT_PRINT_SETTINGS,
  samePrintSettings,
  serverPrintSettings,
  storedPrintSettings,
  ticketOptionsOf,
} from './kiosk-print-settings.js';
import { type TicketPrintContent, ticketPrintContent } from './ticket-print-content.js';

const SYSTEM: Actor = { kind: 'system' };

/** Print jobs remembered for the kiosk to ask about; older ones are long forgotten by the visitor. */
const REMEMBERED_JOBS = 500;

export type PrinterAddress = NonNullable<DeviceRecord['printer']>;

export interface ServerPrintingOptions {
  /** Per step of a print (connect, status answer, hand-over), as the network transport counts. */
  timeoutMs?: number;
  /** The way to a printer; the network transport of kiosk-hardware unless a test says otherwise. */
  transport?: (printer: PrinterAddress) => PrinterTransport;
  /** The office server's own address, for the phone page's link when the office has set none (issue 18). */
  ownUrl?: () => string | null;
}

export type ReprintOutcome =
  | { ok: true; result: PrintResult }
  | {
      ok: false;
      code: 'unknown_ticket' | 'ticket_not_waiting' | 'no_printer';
      details: Record<string, string>;
    };

interface Job {
  deviceId: string;
  done: Promise<PrintResult>;
}

/**
 * The office server prints for kiosks that have a network printer in their device record (DESIGN §6),
 * so a plain browser kiosk prints too. It watches the events: a ticket issued by such a kiosk is printed
 * after the command is stored and acknowledged — printing never delays the ack — and the outcome goes
 * back into the record as `ticket.printResult`, which raises or clears the printer alarm. One job at a
 * time per printer, because most receipt printers take one connection at a time.
 */
export class ServerPrinting {
  private readonly settings = new Map<string, KioskPrintSettings>();
  private readonly jobs = new Map<string, Job>();
  private readonly issuedBy = new Map<string, string>();
  private readonly lines = new Map<string, Promise<unknown>>();
  private readonly transport: (printer: PrinterAddress) => PrinterTransport;
  private readonly ownUrl: () => string | null;

  constructor(
    private readonly runtime: OfficeRuntime,
    private readonly store: OfficeStore,
    private readonly audit: AuditLog,
    options: ServerPrintingOptions = {},
  ) {
    const timeoutMs = options.timeoutMs ?? 3000;
    this.ownUrl = options.ownUrl ?? (() => null);
    this.transport =
      options.transport ??
      (({ host, port, queryStatus }) => networkTransport({ host, port, queryStatus, timeoutMs }));
    // Each kiosk's last word on its printer, from the store file: a restarted server prints on the
    // right paper and code page before the kiosk has reconnected.
    for (const device of store.file.devices) {
      const stored = storedPrintSettings(device);
      if (stored) this.settings.set(device.id, stored);
    }
    runtime.onEvents((events) => this.observe(events));
  }

  settingsOf(deviceId: string): KioskPrintSettings {
    return this.settings.get(deviceId) ?? DEFAULT_PRINT_SETTINGS;
  }

  /**
   * Takes a kiosk's print settings and keeps them in its device record (an fsynced write). The kiosk
   * sends them on every connect, so the file is written only when they change.
   */
  setSettings(deviceId: string, settings: KioskPrintSettings): void {
    const device = this.store.file.devices.find((d) => d.id === deviceId);
    const stored = device ? storedPrintSettings(device) : null;
    if (device && !(stored && samePrintSettings(stored, settings))) {
      try {
        this.store.saveFile((file) => {
          const target = file.devices.find((d) => d.id === deviceId);
          if (target) target.printSettings = { ...settings };
        });
      } catch (error) {
        // Kept in memory and used; the storage alarm shows the failed write, and the kiosk's next
        // connect (it sends them every time) writes them again.
        if (!(error instanceof StorageError)) throw error;
      }
    }
    this.settings.set(deviceId, settings);
  }

  /** A registered, working kiosk with a printer the server drives, or undefined. */
  private kioskWithPrinter(deviceId: string): (DeviceRecord & { printer: PrinterAddress }) | undefined {
    const device = this.store.file.devices.find((d) => d.id === deviceId);
    if (!device || device.revoked || device.role !== 'kiosk' || !device.printer) return undefined;
    return { ...device, printer: device.printer };
  }

  /** Runs inside the writer's announcement: only takes note and schedules, never writes itself. */
  private observe(events: readonly OfficeEvent[]): void {
    for (const event of events) {
      if (event.type !== 'ticket.issued' || event.actor.kind !== 'device') continue;
      const deviceId = event.actor.deviceId;
      this.issuedBy.set(event.ticket.id, deviceId);
      if (!this.kioskWithPrinter(deviceId) || this.settingsOf(deviceId).printing !== 'server') continue;
      // The content is taken now, from the state the visitor's ack reports, so paper and screen agree.
      const content = ticketPrintContent(this.runtime.state, event.ticket, event.at, this.ownUrl());
      const done = this.enqueue(deviceId, event.ticket.id, content, null);
      this.remember(event.ticket.id, { deviceId, done });
    }
    while (this.issuedBy.size > REMEMBERED_JOBS) this.issuedBy.delete(this.issuedBy.keys().next().value!);
  }

  private remember(ticketId: string, job: Job): void {
    this.jobs.delete(ticketId);
    this.jobs.set(ticketId, job);
    while (this.jobs.size > REMEMBERED_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
  }

  /** `reprintBy`: the administrator who asked for a second print, or null for the first. */
  private enqueue(
    deviceId: string,
    ticketId: string,
    content: TicketPrintContent,
    reprintBy: Actor | null,
  ): Promise<PrintResult> {
    const previous = this.lines.get(deviceId) ?? Promise.resolve();
    const done = previous.then(async () => {
      // Read at print time: a printer the manager has just set is used from the next ticket on.
      const device = this.kioskWithPrinter(deviceId);
      const result: PrintResult = device
        ? await printTicket(
            content.print,
            ticketOptionsOf(serverPrintSettings(this.settingsOf(deviceId), device.printer), content.fields),
            this.transport(device.printer),
          )
        : { status: 'offline', detail: 'the kiosk has no printer configured any more' };
      this.record(ticketId, deviceId, result, reprintBy);
      return result;
    });
    this.lines.set(
      deviceId,
      done.catch(() => undefined),
    );
    return done;
  }

  /**
   * The outcome into the record: the engine raises `printerFault` on a failure and clears it on success.
   * A reprint is recorded as the administrator's act, so the journal says who printed a ticket again.
   */
  private record(ticketId: string, deviceId: string, result: PrintResult, reprintBy: Actor | null): void {
    if (result.status !== 'printed') {
      this.audit.write({
        kind: 'print_failed',
        deviceId,
        ticketId,
        status: result.status,
        detail: result.detail,
      });
    }
    const run = (command: Command, actor: Actor) => {
      try {
        return this.runtime.run(command, actor);
      } catch (error) {
        this.audit.write({ kind: 'storage_failed', command: command.type, error: String(error) });
        return null;
      }
    };
    const outcome = run(
      {
        type: 'ticket.printResult',
        ticketId,
        status: result.status,
        deviceId,
        reprint: reprintBy !== null,
        ...(result.paperNearEnd ? { paperNearEnd: true } : {}),
      },
      reprintBy ?? SYSTEM,
    );
    // The visitor may already be served (or cancelled) by the time a slow printer gives up; the
    // printer's state still counts for the alarm.
    if (outcome && isRefusal(outcome)) {
      const status = result.status === 'printed' && result.paperNearEnd ? 'paper_near_end' : result.status;
      run({ type: 'device.printerStatus', deviceId, status }, SYSTEM);
    }
  }

  /** The result of the server's print of a ticket for this kiosk: null when it prints none, 'pending' past the wait. */
  async resultOf(
    deviceId: string,
    ticketId: string,
    waitMs: number,
  ): Promise<PrintResult | 'pending' | null> {
    const job = this.jobs.get(ticketId);
    if (!job || job.deviceId !== deviceId) return null;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'pending'>((resolve) => {
      timer = setTimeout(() => resolve('pending'), waitMs);
    });
    try {
      return await Promise.race([job.done, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Prints a waiting ticket again (the administrator's «перепечатать», DESIGN §5): on the kiosk named,
   * else the kiosk that issued it, else the first kiosk with a printer.
   */
  async reprint(ticketId: string, deviceId: string | null, by: Actor): Promise<ReprintOutcome> {
    const { state } = this.runtime;
    const ticket = state.tickets[ticketId];
    if (!ticket) return { ok: false, code: 'unknown_ticket', details: { ticketId } };
    if (ticket.state !== 'waiting') {
      return {
        ok: false,
        code: 'ticket_not_waiting',
        details: { ticket: ticket.number, state: ticket.state },
      };
    }
    const issuer = this.issuedBy.get(ticketId);
    const chosen =
      deviceId ??
      (issuer && this.kioskWithPrinter(issuer) ? issuer : undefined) ??
      this.store.file.devices.find((d) => this.kioskWithPrinter(d.id))?.id;
    if (!chosen || !this.kioskWithPrinter(chosen)) {
      return { ok: false, code: 'no_printer', details: { deviceId: chosen ?? '' } };
    }
    const content = ticketPrintContent(state, ticket, this.runtime.clock(), this.ownUrl());
    const done = this.enqueue(chosen, ticketId, content, by);
    this.remember(ticketId, { deviceId: chosen, done });
    return { ok: true, result: await done };
  }
}
