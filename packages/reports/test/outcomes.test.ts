import { describe, expect, it } from 'vitest';
import { outcomes } from '../src/index.js';
import { byKey, handFacts, query } from './hand-facts.js';

/*
 * П001 no-show at w1 09:27 (readings) · Р001 transferred at w1 09:35 (charges) ·
 * А003 postponed at w1 10:12 (consult) · С001 cancelled 10:08 in the queue (documents, no window).
 */
describe('no-shows, transfers, postponements, cancellations', () => {
  const facts = handFacts();

  it('counts each once', () => {
    expect(outcomes(facts, query('topic')).total).toEqual({
      noShow: 1,
      transfer: 1,
      postpone: 1,
      cancel: 1,
      dayEnded: 0,
    });
  });

  it('keys them by where and when they happened', () => {
    expect(byKey(outcomes(facts, query('window')))).toEqual({
      w1: { noShow: 1, transfer: 1, postpone: 1, cancel: 0, dayEnded: 0 },
      '': { noShow: 0, transfer: 0, postpone: 0, cancel: 1, dayEnded: 0 },
    });
    expect(byKey(outcomes(facts, query('hour')))).toEqual({
      '09': { noShow: 1, transfer: 1, postpone: 0, cancel: 0, dayEnded: 0 },
      '10': { noShow: 0, transfer: 0, postpone: 1, cancel: 1, dayEnded: 0 },
    });
    expect(byKey(outcomes(facts, query('topic'))).charges).toEqual({
      noShow: 0,
      transfer: 1,
      postpone: 0,
      cancel: 0,
      dayEnded: 0,
    });
  });
});
