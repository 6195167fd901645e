import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficeEvent } from '@queue/engine';
import type { CommandInput } from '@queue/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { officeCommand } from './support/office-command.js';
import { TestOfficeServer, until } from './support/test-office.js';

/** Every event in an office's data folder (archive, then live), by seq. */
const eventsIn = (dataDir: string): Map<number, string> => {
  const files = [
    ...readdirSync(join(dataDir, 'events', 'archive'))
      .sort()
      .map((f) => join(dataDir, 'events', 'archive', f)),
    join(dataDir, 'events', 'live.jsonl'),
  ];
  const bySeq = new Map<number, string>();
  for (const file of files)
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean))
      bySeq.set((JSON.parse(line) as OfficeEvent).seq, line);
  return bySeq;
};

const offices: TestOfficeServer[] = [];
afterEach(async () => {
  for (const office of offices.splice(0)) await office.stop();
});

const ticket = (serviceId: string): CommandInput => ({
  type: 'ticket.issue',
  serviceIds: [serviceId],
  clientType: 'individual',
  priority: null,
  source: 'administrator',
});

describe('backup and restore of a running office', () => {
  it('copies an office under load to one seq, restores it, and the restored office holds every acknowledged event up to it', async () => {
    const office = await TestOfficeServer.start();
    offices.push(office);
    const admin = await office.staff('admin', '1111');
    const operators = [await office.staff('op1', '1234'), await office.staff('op2', '2345')];
    for (const [i, op] of operators.entries())
      expect((await op.send({ type: 'window.open', windowId: `w${i + 1}`, services: null })).ok).toBe(true);

    // Real clients keep the office busy: the administrator issues tickets, two operators call and finish.
    const acked: number[] = [];
    let running = true;
    const load = async (send: () => Promise<{ ok: boolean; result?: { seq: number } }>) => {
      while (running) {
        const response = await send();
        if (response.ok && response.result) acked.push(response.result.seq);
      }
    };
    const loops = [
      load(() => admin.send(ticket('readings')) as never),
      ...operators.map((op, i) =>
        load(() => op.send({ type: 'ticket.callNext', windowId: `w${i + 1}` }) as never),
      ),
      ...operators.map((op, i) =>
        load(() => op.send({ type: 'ticket.finish', windowId: `w${i + 1}`, result: 'resolved' }) as never),
      ),
    ];
    await until(() => acked.length >= 30, 20_000);

    const backups = mkdtempSync(join(tmpdir(), 'office-backups-'));
    const ackedBefore = Math.max(...acked);
    const backup = await officeCommand(['backup', '--data-dir', office.dataDir, '--to', backups]);
    const ackedDuring = acked.length;
    await until(() => acked.length >= ackedDuring + 10, 20_000); // the office went on working after it
    running = false;
    await Promise.all(loops);
    expect(backup.code, backup.output).toBe(0);

    const [folder] = readdirSync(backups);
    const manifest = JSON.parse(readFileSync(join(backups, folder!, 'manifest.json'), 'utf8')) as {
      seq: number;
      files: { path: string }[];
    };
    // Everything acknowledged before the backup began is in it; the office went on past it.
    expect(manifest.seq).toBeGreaterThanOrEqual(ackedBefore);
    expect(Math.max(...acked)).toBeGreaterThan(manifest.seq);
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['office.json', 'events/live.jsonl']),
    );

    const restoredDir = join(mkdtempSync(join(tmpdir(), 'office-restored-')), 'office');
    const restore = await officeCommand([
      'restore',
      '--from',
      join(backups, folder!),
      '--data-dir',
      restoredDir,
    ]);
    expect(restore.code, restore.output).toBe(0);

    // The original's events up to the backup's seq, byte for byte, in the restored office.
    const original = eventsIn(office.dataDir);
    const restoredEvents = eventsIn(restoredDir);
    expect(Math.max(...restoredEvents.keys())).toBe(manifest.seq);
    for (let seq = 1; seq <= manifest.seq; seq++) expect(restoredEvents.get(seq)).toBe(original.get(seq));
    for (const seq of acked.filter((s) => s <= manifest.seq)) expect(restoredEvents.has(seq)).toBe(true);

    // And it runs: a server on the restored folder starts at that seq and takes commands.
    const restored = await TestOfficeServer.start({ dataDir: restoredDir });
    offices.push(restored);
    expect(restored.server.runtime.state.seq).toBeGreaterThanOrEqual(manifest.seq);
    const again = await restored.staff('admin', '1111');
    expect((await again.send(ticket('readings'))).ok).toBe(true);
  });

  it('refuses a damaged backup and restores nothing', async () => {
    const office = await TestOfficeServer.start();
    offices.push(office);
    const admin = await office.staff('admin', '1111');
    expect((await admin.send(ticket('readings'))).ok).toBe(true);
    const backups = mkdtempSync(join(tmpdir(), 'office-backups-'));
    expect((await officeCommand(['backup', '--data-dir', office.dataDir, '--to', backups])).code).toBe(0);
    const [folder] = readdirSync(backups);
    const live = join(backups, folder!, 'events', 'live.jsonl');
    writeFileSync(live, readFileSync(live, 'utf8').replace('"readings"', '"payment!"'));
    const target = join(mkdtempSync(join(tmpdir(), 'office-restored-')), 'office');
    const restore = await officeCommand(['restore', '--from', join(backups, folder!), '--data-dir', target]);
    expect(restore.code).toBe(1);
    expect(restore.output).toContain('events/live.jsonl does not match the manifest');
    expect(() => readdirSync(target)).toThrow();
  });

  it('restores only into a new folder, never over an office', async () => {
    const office = await TestOfficeServer.start();
    offices.push(office);
    const backups = mkdtempSync(join(tmpdir(), 'office-backups-'));
    expect((await officeCommand(['backup', '--data-dir', office.dataDir, '--to', backups])).code).toBe(0);
    const [folder] = readdirSync(backups);
    const restore = await officeCommand([
      'restore',
      '--from',
      join(backups, folder!),
      '--data-dir',
      office.dataDir,
    ]);
    expect(restore.code).toBe(1);
    expect(restore.output).toContain('is not empty');
  });
});
