/**
 * A receipt printer in software: a TCP server on the printer port that reads ESC/POS, answers status
 * queries, and keeps the tickets it "printed" as text. Development and tests point the real printing
 * code at it over a real socket (DESIGN.md §6).
 */
import { EventEmitter } from 'node:events';
import { createServer, type Socket } from 'node:net';
import type { CodePage } from '../codepage.js';
import type { DecodedTicket } from './decoded-ticket.js';
import { EscPosDecoder } from './escpos-decoder.js';

export interface VirtualPrinterOptions {
  /** 0 or absent: any free port. */
  port?: number;
  host?: string;
  /** The table in force before the job selects one with ESC t; absent models a stock PC437 printer. */
  codePage?: CodePage;
  /** Start with the paper roll empty: status queries say so and nothing is printed. */
  paperOut?: boolean;
  /**
   * `false`: a printer that ignores DLE EOT over the network (many do) — it prints, but never answers
   * a status query, so a client that waits for the answer times out.
   */
  answersStatus?: boolean;
}

export interface VirtualPrinter {
  readonly port: number;
  readonly host: string;
  /** Every ticket printed so far, oldest first. */
  tickets(): DecodedTicket[];
  /**
   * 'ticket': a ticket came out (at its cut). 'discarded': a job was read while the roll was empty, so
   * nothing came out. Returns a function that stops the calls.
   */
  on(event: 'ticket' | 'discarded', listener: (ticket: DecodedTicket) => void): () => void;
  /** The next ticket to be printed; rejects when none comes within the time. */
  waitForTicket(timeoutMs?: number): Promise<DecodedTicket>;
  /** Empties or refills the paper roll while running. */
  setPaperOut(paperOut: boolean): void;
  /** The roll's near-end sensor: paper still prints, the status query says it is running out. */
  setPaperNearEnd(nearEnd: boolean): void;
  close(): Promise<void>;
}

export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  let paperOut = options.paperOut ?? false;
  let paperNearEnd = false;
  const answersStatus = options.answersStatus ?? true;
  const printed: DecodedTicket[] = [];
  const events = new EventEmitter();
  const sockets = new Set<Socket>();

  const server = createServer((socket) => {
    sockets.add(socket);
    const decoder = new EscPosDecoder({
      defaultCodePage: options.codePage,
      isPaperOut: () => paperOut,
      isPaperNearEnd: () => paperNearEnd,
      respond: (bytes) => {
        if (answersStatus && socket.writable) socket.write(bytes);
      },
      onTicket: (ticket) => {
        // A printer without paper prints nothing; the bytes were still read, so the stream stays in step.
        if (paperOut) {
          events.emit('discarded', ticket);
          return;
        }
        printed.push(ticket);
        events.emit('ticket', ticket);
      },
    });
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      decoder.finish();
    };
    socket.on('data', (chunk) => decoder.push(chunk));
    socket.on('end', () => {
      finish();
      socket.end();
    });
    socket.on('close', () => {
      finish();
      sockets.delete(socket);
    });
    // A client that resets the connection is the client's problem, not the printer's.
    socket.on('error', () => {});
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('virtual printer: no TCP address');

  return {
    port: address.port,
    host,
    tickets: () => [...printed],
    on(event, listener) {
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    waitForTicket(timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('ticket', onTicket);
          reject(new Error(`virtual printer: no ticket within ${timeoutMs} ms`));
        }, timeoutMs);
        const onTicket = (ticket: DecodedTicket) => {
          clearTimeout(timer);
          resolve(ticket);
        };
        events.once('ticket', onTicket);
      });
    },
    setPaperOut(value) {
      paperOut = value;
    },
    setPaperNearEnd(value) {
      paperNearEnd = value;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
