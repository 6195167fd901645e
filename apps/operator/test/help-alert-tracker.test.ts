import { describe, expect, it } from 'vitest';
import { createHelpAlertTracker } from '../src/help-alert-tracker.js';

describe('the reserve console’s sound alert: once per episode', () => {
  it('sounds for an episode the screen has not seen, including one already running when it opens', () => {
    const tracker = createHelpAlertTracker();
    expect(tracker.arrived([])).toBe(false);
    expect(tracker.arrived(['e1'])).toBe(true);
  });

  it('stays silent when the same episodes come again (a re-render, a longer queue, an answer)', () => {
    const tracker = createHelpAlertTracker();
    tracker.arrived(['e1']);
    expect(tracker.arrived(['e1'])).toBe(false);
    expect(tracker.arrived(['e1'])).toBe(false);
  });

  it('sounds once for a new episode beside an old one, and once for several arriving together', () => {
    const tracker = createHelpAlertTracker();
    tracker.arrived(['e1']);
    expect(tracker.arrived(['e1', 'e2'])).toBe(true);
    expect(tracker.arrived(['e1', 'e2'])).toBe(false);
    expect(tracker.arrived(['e3', 'e4'])).toBe(true);
    expect(tracker.arrived(['e4', 'e3'])).toBe(false);
  });

  it('does not sound again for an episode that ended and is still remembered', () => {
    const tracker = createHelpAlertTracker();
    tracker.arrived(['e1']);
    expect(tracker.arrived([])).toBe(false);
    expect(tracker.arrived(['e1'])).toBe(false);
  });

  it('keeps each screen’s memory to itself', () => {
    const first = createHelpAlertTracker();
    const second = createHelpAlertTracker();
    first.arrived(['e1']);
    expect(second.arrived(['e1'])).toBe(true);
  });
});
