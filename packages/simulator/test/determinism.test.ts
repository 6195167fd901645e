import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayStatistics, loadDayProfile, simulateDay } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const peak = loadDayProfile('meter-reading-peak');

describe('same seed, same numbers', () => {
  it('two runs of a peak day with the same seed give identical outcomes; another seed does not', () => {
    const run = (seed: number) =>
      simulateDay({ preset: 'gazprom-tyumen', profile: peak, seed, policy: 'pipeline', staffing: 'product' });
    const a = run(3);
    const b = run(3);
    expect(b.visits).toEqual(a.visits);
    expect(b.episodes).toEqual(a.episodes);
    expect(b.reserve).toEqual(a.reserve);
    expect(b.finalState).toEqual(a.finalState);
    expect(a.unexpectedRefusals).toEqual({});
    expect(a.visits.length).toBeGreaterThan(300);
    expect(dayStatistics(run(4))).not.toEqual(dayStatistics(a));
    // Three whole peak days: 41 s once with other test runs on this 2-core machine.
  }, 120_000);

  it('every ordering meets the very same visitors', () => {
    const visitors = (policy: 'pipeline' | 'novosga') =>
      simulateDay({ preset: 'default', profile: peak, seed: 5, policy, staffing: 'none' }).visits.map(
        (v) => v.visitor,
      );
    expect(visitors('novosga')).toEqual(visitors('pipeline'));
  });

  it('`npm run simulate` prints the same bytes twice, and only results', () => {
    const args = [
      '--import',
      'tsx',
      'scripts/simulate.ts',
      '--preset',
      'belgorod',
      '--day',
      'meter-reading-peak',
    ];
    const simulate = () =>
      execFileSync(process.execPath, [...args, '--policy', 'pipeline,qsystem', '--staffing', 'product'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const once = simulate();
    const twice = simulate();
    expect(twice).toBe(once);
    expect(once).toContain('| QSystem | the product |');
    expect(once).not.toMatch(/\d+(\.\d+)? ?(ms|s)\b/);
  }, 120_000);

  it('`npm run simulate -- --claim` prints, for each preset, the claim line and the floor line, the same bytes twice', () => {
    const claim = () =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/simulate.ts', '--claim', '--seeds', '1', '--preset', 'default,belgorod'],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const once = claim();
    expect(claim()).toBe(once);
    const lines = once.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^claim default: p90 below every peer on [01]\/1 seeds, max wait no worse on [01]\/1$/,
    );
    expect(lines[1]).toMatch(
      /^floor default: pooled p90 \d+\.\d min, product \d+\.\d min at equal staff-minutes, ratio \d+\.\d\d$/,
    );
    expect(lines[2]).toMatch(/^claim belgorod: /);
    expect(lines[3]).toMatch(/^floor belgorod: /);
  }, 300_000);
});
