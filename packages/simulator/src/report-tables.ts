import { CLAIM, type ClaimCheck, type RunResult } from './comparison.js';
import type { DayProfile } from './day-profile.js';
import { POLICY_TITLES } from './ordering-policies.js';

/**
 * Markdown tables of a comparison, ready for docs/BENCHMARKS.md. Only results: no timings, no dates,
 * so two runs with the same seed print the same bytes.
 */

const num = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));
const pct = (value: number): string => `${Math.round(value * 100)} %`;

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

const HEADER = [
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
  'Overload episodes (answered)',
  'Staff min added',
  'Forecast MAE (bias)',
];

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
    row(HEADER),
    row(HEADER.map(() => '---')),
  ];
  for (const r of results) {
    const st = r.stats;
    lines.push(
      row([
        POLICY_TITLES[r.policy],
        r.extraStaff ? 'yes' : 'no',
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
        `${num(st.forecast.maeMin)} (${st.forecast.biasMin !== null && st.forecast.biasMin >= 0 ? '+' : ''}${num(st.forecast.biasMin)})`,
      ]),
    );
    const refusals = Object.entries(r.unexpectedRefusals);
    if (refusals.length > 0)
      lines.push(`\n> unexpected refusals: ${refusals.map(([k, n]) => `${k} ×${n}`).join(', ')}\n`);
    if (st.unserved > 0) lines.push(`\n> ${st.unserved} visitors still waiting when the day stopped\n`);
  }
  return lines.join('\n');
};

export const claimTable = (checks: ClaimCheck[]): string => {
  const header = [
    'Preset',
    'Seed',
    'Product p90 (pipeline + extra staff)',
    'Best peer, as it is',
    'Gain',
    'Best peer + our extra-staff rule',
    'Gain',
    'Out-of-turn max',
    `Claim (gain ≥ ${pct(CLAIM.p90GainAtLeast)}, out-of-turn ≤ ${CLAIM.outOfTurnMaxMin} min)`,
  ];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const c of checks) {
    lines.push(
      row([
        `\`${c.preset}\``,
        String(c.seed),
        num(c.productP90),
        `${POLICY_TITLES[c.bestPeer.policy]} ${num(c.bestPeer.p90)}`,
        pct(c.gain),
        c.bestPeerWithRule
          ? `${POLICY_TITLES[c.bestPeerWithRule.policy]} ${num(c.bestPeerWithRule.p90)}`
          : '—',
        c.gainOverPeerWithRule === null ? '—' : pct(c.gainOverPeerWithRule),
        num(c.outOfTurnMaxMin),
        c.holds ? 'holds' : 'does not hold',
      ]),
    );
  }
  return lines.join('\n');
};

/** Across seeds: how often the claim holds, and its spread. */
export const claimSummary = (checks: ClaimCheck[]): string => {
  const header = [
    'Preset',
    'Seeds',
    'Holds',
    'Gain: median (min … max)',
    'Gain over peers + rule: median (min … max)',
    'Out-of-turn max, worst seed',
  ];
  const lines = [row(header), row(header.map(() => '---'))];
  const presets = [...new Set(checks.map((c) => c.preset))];
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length === 0) return '—';
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    return `${pct(median)} (${pct(sorted[0]!)} … ${pct(sorted.at(-1)!)})`;
  };
  for (const preset of presets) {
    const mine = checks.filter((c) => c.preset === preset);
    const outOfTurn = mine.map((c) => c.outOfTurnMaxMin).filter((v): v is number => v !== null);
    lines.push(
      row([
        `\`${preset}\``,
        String(mine.length),
        `${mine.filter((c) => c.holds).length} of ${mine.length}`,
        spread(mine.map((c) => c.gain)),
        spread(mine.map((c) => c.gainOverPeerWithRule).filter((v): v is number => v !== null)),
        outOfTurn.length === 0 ? '—' : num(Math.max(...outOfTurn)),
      ]),
    );
  }
  return lines.join('\n');
};
