import type { CallEnd, PublicCall } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { callsOnScreen } from '../src/hall/calls-on-screen';

const call = (
  id: string,
  number: string,
  windowLabel: string,
  at: number,
  recall = 0,
  ended: CallEnd | null = null,
): PublicCall => ({
  id,
  number,
  windowId: windowLabel,
  windowLabel,
  windowKind: 'window',
  at,
  recall,
  ended,
});

describe('calls on the hall screen', () => {
  it('highlights the newest call and lists the earlier ones, newest first', () => {
    const calls = [
      call('3', 'А3', 'Окно 1', 30),
      call('2', 'Б1', 'Окно 2', 20),
      call('1', 'А1', 'Окно 1', 10),
    ];
    const screen = callsOnScreen(calls, 5);
    expect(screen.current?.number).toBe('А3');
    expect(screen.earlier.map((c) => c.number)).toEqual(['Б1', 'А1']);
  });

  it('shows a recalled ticket once, at its latest call', () => {
    const calls = [
      call('4', 'А1', 'Окно 1', 40, 1),
      call('3', 'Б2', 'Окно 2', 30),
      call('1', 'А1', 'Окно 1', 10),
    ];
    const screen = callsOnScreen(calls, 5);
    expect(screen.current?.id).toBe('4');
    expect(screen.current?.recall).toBe(1);
    expect(screen.earlier.map((c) => c.number)).toEqual(['Б2']);
  });

  it('shows a ticket called again to another window at its new window', () => {
    const calls = [call('2', 'А1', 'Окно 3', 20), call('1', 'А1', 'Окно 1', 10)];
    expect(callsOnScreen(calls, 5)).toEqual({ current: calls[0], earlier: [] });
  });

  it.each([
    { end: 'noShow' as const },
    { end: 'waiting' as const },
    { end: 'served' as const },
    { end: 'unserved' as const },
  ])(
    'given the newest call ended ($end), then it is not the call to go to: the standing one is',
    ({ end }) => {
      const calls = [call('3', 'А2', 'Окно 2', 30, 0, end), call('1', 'А1', 'Окно 1', 10)];
      const screen = callsOnScreen(calls, 5);
      expect(screen.current?.number).toBe('А1');
      expect(screen.earlier.map((c) => [c.number, c.ended])).toEqual([['А2', end]]);
    },
  );

  it('shows a transferred ticket as waiting, then at its new window once called again there', () => {
    const transferred = [call('2', 'А1', 'Окно 1', 20, 0, 'waiting')];
    expect(callsOnScreen(transferred, 5)).toEqual({ current: null, earlier: transferred });
    const calledAgain = [call('5', 'А1', 'Окно 3', 50), ...transferred];
    expect(callsOnScreen(calledAgain, 5)).toEqual({ current: calledAgain[0], earlier: [] });
  });

  it('keeps to the limit and copes with an empty list', () => {
    const calls = Array.from({ length: 12 }, (_, i) => call(String(i), `А${i}`, 'Окно 1', i));
    expect(callsOnScreen(calls, 8).earlier).toHaveLength(8);
    expect(callsOnScreen([], 8)).toEqual({ current: null, earlier: [] });
  });
});
