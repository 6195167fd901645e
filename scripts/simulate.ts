/**
 * `npm run simulate`: the day simulator (issue 7). Drives the real engine through simulated office days
 * and compares orderings on the very same visitors. Prints results only — no timings — so two runs with
 * the same arguments print the same bytes.
 *
 *   npm run simulate                                   all presets, both days, seed 1
 *   npm run simulate -- --seed 7 --preset belgorod --day meter-reading-peak
 *   npm run simulate -- --seeds 10 --day meter-reading-peak     the claim across seeds 1…10
 *   npm run simulate -- --day ./my-office-day.json --policy pipeline,fifo --extra-staff on
 */
import { parseArgs } from 'node:util';
import { type PresetId, isPresetId } from '@queue/engine';
import {
  POLICY_IDS,
  type PolicyId,
  checkClaim,
  claimSummary,
  claimTable,
  dayTable,
  loadDayProfile,
  runComparison,
} from '@queue/simulator';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '1' },
    preset: { type: 'string', default: 'default,gazprom-tyumen,belgorod' },
    day: { type: 'string', default: 'normal,meter-reading-peak' },
    policy: { type: 'string', default: POLICY_IDS.join(',') },
    'extra-staff': { type: 'string', default: 'both' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'npm run simulate -- [--seed N] [--seeds COUNT] [--preset a,b] [--day normal,meter-reading-peak|file.json] ' +
      '[--policy pipeline,fifo,novosga,qsystem] [--extra-staff on|off|both]',
  );
  process.exit(0);
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const firstSeed = Number(values.seed);
const seedCount = Number(values.seeds);
if (!Number.isInteger(firstSeed) || !Number.isInteger(seedCount) || seedCount < 1)
  fail('--seed and --seeds take whole numbers');
const presets: PresetId[] = list(values.preset).map((p) => (isPresetId(p) ? p : fail(`unknown preset ${p}`)));
const policies: PolicyId[] = list(values.policy).map((p) =>
  (POLICY_IDS as string[]).includes(p) ? (p as PolicyId) : fail(`unknown policy ${p}`),
);
const extraStaff =
  values['extra-staff'] === 'on' ? [true] : values['extra-staff'] === 'off' ? [false] : [false, true];
const days = list(values.day).map((d) => loadDayProfile(d));
const seeds = Array.from({ length: seedCount }, (_, i) => firstSeed + i);

const results = runComparison({ days, presets, policies, extraStaff, seeds });

console.log('# Day simulator');
console.log('');
console.log(
  `Real engine, simulated clock. Seeds ${seeds.join(', ')}; presets ${presets.join(', ')}; ` +
    `days ${days.map((d) => d.id).join(', ')}. Waits and services in minutes.`,
);
for (const profile of days) {
  for (const preset of presets) {
    for (const seed of seeds) {
      // Many seeds: the per-day tables of the first seed only, the claim for every seed.
      if (seed !== firstSeed) continue;
      const runs = results.filter((r) => r.day === profile.id && r.preset === preset && r.seed === seed);
      console.log('');
      console.log(dayTable(profile, runs));
    }
  }
}

const peak = days.find((d) => d.id === 'meter-reading-peak');
const canCheck = policies.includes('pipeline') && extraStaff.includes(true) && extraStaff.includes(false);
if (peak && canCheck) {
  const checks = checkClaim(results, peak.id);
  console.log('');
  console.log('## The central claim on the meter-reading peak day');
  console.log('');
  console.log(claimTable(checks));
  if (seeds.length > 1) {
    console.log('');
    console.log(claimSummary(checks));
  }
}
