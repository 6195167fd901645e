import { demoOffice } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { collectFacts, episodesInQuery, overloadEpisodes } from '../src/index.js';
import { MIN, OfficeDay, staff } from './office-day.js';
import { query } from './hand-facts.js';

/*
 * An office that calls for help at more than 1 waiting per open window (hall mode, always):
 *   09:00 w1 opens · 09:01 А001 (1 per window: no) · 09:02 А002 (2 per window: episode starts)
 *   09:04 the reserve accepts and opens w2 (2 waiting ÷ 2 windows = 1: kept up by hysteresis)
 *   09:06 w1 calls А001 (1 ÷ 2 = 0: the episode ends)
 * → 1 episode, 4 minutes, accepted, a window opened after 2 minutes.
 */
const busyDay = () => {
  const config = demoOffice();
  config.profile.overload = { threshold: 1, mode: 'hall', peakOnly: false };
  const day = new OfficeDay(config, '2026-11-23');
  const op1 = staff('op1');
  day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, op1);
  day.at('09:01').issue('consult');
  day.at('09:02').issue('consult');
  const episode = day.state.episodes[Object.keys(day.state.episodes)[0] ?? ''];
  if (!episode) throw new Error('no episode started');
  day
    .at('09:04')
    .run(
      { type: 'overload.accept', episodeId: episode.id, windowId: 'w2' },
      staff('reserve', ['reserve', 'operator']),
    );
  day.at('09:06').callNext('w1', op1);
  return day;
};

describe('overload episodes', () => {
  const day = busyDay();
  const facts = collectFacts(day.events, day.config);

  it('counts the episode, its duration and the time until a window opened', () => {
    expect(overloadEpisodes(facts, query('hour')).total).toEqual({
      count: 1,
      totalMs: 4 * MIN,
      avgMs: 4 * MIN,
      longestMs: 4 * MIN,
      accepted: 1,
      opened: 1,
      avgTimeToOpenMs: 2 * MIN,
    });
    expect(episodesInQuery(facts, query('hour'))[0]).toMatchObject({
      windowId: null,
      acceptedBy: 'reserve',
      openedWindowId: 'w2',
      count: 2,
    });
  });

  it('runs an episode still going to the end of the data', () => {
    const open = collectFacts(
      day.events.filter((e) => e.type !== 'overload.ended'),
      day.config,
      day.now + 10 * MIN,
    );
    // Started 09:02, data ends 09:16 → 14 minutes so far.
    expect(overloadEpisodes(open, query('hour')).total.totalMs).toBe(14 * MIN);
  });

  it('is not narrowed by a topic filter (an episode has no topic) but is by a window filter', () => {
    expect(overloadEpisodes(facts, query('hour', { topic: 'payment' })).total.count).toBe(1);
    expect(overloadEpisodes(facts, query('hour', { window: 'w1' })).total.count).toBe(0);
  });
});
