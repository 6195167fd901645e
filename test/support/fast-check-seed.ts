import fc from 'fast-check';

/**
 * Every property test of a run uses one seed, printed with its outcome, so a failure is replayed by
 * running its file again with `FC_SEED=<seed>` (fast-check's own failure message adds the counterexample
 * and its path). Loaded for every test file by vitest.config.ts; a counterexample found this way is
 * then kept in its test as a fixed case (`examples`).
 */
const given = process.env.FC_SEED;
const seed = given === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(given);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not «${given}»`);

fc.configureGlobal({ seed });
fc.installGlobalPlugin(() => ({
  onAllRunsComplete: (details) => {
    const outcome = details.failed
      ? `failed (counterexample path ${details.counterexamplePath})`
      : `${details.numRuns} runs passed`;
    console.info(`fast-check: ${outcome}, seed ${details.seed}; replay with FC_SEED=${details.seed}`);
  },
}));
