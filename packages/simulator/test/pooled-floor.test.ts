import { MINUTE } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { type WindowStretch, pooledFloor } from '../src/index.js';
import { at, visitor } from './tiny-day.js';

const open = (
  windowId: string,
  from: string,
  to: string,
  pauses: [string, string][] = [],
): WindowStretch => ({
  windowId,
  staffId: null,
  from: at(from),
  to: at(to),
  pauses: pauses.map(([a, b]) => ({ from: at(a), to: at(b) })),
});

describe('the pooled floor, by hand', () => {
  it('three visitors at once, two windows serving everyone: waits 0, 0 and 10 minutes', () => {
    const visitors = [
      visitor('09:00', 10),
      visitor('09:00', 10, { serviceId: 'readings' }),
      visitor('09:00', 10),
    ];
    const floor = pooledFloor(visitors, [open('w1', '09:00', '10:00'), open('k1', '09:00', '10:00')], 2);
    expect(floor.waitMin).toEqual({ mean: 10 / 3, median: 0, p90: 10, max: 10 });
    expect(floor.staffMinutes).toBe(120);
    expect(floor.overrunMinutes).toBe(0);
  });

  it('a break serves nobody; the walk takes the window; a visit under way is finished past the stretch', () => {
    const visitors = [visitor('09:00', 10, { walkMs: MINUTE }), visitor('09:05', 10)];
    const floor = pooledFloor(visitors, [open('w1', '09:00', '09:40', [['09:00', '09:20']])], 2);
    // The first is called at 09:20, walks a minute and leaves at 09:31; the second is called at 09:31
    // and served until 09:41, one minute past the stretch.
    expect(floor.waitMin.max).toBe(26);
    expect(floor.waitMin.mean).toBe(23);
    expect(floor.overrunMinutes).toBe(1);
    expect(floor.staffMinutes).toBe(40);
  });

  it('a no-show takes the window for the operator’s wait and has no wait; a transfer queues again in its old place', () => {
    const visitors = [
      visitor('09:00', 5, { transfer: { toServiceId: 'charges', serviceMs: 5 * MINUTE } }),
      visitor('09:01', 10, { leaves: true }),
      visitor('09:02', 10),
    ];
    const floor = pooledFloor(visitors, [open('w1', '09:00', '12:00')], 2);
    // 09:00–09:05 the first visitor; sent on, they are back in line in their place of 09:00, ahead of
    // the others, and served at once 09:05–09:10; the no-show takes 09:10–09:12; the third visitor
    // waits from 09:02 to 09:12. Waits: 0 (both stretches of the first) and 10; the no-show none.
    expect(floor.waitMin).toEqual({ mean: 5, median: 0, p90: 10, max: 10 });
  });

  it('anyone left in line after every stretch has ended is served by the last window, past its hours', () => {
    const visitors = [visitor('09:00', 30), visitor('09:00', 30)];
    const floor = pooledFloor(visitors, [open('w1', '09:00', '09:10')], 2);
    expect(floor.waitMin.max).toBe(30);
    expect(floor.overrunMinutes).toBe(50);
  });
});
