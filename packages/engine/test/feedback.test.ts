import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type Command,
  FEEDBACK_TEXT_MAX,
  isRefusal,
  type OfficeEvent,
  type Refusal,
} from '../src/index.js';
import { TestOffice } from './office-fixture.js';

/** The visitor rates their visit (issue 18; 004 §6.7.11, 001 §10.4), as given/when/then. */
const visitor: Actor = { kind: 'visitor' };
const kiosk: Actor = { kind: 'device', deviceId: 'feedback-w1', role: 'kiosk' };

const fromPhone = (ticketId: string, rating: number, more: Partial<Command> = {}): Command =>
  ({ type: 'visit.feedback', ticketId, windowId: null, rating, kind: null, text: null, ...more }) as Command;
const atWindow = (windowId: string, rating: number, more: Partial<Command> = {}): Command =>
  ({ type: 'visit.feedback', ticketId: null, windowId, rating, kind: null, text: null, ...more }) as Command;

const refusalOf = (outcome: OfficeEvent[] | Refusal) => (isRefusal(outcome) ? outcome : null);
const given = (events: OfficeEvent[]) => events.find((e) => e.type === 'visit.feedbackGiven');

/** An office where window 1 has just served А001 (readings) for 4 minutes. */
const served = () => {
  const o = new TestOffice();
  o.open('w1');
  o.issue('readings');
  const ticket = o.serve('w1', 4);
  return { o, ticket };
};

describe('the visitor rates their visit', () => {
  it('given А001 served at window 1, when the visitor gives 5 and «благодарность» with a text from the phone, then the visit records it with the window and topic, and no name', () => {
    const { o, ticket } = served();
    const events = o.run(
      fromPhone(ticket.id, 5, { kind: 'thanks', text: '  Спасибо, всё быстро  ' }),
      visitor,
    );
    expect(given(events)).toMatchObject({
      ticketId: ticket.id,
      windowId: 'w1',
      serviceId: 'readings',
      rating: 5,
      kind: 'thanks',
      text: 'Спасибо, всё быстро',
      channel: 'phone',
      actor: { kind: 'visitor' },
    });
    expect(JSON.stringify(given(events))).not.toMatch(/staffId|op1/);
  });

  it('given a rated visit, when the visitor rates it again, then it is refused: one feedback per visit', () => {
    const { o, ticket } = served();
    o.run(fromPhone(ticket.id, 4), visitor);
    expect(refusalOf(o.try(fromPhone(ticket.id, 1), visitor))?.code).toBe('feedback_given');
  });

  it('given a visitor still waiting, when they try to rate, then it is refused: the visit has not ended', () => {
    const o = new TestOffice();
    const ticket = o.issue('readings');
    expect(refusalOf(o.try(fromPhone(ticket.id, 5), visitor))?.code).toBe('feedback_closed');
  });

  it('given a visitor who did not come to the window, when they try to rate, then it is refused: nobody served them', () => {
    const o = new TestOffice();
    o.open('w1');
    const ticket = o.issue('readings');
    o.callNext('w1');
    o.advance(5);
    o.run({ type: 'ticket.noShow', windowId: 'w1' });
    expect(refusalOf(o.try(fromPhone(ticket.id, 5), visitor))?.code).toBe('feedback_closed');
  });

  it('given a two-topic visit, when the first topic is done, then feedback waits until the whole visit ends', () => {
    const o = new TestOffice();
    o.open('w1');
    const ticket = o.issue('readings', { serviceIds: ['readings', 'meter'] });
    o.serve('w1', 3);
    expect(refusalOf(o.try(fromPhone(ticket.id, 5), visitor))?.code).toBe('feedback_closed');
    o.serve('w1', 3);
    expect(given(o.run(fromPhone(ticket.id, 5), visitor))).toMatchObject({ serviceId: 'meter' });
  });

  it.each([
    { after: 119, outcome: 'recorded' },
    { after: 121, outcome: 'feedback_closed' },
  ])(
    'given a visit that ended $after minutes ago, when rated from the phone, then $outcome',
    ({ after, outcome }) => {
      const { o, ticket } = served();
      o.advance(after);
      const result = o.try(fromPhone(ticket.id, 3), visitor);
      expect(isRefusal(result) ? result.code : 'recorded').toBe(outcome);
    },
  );

  it(`given a text longer than ${FEEDBACK_TEXT_MAX} characters, then it is refused, saying the limit, and nothing is recorded`, () => {
    const { o, ticket } = served();
    const long = 'ж'.repeat(FEEDBACK_TEXT_MAX + 1);
    expect(o.try(fromPhone(ticket.id, 2, { kind: 'complaint', text: long }), visitor)).toEqual({
      code: 'feedback_text_too_long',
      details: { maxChars: FEEDBACK_TEXT_MAX },
    });
    expect(
      given(o.run(fromPhone(ticket.id, 2, { text: 'ж'.repeat(FEEDBACK_TEXT_MAX) }), visitor)),
    ).toBeDefined();
  });

  it.each([0, 6, 2.5])('given a rating of %s, then it is refused', (rating) => {
    const { o, ticket } = served();
    expect(refusalOf(o.try(fromPhone(ticket.id, rating), visitor))?.code).toBe('feedback_invalid_rating');
  });

  it('given the screen by window 1, when its visitor rates within 3 minutes, then the visit that ended there last gets the rating, once', () => {
    const { o, ticket } = served();
    o.advance(2);
    expect(given(o.run(atWindow('w1', 4), kiosk))).toMatchObject({
      ticketId: ticket.id,
      windowId: 'w1',
      channel: 'window',
    });
    expect(refusalOf(o.try(atWindow('w1', 5), kiosk))?.code).toBe('feedback_closed');
    // The phone of the same visit cannot rate it a second time either.
    expect(refusalOf(o.try(fromPhone(ticket.id, 1), visitor))?.code).toBe('feedback_given');
  });

  it('given the screen by window 2, when window 1 has just served someone, then window 2 has nothing to rate', () => {
    const { o } = served();
    expect(refusalOf(o.try(atWindow('w2', 5), kiosk))?.code).toBe('feedback_closed');
  });

  it('given the screen by window 1 and a visit that ended 4 minutes ago, then the screen no longer rates it (the next visitor may be there)', () => {
    const { o } = served();
    o.advance(4);
    expect(refusalOf(o.try(atWindow('w1', 5), kiosk))?.code).toBe('feedback_closed');
  });

  it('keeps only the last two hours of visits open for feedback, so the live state stays small on a long day', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 40 }), (gaps) => {
        const o = new TestOffice();
        o.open('w1');
        for (const gap of gaps) {
          o.issue('readings');
          o.serve('w1', 1);
          o.advance(gap);
        }
        const open = Object.values(o.state.feedbackOpen ?? {});
        const lastFinish = Math.max(...open.map((v) => v.finishedAt));
        expect(open.every((v) => lastFinish - v.finishedAt < 120 * 60_000)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
