import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeEvent } from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { cashTicket } from '../../../test/support/cash-ticket.js';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { readAuditLog } from '../src/transport/audit-log.js';

/**
 * Issue 13: an exception that is not a storage failure, thrown once a command's events are stored (a
 * listener, a projection), neither crashes the server nor hangs the command nor refuses what was
 * stored: the command is acknowledged, the fault is audited, and the office goes on. One thrown before
 * the write refuses the command with `internal`, nothing stored. Real server, real Socket.IO client.
 */
let office: TestOfficeServer | undefined;
afterEach(async () => {
  await office?.stop();
  office = undefined;
});

// Before the office's first event (its day opens on the first command or tick) there is no log yet.
const storedSeqs = (dataDir: string): number[] =>
  (existsSync(join(dataDir, 'events', 'live.jsonl'))
    ? readFileSync(join(dataDir, 'events', 'live.jsonl'), 'utf8')
    : ''
  )
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as OfficeEvent).seq);

describe('a fault after the write', () => {
  it('a listener of new events that throws: the ticket is acknowledged, stored, audited, and the next one works', async () => {
    office = await TestOfficeServer.start();
    const admin = await office.staff('admin', '1111');
    let thrown = 0;
    office.server.runtime.onEvents((events) => {
      if (events.some((e) => e.type === 'ticket.issued')) {
        thrown += 1;
        throw new Error('a listener went wrong');
      }
    });
    const first = await admin.send(cashTicket);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(thrown).toBe(1);
    expect(first.result.ticket?.number).toBeTruthy();
    expect(office.server.runtime.state.seq).toBe(first.result.seq);
    expect(storedSeqs(office.dataDir)).toContain(first.result.seq);
    const second = await admin.send(cashTicket);
    expect(second.ok && second.result.seq).toBeGreaterThan(first.result.seq);
    const faults = readAuditLog(join(office.dataDir, 'audit.jsonl')).filter(
      (e) => e.kind === 'internal_after_store',
    );
    expect(faults).toHaveLength(2);
    expect(String(faults[0]?.error)).toContain('a listener went wrong');
    // The same state after a restart: what was acknowledged is what the log holds.
    const seq = office.server.runtime.state.seq;
    await office.restart();
    expect(office.server.runtime.state.seq).toBe(seq);
  });

  it('a projection that throws: acknowledged, the state moves on, the public view still serves', async () => {
    office = await TestOfficeServer.start();
    const admin = await office.staff('admin', '1111');
    const shift = office.server.runtime.shift;
    const observe = shift.observe.bind(shift);
    shift.observe = () => {
      throw new Error('a projection went wrong');
    };
    const response = await admin.send(cashTicket);
    shift.observe = observe;
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(office.server.runtime.state.seq).toBe(response.result.seq);
    expect(Object.keys(office.server.runtime.state.tickets)).toContain(response.result.ticket?.id);
    const health = await fetch(`${office.url}/health`);
    expect(health.status).toBe(200);
  });

  it('the acknowledgement’s own figures failing: acknowledged with the stored seq, not refused', async () => {
    office = await TestOfficeServer.start();
    const admin = await office.staff('admin', '1111');
    const runtime = office.server.runtime;
    // The ticket's forecast reads the moment of the last run; make reading it fail once, after the write.
    const lastRunAt = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(runtime), 'lastRunAt')!;
    let armed = true;
    Object.defineProperty(runtime, 'lastRunAt', {
      configurable: true,
      get() {
        if (armed) {
          armed = false;
          throw new Error('the forecast went wrong');
        }
        return lastRunAt.get!.call(runtime);
      },
    });
    const before = runtime.state.seq;
    const response = await admin.send(cashTicket);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.result.seq).toBeGreaterThan(before);
    expect(storedSeqs(office.dataDir)).toContain(response.result.seq);
    expect(response.result.events.map((e) => e.type)).toContain('ticket.issued');
  });
});

describe('a fault before the write', () => {
  it('is refused with internal, stores nothing, and the server keeps answering', async () => {
    office = await TestOfficeServer.start();
    const admin = await office.staff('admin', '1111');
    const runtime = office.server.runtime;
    const run = runtime.run.bind(runtime);
    runtime.run = () => {
      throw new TypeError('the engine went wrong');
    };
    const before = storedSeqs(office.dataDir);
    const response = await admin.send(cashTicket);
    runtime.run = run;
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('internal');
    expect(storedSeqs(office.dataDir)).toEqual(before);
    expect((await admin.send(cashTicket)).ok).toBe(true);
  });
});
