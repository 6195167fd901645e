/**
 * `npm run simulate`: the day simulator (issues 7, 20). Drives the real engine through simulated office
 * days and compares orderings and staffing rules on the very same visitors. Prints results only — no
 * timings — so two runs with the same arguments print the same bytes.
 *
 *   npm run simulate                                   all presets, both days, seed 1
 *   npm run simulate -- --seed 7 --preset belgorod --day meter-reading-peak
 *   npm run simulate -- --claim                        the like-for-like claim over seeds 1…40
 *   npm run simulate -- --claim --seeds 10 --without pooling
 *   npm run simulate -- --day ./my-office-day.json --policy pipeline,fifo --staffing count-rule,product
 */
import { parseArgs } from 'node:util';
import { type PresetId, isPresetId } from '@queue/engine';
import {
  ALL_FEATURES,
  POLICY_IDS,
  type PolicyId,
  type ProductFeatures,
  type ReserveSettings,
  STAFFING_RULES,
  type StaffingRule,
  claimDifferences,
  claimLines,
  claimSeedTable,
  claimSummary,
  dayTable,
  forecastTable,
  loadDayProfile,
  runClaim,
  runComparison,
} from '@queue/simulator';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string' },
    preset: { type: 'string', default: 'default,gazprom-tyumen,belgorod' },
    day: { type: 'string' },
    policy: { type: 'string', default: POLICY_IDS.join(',') },
    staffing: { type: 'string', default: 'count-rule,product' },
    claim: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    without: { type: 'string', default: '' },
    'reserve-staff': { type: 'string' },
    'reserve-accept-min': { type: 'string' },
    'reserve-open-min': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'npm run simulate -- [--seed N] [--seeds COUNT] [--preset a,b] [--day normal,meter-reading-peak|file.json]\n' +
      '  [--policy pipeline,fifo,novosga,qsystem] [--staffing none,count-rule,product]\n' +
      '  [--claim [--details]] [--without pooling,plannedBreaks,priorityByForecast]\n' +
      '  [--reserve-staff N] [--reserve-accept-min M] [--reserve-open-min M]',
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
const whole = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : fail(`${name} takes a number of 0 or more`);
};

const firstSeed = Number(values.seed);
const seedCount = Number(values.seeds ?? (values.claim ? 40 : 1));
if (!Number.isInteger(firstSeed) || !Number.isInteger(seedCount) || seedCount < 1)
  fail('--seed and --seeds take whole numbers');
const presets: PresetId[] = list(values.preset).map((p) => (isPresetId(p) ? p : fail(`unknown preset ${p}`)));
const policies: PolicyId[] = list(values.policy).map((p) =>
  (POLICY_IDS as string[]).includes(p) ? (p as PolicyId) : fail(`unknown policy ${p}`),
);
const staffing: StaffingRule[] = list(values.staffing).map((s) =>
  (STAFFING_RULES as string[]).includes(s) ? (s as StaffingRule) : fail(`unknown staffing rule ${s}`),
);
const features: ProductFeatures = { ...ALL_FEATURES };
for (const name of list(values.without)) {
  if (!(name in features)) fail(`unknown feature ${name} (pooling, plannedBreaks, priorityByForecast)`);
  features[name as keyof ProductFeatures] = false;
}
const reserve: Partial<ReserveSettings> = {};
const staffCount = whole(values['reserve-staff'], '--reserve-staff');
if (staffCount !== undefined)
  reserve.staff = Array.from({ length: staffCount }, (_, i) => `reserve${i === 0 ? '' : i + 1}`);
const acceptMin = whole(values['reserve-accept-min'], '--reserve-accept-min');
if (acceptMin !== undefined) reserve.acceptMin = acceptMin;
const openMin = whole(values['reserve-open-min'], '--reserve-open-min');
if (openMin !== undefined) reserve.responseMin = openMin;
const options = { reserve, features };
const seeds = Array.from({ length: seedCount }, (_, i) => firstSeed + i);

if (values.claim) {
  const day = loadDayProfile(values.day ?? 'meter-reading-peak');
  const claims = runClaim({ day, presets, seeds, options });
  for (const claim of claims) for (const line of claimLines(claim)) console.log(line);
  if (values.details) {
    console.log('');
    console.log(`## The claim on the ${day.titleEn.toLowerCase()}, seeds ${seeds[0]}…${seeds.at(-1)}`);
    console.log('');
    console.log(claimSummary(claims));
    for (const claim of claims) {
      console.log('');
      console.log(`### \`${claim.preset}\``);
      console.log('');
      console.log(claimDifferences(claim));
      console.log('');
      console.log(claimSeedTable(claim));
    }
  }
  process.exit(0);
}

const days = list(values.day ?? 'normal,meter-reading-peak').map((d) => loadDayProfile(d));
const results = runComparison({ days, presets, policies, staffing, seeds, options });

console.log('# Day simulator');
console.log('');
console.log(
  `Real engine, simulated clock. Seeds ${seeds.join(', ')}; presets ${presets.join(', ')}; ` +
    `days ${days.map((d) => d.id).join(', ')}. Waits and services in minutes.`,
);
for (const profile of days) {
  for (const preset of presets) {
    for (const seed of seeds) {
      const runs = results.filter((r) => r.day === profile.id && r.preset === preset && r.seed === seed);
      console.log('');
      console.log(dayTable(profile, runs));
    }
  }
}
console.log('');
console.log("## The kiosk's expected wait against the first call, with and without the walk to the window");
console.log('');
console.log(
  'Minutes, means over the seeds; the change is with − without, paired by seed (95 % CI). Bias + = people waited longer than promised.',
);
console.log('');
console.log(forecastTable(results));
