import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { migrate } from '@queue/central-db';
import { type PresetId, addDays } from '@queue/engine';
import { collectFacts, companyReport, presetOf } from '@queue/reports-engine';
import { loadDayProfile, simulateDay } from '@queue/simulator';
import pg from 'pg';
import { packDayFacts } from '../../apps/central/src/server/reports/day-facts-codec.js';
import { CompanyFacts } from '../../apps/central/src/server/reports/day-facts.js';
import { startPostgres } from '../../test/support/postgres.js';
const CACHE = '/tmp/h-central-scratch/facts-5x30.json';
const PRESETS: PresetId[] = ['default', 'gazprom-bryansk', 'gazprom-tyumen', 'belgorod', 'vostok'];
const first = '2026-10-01';
if (!existsSync(CACHE)) {
  const profile = loadDayProfile('normal');
  const all: Record<string, { day: string; facts: string }[]> = {};
  for (const preset of PRESETS) {
    all[preset] = [];
    for (let d = 0; d < 30; d++) {
      const date = addDays(first, d);
      const t = performance.now();
      const o = simulateDay({
        preset,
        profile: { ...profile, id: date, date },
        seed: 100 + d,
        policy: 'pipeline',
        extraStaff: true,
        recordEvents: true,
      });
      const c = collectFacts(o.eventLog, o.finalState.config);
      const { labels, config, ...facts } = c;
      all[preset].push({
        day: date,
        facts: JSON.stringify(
          packDayFacts({ facts: { ...facts, windowTime: [] }, labels, preset: presetOf(config) }),
        ),
      });
      if (d === 0) console.log(preset, 'day sim ms', performance.now() - t);
    }
  }
  writeFileSync(CACHE, JSON.stringify(all));
}
const all = JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, { day: string; facts: string }[]>;
console.log('bytes per office-day', all.default![0]!.facts.length);
const postgres = await startPostgres();
try {
  const url = await postgres.createDatabase('prof');
  const db = new pg.Pool({ connectionString: url, max: 3 });
  const c = await db.connect();
  await migrate(c);
  c.release();
  for (let o = 0; o < 50; o++) {
    const preset = PRESETS[o % 5]!;
    const id = `office-${o}`;
    await db.query('INSERT INTO offices (id, name, preset_id) VALUES ($1,$2,$3)', [id, `ЦОК №${o}`, preset]);
    for (const d of all[preset]!)
      await db.query(
        'INSERT INTO office_day_facts (office_id, day, through_seq, facts) VALUES ($1,$2,1,$3)',
        [id, d.day, JSON.stringify(packDayFacts(JSON.parse(d.facts)))],
      );
  }
  const facts = new CompanyFacts(db);
  for (let i = 0; i < 1; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const offices = await facts.load(first, addDays(first, 29), Date.now());
    const t1 = performance.now();
    const cpu0 = process.cpuUsage(c0);
    console.log(
      'load',
      (t1 - t0).toFixed(0),
      'ms; cpu',
      ((cpu0.user + cpu0.system) / 1000).toFixed(0),
      'heap MB',
      (process.memoryUsage().heapUsed / 1e6).toFixed(0),
    );
    for (const groupBy of [] as const) {
      const t2 = performance.now();
      const c2 = process.cpuUsage();
      companyReport(offices, { from: first, to: addDays(first, 29), groupBy });
      const cpu = process.cpuUsage(c2);
      console.log(
        '  report',
        groupBy,
        'wall',
        (performance.now() - t2).toFixed(0),
        'cpu',
        ((cpu.user + cpu.system) / 1000).toFixed(0),
      );
    }
  }
  await db.end();
} finally {
  await postgres.destroy();
}
