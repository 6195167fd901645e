/**
 * What the hall sees of the latest calls: the newest call that still stands, large and highlighted
 * until the next, then the earlier ones. A recall is announced again but is the same visitor, so the
 * list shows each ticket once, at its latest call (a ticket called again to another window shows its
 * new window). A call that ended (served, nobody came, transferred, the day's end) is never the large
 * one: the hall must not send anyone to a window that no longer expects them.
 */
import type { PublicCall } from '@queue/protocol';

export interface CallsOnScreen {
  current: PublicCall | null;
  earlier: PublicCall[];
}

export const callsOnScreen = (calls: readonly PublicCall[], earlierLimit: number): CallsOnScreen => {
  const seen = new Set<string>();
  const unique: PublicCall[] = [];
  for (const call of [...calls].sort((a, b) => b.at - a.at)) {
    if (seen.has(call.number)) continue;
    seen.add(call.number);
    unique.push(call);
  }
  const current = unique.find((call) => (call.ended ?? null) === null) ?? null;
  const earlier = unique.filter((call) => call !== current);
  return { current, earlier: earlier.slice(0, earlierLimit) };
};
