import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  addDays,
  apply,
  initialState,
  zonedTimeToEpoch,
} from '@queue/engine';
import { seedOffice } from '@queue/server';
import { type CommandRecord, simulateDay } from '@queue/simulator';
import { benchDevices, benchOffice, benchPins, busyDayProfile, deviceTokenHash } from './bench-office.js';

/**
 * Office data folders for the benchmark, written with the real engine: the day simulator runs the
 * benchmark office through each day, and its events become the server's files exactly as the server
 * itself would have written them — `events/archive/<day>.jsonl` for closed days, `events/live.jsonl`
 * for today, and `office.json` holding the state at the start of today.
 *
 * Generating a month takes a minute or two, so the result is kept in the system's temp folder, keyed
 * by the engine's source and the parameters, and copied for each run.
 */

export const LIVE_DATE = '2026-03-20';
/** The benchmark server's clock starts here: the live day's office has closed its last window. */
export const clockStart = (config: OfficeConfig) => zonedTimeToEpoch(LIVE_DATE, '21:00', config.timeZone);

export interface HistorySpec {
  windows: number;
  archivedDays: number;
  /** Generate the live day (2,000 tickets); false = an empty office. */
  liveDay: boolean;
  /** The normal day's arrivals are multiplied by this for the live day (about 2,000 visitors at 9)… */
  visitorsScale: number;
  /** …and by this for the archived days (an ordinary day of the same office). */
  archivedScale: number;
  kiosks: number;
  boards: number;
}

export interface OfficeHistory {
  dir: string;
  config: OfficeConfig;
  /** The live day's accepted commands, in order: the busy day the benchmark replays. */
  commands: CommandRecord[];
  liveTickets: number;
  archivedTickets: number;
}

const ENGINE_SRC = join(dirname(fileURLToPath(import.meta.url)), '../packages/engine/src');
const GENERATOR_VERSION = 2;

/** The engine's sources: history made by another engine is made anew. */
const engineHash = (): string => {
  const hash = createHash('sha256').update(String(GENERATOR_VERSION));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(ENGINE_SRC);
  return hash.digest('hex').slice(0, 12);
};

const specHash = (spec: HistorySpec): string =>
  createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 12);

const CACHE = join(tmpdir(), 'queue-bench-history');

const ticketsIn = (events: readonly OfficeEvent[]) => events.filter((e) => e.type === 'ticket.issued').length;

const writeJsonl = (path: string, events: readonly OfficeEvent[]) =>
  writeFileSync(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''));

const generate = (spec: HistorySpec, dir: string): Omit<OfficeHistory, 'dir'> => {
  const config = benchOffice(spec.windows);
  let state: OfficeState = initialState(config);
  const days = [
    ...Array.from({ length: spec.archivedDays }, (_, i) => addDays(LIVE_DATE, i - spec.archivedDays)),
    LIVE_DATE,
  ];
  const all: OfficeEvent[] = [];
  let commands: CommandRecord[] = [];
  for (const [i, date] of days.entries()) {
    const live = date === LIVE_DATE;
    // The live day is generated for its commands even when the office on disk stays empty.
    const outcome = simulateDay({
      preset: 'default',
      profile: busyDayProfile(config, date, live ? spec.visitorsScale : spec.archivedScale),
      seed: 1000 + i,
      policy: 'pipeline',
      staffing: 'none',
      config,
      initialState: state,
      recordEvents: true,
      recordCommands: live,
    });
    if (live) commands = outcome.log;
    if (live && !spec.liveDay) break;
    all.push(...outcome.eventLog);
    state = outcome.finalState;
  }

  mkdirSync(join(dir, 'events', 'archive'), { recursive: true });
  // Split the record by day, as the server does when a day closes: `day.opened` … `day.closed`.
  let snapshot: OfficeState = initialState(config);
  let replay: OfficeState = initialState(config);
  let dayEvents: OfficeEvent[] = [];
  let archivedTickets = 0;
  for (const event of all) {
    dayEvents.push(event);
    replay = apply(replay, event);
    if (event.type === 'day.closed') {
      writeJsonl(join(dir, 'events', 'archive', `${event.day}.jsonl`), dayEvents);
      archivedTickets += ticketsIn(dayEvents);
      snapshot = replay;
      dayEvents = [];
    }
  }
  writeJsonl(join(dir, 'events', 'live.jsonl'), spec.liveDay ? dayEvents : []);

  const file = seedOffice(config, { pins: benchPins(config) });
  // The benchmark's kiosks and boards replace the demo's devices of the same name.
  file.devices = [
    ...benchDevices(spec.kiosks, spec.boards).map((d) => ({
      id: d.id,
      role: d.role,
      label: d.role === 'kiosk' ? `Киоск ${d.id}` : `Табло ${d.id}`,
      tokenHash: deviceTokenHash(d.token),
      revoked: false,
      printer: null,
    })),
    ...file.devices,
  ].filter((d, i, list) => list.findIndex((x) => x.id === d.id) === i);
  file.snapshot = snapshot;
  writeFileSync(join(dir, 'office.json'), JSON.stringify(file));
  return { config, commands, liveTickets: spec.liveDay ? ticketsIn(dayEvents) : 0, archivedTickets };
};

/** A fresh copy of the office folder for one server run (generated once, then copied). */
export const officeHistory = (spec: HistorySpec, target: string): OfficeHistory => {
  const engine = engineHash();
  const cache = join(CACHE, `${engine}-${specHash(spec)}`);
  const meta = join(cache, 'meta.json');
  if (!existsSync(meta)) {
    // Folders made by an older engine are of no more use.
    if (existsSync(CACHE)) {
      for (const old of readdirSync(CACHE)) {
        if (!old.startsWith(`${engine}-`)) rmSync(join(CACHE, old), { recursive: true, force: true });
      }
    }
    rmSync(cache, { recursive: true, force: true });
    const office = join(cache, 'office');
    mkdirSync(office, { recursive: true });
    const made = generate(spec, office);
    writeFileSync(meta, JSON.stringify(made));
  }
  const made = JSON.parse(readFileSync(meta, 'utf8')) as Omit<OfficeHistory, 'dir'>;
  rmSync(target, { recursive: true, force: true });
  cpSync(join(cache, 'office'), target, { recursive: true });
  return { ...made, dir: target };
};
