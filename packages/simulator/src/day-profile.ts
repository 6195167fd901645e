import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * A day profile: who comes to the office and who works there, as data (profiles/*.json). Two ship with
 * the simulator: a normal day and a meter-reading peak day (000 п.70, 002 п.55: readings are handed in
 * between the 15th and the 25th, and the hall fills up).
 */

const clock = z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM');
const share = z.number().min(0).max(1);
const weights = z.record(z.string(), z.number().nonnegative());

const shiftSchema = z.object({
  staffId: z.string().min(1),
  windowId: z.string().min(1),
  from: clock,
  to: clock,
  /** Short breaks: the window pauses after the current visitor and resumes `minutes` later. */
  breaks: z.array(z.object({ at: clock, minutes: z.number().positive() })).default([]),
});

/**
 * The back office's members on call for the hall. The shipped profiles hold the realistic case: two
 * people busy with their own work, who accept a call within two minutes and open a window ten minutes
 * after it (finish the task at hand, walk to the hall, log in).
 */
const reserveSchema = z.object({
  staff: z.array(z.string()).min(1),
  from: clock,
  to: clock,
  /** Closed windows a reserve member may open. */
  windows: z.array(z.string()).min(1),
  /** Minutes from "help needed in the hall" to a reserve member accepting it. */
  acceptMin: z.number().nonnegative(),
  /** Minutes from "help needed in the hall" to the extra window opening (accept, then the walk). */
  responseMin: z.number().nonnegative(),
  /** Still needed this long after the last call, the next reserve member is called. */
  escalateAfterMin: z.number().positive(),
  /** A reserve member stays at least this long, then leaves once the hall no longer needs them. */
  minStayMin: z.number().nonnegative(),
});

export const dayProfileSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  /** Office-local date of the day: it decides whether the presets' meter-reading rules apply. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reception: z.object({ open: clock, close: clock }),
  /**
   * Expected visitors per hour at the `default` preset's norms. Other presets get the same offered
   * load (visitor-minutes of service per hour): their arrivals scale by the ratio of mean service times.
   */
  arrivals: z.array(z.object({ hour: clock, visitors: z.number().nonnegative() })).min(1),
  clientMix: z.object({ individual: share, organisation: share }),
  /** Topic weights per client type; topics a preset lacks are dropped and the rest renormalised. */
  topics: z.object({ individual: weights, organisation: weights }),
  serviceTime: z.object({
    /** Spread of the lognormal draw (sigma of the underlying normal). */
    sigma: z.number().positive(),
    /** Mean service time as a share of the topic's norm, per topic; `*` for the rest. */
    shareOfNorm: weights,
    /** No visit runs longer than this many norms. */
    capOfNorm: z.number().positive(),
  }),
  /** 004 §6.7: visitors with disabilities, served out of turn. */
  outOfTurnShare: share,
  /** Visitors who leave before their number is called. */
  noShowShare: share,
  transfer: z.object({ share, to: z.array(z.string()).min(1) }),
  /** From the call to the window: the walk across the hall. */
  walkSeconds: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() }),
  /** How long an operator waits for a called visitor (one recall in between) before marking no-show. */
  noShowWaitMin: z.number().positive(),
  roster: z.array(shiftSchema).min(1),
  reserve: reserveSchema,
  /**
   * 004 §6.7.2: a named employee goes to a visitor with a disability first. The hall administrator
   * (001 §7.1.4: serves clients as an operator when needed) takes an out-of-turn visitor still waiting
   * after `helpAfterMin` at a spare window. Office procedure, so it applies whatever the ordering.
   */
  hallAdministrator: z
    .object({
      staffId: z.string().min(1),
      windowId: z.string().min(1),
      helpAfterMin: z.number().nonnegative(),
      /** Minutes from the board's advice appearing to the administrator applying it (the product only). */
      actAfterMin: z.number().nonnegative().default(3),
    })
    .nullable()
    .default(null),
});

export type DayProfile = z.infer<typeof dayProfileSchema>;
export type Shift = z.infer<typeof shiftSchema>;
export type ReserveSettings = z.infer<typeof reserveSchema>;

export const PROFILES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'profiles');

/** The shipped profiles by name. */
export const PROFILE_NAMES = ['normal', 'meter-reading-peak'] as const;

export const parseDayProfile = (input: unknown): DayProfile => dayProfileSchema.parse(input);

/** A shipped profile by name (`normal`, `meter-reading-peak`) or a path to a profile file. */
export const loadDayProfile = (nameOrPath: string): DayProfile => {
  const path = nameOrPath.endsWith('.json') ? nameOrPath : join(PROFILES_DIR, `${nameOrPath}.json`);
  return parseDayProfile(JSON.parse(readFileSync(path, 'utf8')));
};
