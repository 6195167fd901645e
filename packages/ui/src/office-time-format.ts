import { localParts } from '@queue/engine';

const pad = (n: number) => String(n).padStart(2, '0');

/** `14:05` in the office's zone, whatever the zone of the screen's computer. */
export const officeClock = (at: number, timeZone: string): string => {
  const p = localParts(at, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
};

export const officeDate = (at: number, timeZone: string): string => {
  const p = localParts(at, timeZone);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
};

/** A running timer: `7:05`, or `1:02:09` past an hour. */
export const elapsed = (ms: number): string => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
};

/** How a timer compares with its norm: warn well before it (80 %), breach at it. */
export const normLevel = (ms: number, normMs: number): 'ok' | 'warn' | 'breach' =>
  ms >= normMs ? 'breach' : ms >= normMs * 0.8 ? 'warn' : 'ok';
