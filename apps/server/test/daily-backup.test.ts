import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zonedTimeToEpoch } from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { DailyBackup } from '../src/backup/daily-backup.js';
import { checkBackup } from '../src/backup/office-restore.js';

let office: TestOfficeServer;
afterEach(async () => {
  await office?.stop();
});

describe('the daily backup', () => {
  it('runs once a day after its time, into the configured folder, and keeps the newest N', async () => {
    office = await TestOfficeServer.start();
    const dir = mkdtempSync(join(tmpdir(), 'office-daily-'));
    const tz = office.server.runtime.state.config.timeZone;
    let now = zonedTimeToEpoch('2026-03-02', '22:00', tz);
    const logged: Record<string, unknown>[] = [];
    const daily = new DailyBackup(
      office.dataDir,
      { dir, keep: 2, at: '23:30' },
      () => ({ id: office.server.runtime.state.config.id, timeZone: tz }),
      () => now,
      (entry) => logged.push(entry),
    );
    await daily.runIfDue();
    expect(readdirSync(dir)).toEqual([]); // before its time

    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
      now = zonedTimeToEpoch(day, '23:31', tz);
      await daily.runIfDue();
      await daily.runIfDue(); // the same day again: nothing more
    }
    const kept = readdirSync(dir).sort();
    expect(kept).toHaveLength(2);
    const manifests = await Promise.all(kept.map((name) => checkBackup(join(dir, name))));
    expect(manifests.map((m) => m.createdAt.slice(0, 10))).toEqual(['2026-03-03', '2026-03-04']);
    expect(logged.filter((e) => e.msg === 'daily backup made')).toHaveLength(3);
    expect(logged.at(-1)).toMatchObject({ removed: [expect.stringContaining(dir)] });
  });
});
