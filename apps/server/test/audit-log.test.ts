import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALWAYS_OPEN, demoOffice } from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';
import { StorageHealth } from '../src/storage/storage-health.js';
import { AuditLog, auditFiles, readAuditLog } from '../src/transport/audit-log.js';

/**
 * The audit log (issues 13 and 15): start-up cuts a torn last line and says what it cut, as it does the
 * event logs'; the file is rotated by size, and a reader finds every entry across the rotated files.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  dirs.push(dir);
  return dir;
};
const entry = (n: number) => `${JSON.stringify({ at: '2026-11-23T07:00:00.000Z', kind: 'forbidden', n })}\n`;

describe('start-up repair of the audit log', () => {
  it('a real server cuts a torn audit line, says so in its log, and appends after the whole lines', async () => {
    const dataDir = folder();
    const path = join(dataDir, 'audit.jsonl');
    const whole = entry(1) + entry(2);
    const torn = '{"at":"2026-11-23T07:00:01.000Z","kind":"login_fai';
    writeFileSync(path, whole + torn);
    const said: string[] = [];
    const server = await startServer({
      dataDir,
      config: demoOffice({ hours: ALWAYS_OPEN }),
      log: (line) => said.push(line),
    });
    try {
      expect(readFileSync(path, 'utf8')).toBe(whole);
      const cut = said.filter((line) => line.includes(path));
      expect(cut).toHaveLength(1);
      expect(cut[0]).toContain(`cut ${torn.length} bytes at byte ${Buffer.byteLength(whole)}`);
      expect(cut[0]).toContain('login_fai');
      // A wrong PIN is audited: the new entry follows the whole lines, not the fragment.
      const refused = await fetch(`${server.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'op1', pin: '0000' }),
      });
      expect(refused.status).toBe(401);
      const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      await server.close();
    }
  });

  it('leaves a whole audit log alone and says nothing', () => {
    const dir = folder();
    const path = join(dir, 'audit.jsonl');
    writeFileSync(path, entry(1));
    const said: string[] = [];
    new AuditLog(path, Date.now, new StorageHealth(dir, Date.now), { say: (l) => said.push(l) }).close();
    expect(readFileSync(path, 'utf8')).toBe(entry(1));
    expect(said).toEqual([]);
  });
});

describe('rotation of the audit log', () => {
  it('closes a full file as audit.N.jsonl, keeps the newest few, and the reader finds every kept entry in order', () => {
    const dir = folder();
    const path = join(dir, 'audit.jsonl');
    const health = new StorageHealth(dir, Date.now);
    // About 60 bytes an entry: a new file every three entries or so.
    const audit = new AuditLog(path, () => Date.parse('2026-11-23T07:00:00Z'), health, {
      maxBytes: 150,
      keep: 3,
    });
    for (let n = 1; n <= 20; n++) audit.write({ kind: 'forbidden', n });
    audit.close();
    const names = readdirSync(dir).sort();
    expect(names.filter((name) => /^audit\.\d+\.jsonl$/.test(name))).toHaveLength(3);
    for (const file of auditFiles(path).slice(0, -1))
      expect(readFileSync(file).length).toBeGreaterThanOrEqual(150);
    const ns = readAuditLog(path).map((e) => e.n as number);
    // The newest entry is there, every kept one once and in order, the oldest files gone.
    expect(ns.at(-1)).toBe(20);
    expect(ns).toEqual(Array.from({ length: ns.length }, (_, i) => 21 - ns.length + i));
    expect(ns.length).toBeLessThan(20);
    expect(ns.length).toBeGreaterThanOrEqual(9);
    expect(health.status.failedWrites).toBe(0);
  });

  it('numbers on after a restart, never reusing a closed file’s name', () => {
    const dir = folder();
    const path = join(dir, 'audit.jsonl');
    const health = new StorageHealth(dir, Date.now);
    const first = new AuditLog(path, Date.now, health, { maxBytes: 100, keep: 50 });
    for (let n = 1; n <= 6; n++) first.write({ kind: 'forbidden', n });
    first.close();
    const before = auditFiles(path).length;
    const second = new AuditLog(path, Date.now, health, { maxBytes: 100, keep: 50 });
    for (let n = 7; n <= 12; n++) second.write({ kind: 'forbidden', n });
    second.close();
    expect(auditFiles(path).length).toBeGreaterThan(before);
    expect(readAuditLog(path).map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
