import { describe, expect, it } from 'vitest';
import { cashDesk, demoOfficeOnDisk } from './cash-desk-office.js';

describe('the operator’s shift figures', () => {
  it('counts served visitors, service and pause time, and stays the same object while nothing changes', () => {
    const { now, boot } = demoOfficeOnDisk('shift-');
    const runtime = boot();
    const { run, issue, openDesk } = cashDesk(runtime);
    openDesk();
    issue();
    run({ type: 'ticket.callNext', windowId: 'k1' });
    run({ type: 'ticket.start', windowId: 'k1' });
    now.t += 3 * 60_000;
    run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    run({ type: 'window.pause', windowId: 'k1', reason: 'Перерыв' });
    now.t += 5 * 60_000;
    run({ type: 'window.resume', windowId: 'k1' });

    const figures = runtime.shift.snapshot();
    expect(figures.cashier).toEqual({
      served: 1,
      serviceMs: 3 * 60_000,
      pausedMs: 5 * 60_000,
      pausedSince: null,
    });
    issue();
    expect(runtime.shift.snapshot()).toBe(figures);
    run({ type: 'ticket.callNext', windowId: 'k1' });
    run({ type: 'ticket.start', windowId: 'k1' });
    now.t += 60_000;
    run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    expect(runtime.shift.snapshot()).not.toBe(figures);
    expect(runtime.shift.snapshot().cashier?.served).toBe(2);
    expect(figures.cashier?.served).toBe(1);
    runtime.close();
  });
});
