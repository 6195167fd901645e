import { execFileSync } from 'node:child_process';
import { constants, existsSync, openSync, closeSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderTicketEscPos } from '../src/escpos-ticket.js';
import { printTicket } from '../src/print-ticket.js';
import { deviceFileTransport } from '../src/transports/device-file-transport.js';
import { transportFor } from '../src/transports/printer-connection.js';
import { options, SAMPLE_PRINT } from './sample-ticket.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-lp-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('device-file transport', () => {
  it('writes exactly the ticket bytes to the device file', async () => {
    const device = join(dir, 'lp0');
    await writeFile(device, '');
    const result = await printTicket(SAMPLE_PRINT, options(), deviceFileTransport({ path: device }));
    expect(result).toEqual({ status: 'printed' });
    expect((await readFile(device)).equals(renderTicketEscPos(SAMPLE_PRINT, options()))).toBe(true);
  });

  it('is what a kiosk gets from a device-file connection in its configuration', async () => {
    const device = join(dir, 'lp0');
    await writeFile(device, '');
    const transport = transportFor({ kind: 'device-file', path: device });
    expect(transport.description).toBe(`file:${device}`);
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('printed');
    expect((await readFile(device)).length).toBeGreaterThan(100);
  });

  it('is offline when the device node is missing, and does not create a file in its place', async () => {
    const device = join(dir, 'lp1');
    const result = await printTicket(SAMPLE_PRINT, options(), deviceFileTransport({ path: device }));
    expect(result.status).toBe('offline');
    expect(existsSync(device)).toBe(false);
  });

  it('is an error when the path is not writable as a device (a directory)', async () => {
    const result = await printTicket(SAMPLE_PRINT, options(), deviceFileTransport({ path: dir }));
    expect(result.status).toBe('error');
  });

  it('is timed_out when the device does not take the bytes (a FIFO nobody reads)', async () => {
    const fifo = join(dir, 'stalled');
    execFileSync('mkfifo', [fifo]);
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      deviceFileTransport({ path: fifo, timeoutMs: 150 }),
    );
    expect(result.status).toBe('timed_out');
    // Release the blocked open so the worker thread is not left waiting forever.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    await new Promise((resolve) => setTimeout(resolve, 20));
    closeSync(reader);
  });
});
