/**
 * What the hall sees of the latest calls: the newest one large and highlighted until the next, then
 * the earlier ones. A recall is announced again but is the same visitor, so the list shows each ticket
 * once, at its latest call (a ticket transferred to another window shows its new window).
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
  return { current: unique[0] ?? null, earlier: unique.slice(1, 1 + earlierLimit) };
};
