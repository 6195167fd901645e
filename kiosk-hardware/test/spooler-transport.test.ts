import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spoolerCommand, spoolerTransport } from '../src/transports/spooler-transport.js';

/**
 * Printing through the system's spooler (issue 15). CUPS' scheduler is not run here: the transport is
 * tested with a stand-in `lp` (a shell script) that keeps its arguments and the bytes it was given, so
 * what is checked is the command the kiosk runs and the bytes it hands over, and how each answer of the
 * spooler's client is reported. Against a real CUPS raw queue it is the same command (docs/HARDWARE.md).
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const fakeLp = (body: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-lp-'));
  dirs.push(dir);
  const path = join(dir, 'lp');
  writeFileSync(path, `#!/bin/sh\n${body.replaceAll('$DIR', dir)}\n`);
  chmodSync(path, 0o755);
  return { dir, path };
};

// ESC @, text, a full cut: every byte value a ticket may hold, 0x00 and 0xff included.
const ticket = Uint8Array.from([0x1b, 0x40, ...Buffer.from('П001'), 0x00, 0xff, 0x0a, 0x1d, 0x56, 0x00]);

describe('the spooler transport', () => {
  it('hands the ticket’s bytes unchanged to lp as a raw job for the queue', async () => {
    const lp = fakeLp(`printf '%s\\n' "$@" > $DIR/args; cat > $DIR/job.bin`);
    const result = await spoolerTransport({ queue: 'kiosk_printer', command: lp.path }).send(ticket);
    expect(result).toEqual({ status: 'printed' });
    expect(readFileSync(join(lp.dir, 'args'), 'utf8').trim().split('\n')).toEqual([
      '-d',
      'kiosk_printer',
      '-o',
      'raw',
      '-t',
      'ticket',
      '-s',
    ]);
    expect(Uint8Array.from(readFileSync(join(lp.dir, 'job.bin')))).toEqual(ticket);
  });

  it('reports the spooler’s refusal with what it said', async () => {
    const lp = fakeLp(`cat > /dev/null; echo 'lp: The printer or class does not exist.' >&2; exit 1`);
    const result = await spoolerTransport({ queue: 'missing', command: lp.path }).send(ticket);
    expect(result.status).toBe('error');
    expect(result.detail).toContain('The printer or class does not exist.');
  });

  it('reports a kiosk without a spooler client as offline', async () => {
    const result = await spoolerTransport({ queue: 'kiosk', command: '/nonexistent/lp' }).send(ticket);
    expect(result.status).toBe('offline');
  });

  it('stops waiting for a spooler that does not answer', async () => {
    const lp = fakeLp('exec sleep 30');
    const result = await spoolerTransport({ queue: 'kiosk', command: lp.path, timeoutMs: 300 }).send(ticket);
    expect(result.status).toBe('timed_out');
  });

  it('never runs a queue name that is not one (an option, spaces, a path)', async () => {
    for (const queue of ['-o', 'a b', '../x', '', 'x#y'])
      expect(() => spoolerCommand(queue)).toThrow('not a printer queue name');
    const lp = fakeLp('touch $DIR/ran; cat > /dev/null');
    const result = await spoolerTransport({ queue: '-U root', command: lp.path }).send(ticket);
    expect(result.status).toBe('error');
    expect(() => readFileSync(join(lp.dir, 'ran'))).toThrow();
  });
});
