import type { PublicCall } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { createCallTracker, FRESH_CALL_MS } from '../src/hall/call-tracker';

const NOW = 1_000_000;
const call = (id: string, number: string, at: number, recall = 0): PublicCall => ({
  id,
  number,
  windowId: 'w1',
  windowLabel: 'Окно 1',
  windowKind: 'window',
  at,
  recall,
  ended: null,
});

describe('which calls the hall announces', () => {
  it('announces nothing of what was on the list when the screen started', () => {
    const tracker = createCallTracker();
    expect(tracker.take([call('5', 'А2', NOW - 1000), call('3', 'А1', NOW - 2000)], NOW)).toEqual([]);
  });

  it('announces each new call once, oldest first', () => {
    const tracker = createCallTracker();
    tracker.take([call('3', 'А1', NOW - 2000)], NOW);
    const list = [call('9', 'Б1', NOW + 20), call('8', 'А2', NOW + 10), call('3', 'А1', NOW - 2000)];
    expect(tracker.take(list, NOW + 30).map((c) => c.id)).toEqual(['8', '9']);
    expect(tracker.take(list, NOW + 40)).toEqual([]);
  });

  it('announces a recall: a new id for the same ticket', () => {
    const tracker = createCallTracker();
    tracker.take([call('3', 'А1', NOW)], NOW);
    expect(
      tracker.take([call('4', 'А1', NOW + 5, 1), call('3', 'А1', NOW)], NOW + 5).map((c) => c.id),
    ).toEqual(['4']);
  });

  it('after a long gap, shows older missed calls but announces only the fresh ones', () => {
    const tracker = createCallTracker();
    tracker.take([], NOW);
    const stale = call('7', 'А3', NOW - FRESH_CALL_MS - 1);
    const fresh = call('8', 'А4', NOW - 1000);
    expect(tracker.take([fresh, stale], NOW)).toEqual([fresh]);
  });

  it('starts primed on an empty list, so the first call of the day is announced', () => {
    const tracker = createCallTracker();
    expect(tracker.take([], NOW)).toEqual([]);
    expect(tracker.take([call('1', 'А1', NOW)], NOW)).toHaveLength(1);
  });
});
