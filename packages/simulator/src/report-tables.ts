import type { Measure, PresetClaim, SeedClaim } from './claim.js';
import { PEERS } from './claim.js';
import type { RunResult } from './comparison.js';
import type { DayProfile } from './day-profile.js';
import type { ForecastError } from './day-statistics.js';
import { POLICY_TITLES } from './ordering-policies.js';
import { type PairedDifference, pairedDifference } from './paired-difference.js';
import type { StaffingRule } from './staffing-rule.js';

/**
 * What `npm run simulate` prints: markdown tables ready for docs/BENCHMARKS.md, and the claim's lines.
 * Only results: no timings, no dates, so two runs with the same seed print the same bytes.
 */

const num = (value: number | null, digits = 1): string =>
  value === null || Number.isNaN(value) ? '—' : value.toFixed(digits);
const pct = (value: number): string => `${Math.round(value * 100)} %`;
const signed = (value: number, digits = 1) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: string[][]): string[] => [
  row(header),
  row(header.map(() => '---')),
  ...rows.map(row),
];

export const STAFFING_TITLES: Record<StaffingRule, string> = {
  none: 'nobody comes',
  'count-rule': '002 п.55 by hand',
  product: 'the product',
};

const forecastCell = (f: ForecastError) =>
  `${num(f.maeMin)} (${f.biasMin !== null && f.biasMin >= 0 ? '+' : ''}${num(f.biasMin)})`;

export const dayTable = (profile: DayProfile, results: RunResult[]): string => {
  const first = results[0];
  if (!first) return '';
  const s = first.stats;
  const lines = [
    `### ${profile.titleEn} (${profile.date}) · \`${first.preset}\` · seed ${first.seed}`,
    '',
    `${s.visitors} visitors (arrivals ×${first.loadScale.toFixed(2)} of the profile), ` +
      `${s.noShows} no-shows, ${s.transfers} transfers, ${s.outOfTurn.visitors} out of turn. Minutes.`,
    '',
  ];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const r of results) {
    const st = r.stats;
    rows.push([
      POLICY_TITLES[r.policy],
      STAFFING_TITLES[r.staffing],
      num(st.waitMin.mean),
      num(st.waitMin.median),
      num(st.waitMin.p90),
      num(st.waitMin.max),
      pct(st.withinWaitNorm),
      num(st.serviceMin.mean),
      pct(st.withinServiceNorm),
      num(st.outOfTurn.maxWaitMin),
      `${st.overload.episodes} (${st.overload.answered})`,
      num(st.overload.staffMinutes, 0),
      num(st.staffMinutes, 0),
      forecastCell(st.forecast),
      forecastCell(st.forecast.naive),
      forecastCell(st.forecast.withoutWalk),
    ]);
    const refusals = Object.entries(r.unexpectedRefusals);
    if (refusals.length > 0)
      notes.push(
        `> ${POLICY_TITLES[r.policy]}, ${STAFFING_TITLES[r.staffing]}: unexpected refusals ${refusals.map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      );
    if (st.unserved > 0)
      notes.push(
        `> ${POLICY_TITLES[r.policy]}, ${STAFFING_TITLES[r.staffing]}: ${st.unserved} visitors still waiting when the day stopped (counted with their wait so far)`,
      );
  }
  lines.push(
    ...table(
      [
        'Ordering',
        'Extra staff',
        'Wait avg',
        'Median',
        'P90',
        'Max',
        '≤ wait norm',
        'Service avg',
        '≤ service norm',
        'Out-of-turn max',
        'Engine calls (answered)',
        'Reserve min',
        'Staff min',
        'Forecast MAE (bias)',
        'Naive MAE (bias)',
        'Without the walk MAE (bias)',
      ],
      rows,
    ),
  );
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n');
};

/** The two lines issue 20 asks `--claim` to print for each preset. */
export const claimLines = (claim: PresetClaim): string[] => {
  const n = claim.seeds.length;
  return [
    `claim ${claim.preset}: p90 below every peer on ${claim.p90Wins}/${n} seeds, max wait no worse on ${claim.maxNoWorse}/${n}`,
    `floor ${claim.preset}: pooled p90 ${num(claim.floor.pooledP90)} min, product ${num(claim.floor.productP90)} min at equal staff-minutes, ratio ${num(claim.floor.ratio, 2)}`,
  ];
};

const ci = (d: PairedDifference, digits = 1) =>
  `${signed(d.mean, digits)} [${signed(d.low, digits)}, ${signed(d.high, digits)}]`;

/** Paired differences, product − each peer, per measure, with 95 % confidence intervals. */
export const claimDifferences = (claim: PresetClaim): string => {
  const cells = (label: string, v: Record<Measure, PairedDifference>) => [
    label,
    ci(v.p90),
    ci(v.max),
    ci(v.withinNorm),
    ci(v.outOfTurnMax),
    ci(v.staffMinutes, 0),
  ];
  const rows = ([...PEERS, 'orderingAlone'] as const).map((other) =>
    cells(
      other === 'orderingAlone'
        ? 'product pipeline + 002 п.55 by hand'
        : `${POLICY_TITLES[other]} + 002 п.55 by hand`,
      claim.versus[other],
    ),
  );
  rows.push(
    cells(
      '(the ordering alone: product pipeline − FIFO per topic, both + 002 п.55 by hand)',
      claim.orderingVsFifo,
    ),
  );
  return [
    `Product − other, mean over ${claim.seeds.length} seeds [95 % CI]; negative = the product waits less or staffs less.`,
    '',
    ...table(
      ['Against', 'P90, min', 'Max, min', '≤ wait norm, pp', 'Out-of-turn max, min', 'Staff-minutes'],
      rows,
    ),
  ].join('\n');
};

/** Every seed: the product, each peer, the floor. */
export const claimSeedTable = (claim: PresetClaim): string => {
  const rows = claim.seeds.map((s: SeedClaim) => [
    String(s.seed),
    `${num(s.product.waitMin.p90)} / ${num(s.product.waitMin.max)} / ${num(s.product.outOfTurn.maxWaitMin)} / ${num(s.product.staffMinutes, 0)}`,
    ...PEERS.map(
      (p) =>
        `${num(s.peers[p].waitMin.p90)} / ${num(s.peers[p].waitMin.max)} / ${num(s.peers[p].outOfTurn.maxWaitMin)} / ${num(s.peers[p].staffMinutes, 0)}`,
    ),
    num(s.floor.waitMin.p90),
    s.p90BelowEveryPeer && s.maxNoWorse && s.outOfTurnNoWorse ? 'holds' : 'does not hold',
    `${num(s.product.forecast.maeMin)} / ${num(s.product.forecast.naive.maeMin)} (${num(s.product.forecast.biasMin)})`,
  ]);
  return [
    'P90 / max / out-of-turn max wait, minutes / staff-minutes.',
    '',
    ...table(
      [
        'Seed',
        'Product',
        ...PEERS.map((p) => `${POLICY_TITLES[p]} + 002 п.55`),
        'Pooled floor p90',
        'Claim',
        'Forecast MAE / naive (bias)',
      ],
      rows,
    ),
  ].join('\n');
};

/** One line per preset: how often each part of the target held. */
export const claimSummary = (claims: PresetClaim[]): string =>
  table(
    [
      'Preset',
      'Seeds',
      'P90 below every peer',
      'Max no worse',
      'Out-of-turn max no worse',
      'All three',
      'Pooled floor p90 → product p90 (ratio)',
      'Forecast MAE below naive',
      'Forecast MAE / naive, bias',
      'Without the walk: MAE, bias',
    ],
    claims.map((c) => [
      `\`${c.preset}\``,
      String(c.seeds.length),
      String(c.p90Wins),
      String(c.maxNoWorse),
      String(c.outOfTurnNoWorse),
      String(c.allHold),
      `${num(c.floor.pooledP90)} → ${num(c.floor.productP90)} (${num(c.floor.ratio, 2)})`,
      `${c.forecast.beatsNaive} of ${c.seeds.length}`,
      `${num(c.forecast.maeMin, 2)} / ${num(c.forecast.naiveMaeMin, 2)}, ${signed(c.forecast.biasMin, 2)}`,
      `${num(c.forecast.withoutWalk.maeMin, 2)}, ${signed(c.forecast.withoutWalk.biasMin, 2)}`,
    ]),
  ).join('\n');

/**
 * The kiosk's promise over the seeds, per day, preset, ordering and staffing: its mean absolute error
 * and bias, the same with the walk to the window left out (the same engine, the same visitors, the same
 * days), and the paired per-seed difference with its 95 % confidence interval (minutes; − = the walk
 * made the promise closer).
 */
export const forecastTable = (results: RunResult[]): string => {
  const groups = new Map<string, RunResult[]>();
  for (const r of results) {
    const key = [r.day, r.preset, r.policy, r.staffing].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const rows = [...groups.values()].map((runs) => {
    const first = runs[0]!;
    const f = runs.map((r) => r.stats.forecast);
    const withWalk = { mae: f.map((x) => x.maeMin ?? 0), bias: f.map((x) => x.biasMin ?? 0) };
    const without = {
      mae: f.map((x) => x.withoutWalk.maeMin ?? 0),
      bias: f.map((x) => x.withoutWalk.biasMin ?? 0),
    };
    return [
      first.day,
      `\`${first.preset}\``,
      POLICY_TITLES[first.policy],
      STAFFING_TITLES[first.staffing],
      String(runs.length),
      `${num(mean(without.mae), 2)} (${signed(mean(without.bias), 2)})`,
      `${num(mean(withWalk.mae), 2)} (${signed(mean(withWalk.bias), 2)})`,
      ci(pairedDifference(withWalk.mae.map((m, i) => m - without.mae[i]!)), 2),
      ci(pairedDifference(withWalk.bias.map((b, i) => b - without.bias[i]!)), 2),
      `${num(mean(f.map((x) => x.naive.maeMin ?? 0)), 2)} (${signed(mean(f.map((x) => x.naive.biasMin ?? 0)), 2)})`,
    ];
  });
  return table(
    [
      'Day',
      'Preset',
      'Ordering',
      'Extra staff',
      'Seeds',
      'Without the walk: MAE (bias)',
      'With the walk: MAE (bias)',
      'MAE change [95 % CI]',
      'Bias change [95 % CI]',
      'Naive: MAE (bias)',
    ],
    rows,
  ).join('\n');
};
