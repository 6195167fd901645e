import { describe, expect, it } from 'vitest';
import {
  type Actor,
  ALWAYS_OPEN,
  type Command,
  type OfficeConfig,
  REFUSAL_CODES,
  type RefusalCode,
  WEEKDAY_HOURS,
  demoOffice,
  isRefusal,
} from '../src/index.js';
import { MIN, T0, TestOffice, admin, kiosk, op } from './office-fixture.js';

/**
 * Every refusal of the engine, by name, as given/when/then: given an office in some state, when an actor
 * sends a command, then the engine refuses it with that code and nothing changes (no event, the state is
 * the very same object). Each code has at least one row; the last test keeps it so.
 */

const manager: Actor = { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] };
const visitor: Actor = { kind: 'visitor' };

const rate = (ticketId: string, rating: number): Command => ({
  type: 'visit.feedback',
  ticketId,
  windowId: null,
  rating,
  kind: null,
  text: null,
});
const servedAtWindow1 = (office: TestOffice) => {
  office.open('w1');
  office.issue('readings');
  office.serve('w1', 3);
};
const ratedTicket = (office: TestOffice) => Object.keys(office.state.feedbackOpen ?? {})[0]!;

interface Row {
  refused: RefusalCode;
  given: string;
  when: string;
  config?: OfficeConfig;
  at?: number;
  setup?: (office: TestOffice) => void;
  command: (office: TestOffice) => Command;
  actor?: Actor;
}

const issue = (serviceId: string, clientType: 'individual' | 'organisation' = 'individual'): Command => ({
  type: 'ticket.issue',
  serviceIds: [serviceId],
  clientType,
  priority: null,
  source: 'kiosk',
});

/** A visitor called to w1 by the administrator. */
const calledAtW1 = (office: TestOffice) => {
  office.open('w1');
  office.issue('readings');
  office.callNext('w1');
};

const withReadingsDisabled = (): OfficeConfig => {
  const config = demoOffice({ hours: ALWAYS_OPEN });
  return {
    ...config,
    services: config.services.map((s) => (s.id === 'readings' ? { ...s, enabled: false } : s)),
  };
};

const bookConsult = (office: TestOffice, slotAt: number) => {
  const events = office.run({ type: 'appointment.book', serviceId: 'consult', slotAt });
  const booked = events.find((e) => e.type === 'appointment.booked');
  if (booked?.type !== 'appointment.booked') throw new Error('not booked');
  return booked.appointment;
};

const ROWS: Row[] = [
  {
    refused: 'unknown_service',
    given: 'the demo office',
    when: 'the kiosk issues a ticket for a topic it does not have',
    command: () => issue('no-such-topic'),
    actor: kiosk,
  },
  {
    refused: 'service_disabled',
    given: 'meter readings switched off by the manager',
    when: 'the kiosk issues a ticket for meter readings',
    config: withReadingsDisabled(),
    command: () => issue('readings'),
    actor: kiosk,
  },
  {
    refused: 'service_not_for_client_type',
    given: 'a consultation offered to private persons only',
    when: 'an organisation takes a ticket for it',
    command: () => issue('consult', 'organisation'),
    actor: kiosk,
  },
  {
    refused: 'unknown_window',
    given: 'windows w1, w2, w3 and k1',
    when: 'the administrator opens w9',
    command: () => ({ type: 'window.open', windowId: 'w9', services: null }),
  },
  {
    refused: 'unknown_ticket',
    given: 'no ticket of that id',
    when: 'the administrator cancels it',
    command: () => ({ type: 'ticket.cancel', ticketId: 'no-such-ticket', reason: 'ушёл' }),
  },
  {
    refused: 'unknown_staff',
    given: 'no member of staff of that id',
    when: 'the administrator signs them in',
    command: () => ({ type: 'staff.login', staffId: 'ghost', mode: 'operator', windowId: 'w1' }),
  },
  {
    refused: 'unknown_alarm',
    given: 'no alarm raised',
    when: 'the administrator acknowledges one',
    command: () => ({ type: 'alarm.acknowledge', key: 'waitBreach:readings' }),
  },
  {
    refused: 'unknown_episode',
    given: 'no overload going on',
    when: 'the reserve accepts a call to help',
    command: () => ({ type: 'overload.accept', episodeId: 'no-such-episode', windowId: null }),
  },
  {
    refused: 'unknown_appointment',
    given: 'no booking with that code',
    when: 'a visitor checks in with it at the kiosk',
    command: () => ({ type: 'appointment.checkIn', code: '123456' }),
    actor: kiosk,
  },
  {
    refused: 'window_not_open',
    given: 'window 1 closed',
    when: 'the administrator calls the next visitor to it',
    command: () => ({ type: 'ticket.callNext', windowId: 'w1' }),
  },
  {
    refused: 'window_not_closed',
    given: 'window 1 open by its operator',
    when: 'the operator opens it again',
    setup: (office) => office.open('w1', op('op1')),
    command: () => ({ type: 'window.open', windowId: 'w1', services: null }),
    actor: op('op1'),
  },
  {
    refused: 'window_busy',
    given: 'a visitor called to window 1',
    when: 'the next one is called to it',
    setup: calledAtW1,
    command: () => ({ type: 'ticket.callNext', windowId: 'w1' }),
  },
  {
    refused: 'window_idle',
    given: 'window 1 open with nobody at it',
    when: 'the service is started',
    setup: (office) => office.open('w1'),
    command: () => ({ type: 'ticket.start', windowId: 'w1' }),
  },
  {
    refused: 'window_taken',
    given: 'window 1 open by its operator',
    when: 'the administrator opens it in another operator’s name',
    setup: (office) => office.open('w1', op('op1')),
    command: () => ({
      type: 'window.open',
      windowId: 'w1',
      services: null,
      staffId: 'op2',
      reason: 'замена',
    }),
  },
  {
    refused: 'not_your_window',
    given: 'window 2 open by its operator',
    when: 'the operator of window 1 calls a visitor to window 2',
    setup: (office) => office.open('w2', op('op2')),
    command: () => ({ type: 'ticket.callNext', windowId: 'w2' }),
    actor: op('op1'),
  },
  {
    refused: 'window_not_assigned',
    given: 'op1 works at window 1 by the configuration',
    when: "op1 opens op3's window 3",
    command: () => ({ type: 'window.open', windowId: 'w3' }),
    actor: op('op1'),
  },
  {
    refused: 'already_at_window',
    given: 'reserve staff working at window 2',
    when: 'they open window 3 as well',
    setup: (office) =>
      office.open('w2', { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] }),
    command: () => ({ type: 'window.open', windowId: 'w3' }),
    actor: { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] },
  },
  {
    refused: 'window_has_no_services',
    given: 'window 1 closed',
    when: 'it is opened with every topic weighted 0',
    command: () => ({
      type: 'window.open',
      windowId: 'w1',
      services: [{ serviceId: 'readings', weight: 0 }],
    }),
  },
  {
    refused: 'ticket_not_waiting',
    given: 'a visitor already called to window 1',
    when: 'the administrator cancels the ticket',
    setup: calledAtW1,
    command: (office) => ({
      type: 'ticket.cancel',
      ticketId: Object.keys(office.state.tickets)[0]!,
      reason: 'ушёл',
    }),
  },
  {
    refused: 'ticket_not_called',
    given: 'a visitor in service at window 1',
    when: 'the operator calls them again',
    setup: (office) => {
      calledAtW1(office);
      office.run({ type: 'ticket.start', windowId: 'w1' });
    },
    command: () => ({ type: 'ticket.recall', windowId: 'w1' }),
  },
  {
    refused: 'ticket_not_serving',
    given: 'a visitor called to window 1, not yet served',
    when: 'the service is finished',
    setup: calledAtW1,
    command: () => ({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }),
  },
  {
    refused: 'ticket_not_postponed',
    given: 'a waiting ticket',
    when: 'it is returned to the queue as if postponed',
    setup: (office) => office.issue('readings'),
    command: (office) => ({ type: 'ticket.return', ticketId: Object.keys(office.state.tickets)[0]! }),
  },
  {
    refused: 'no_show_too_early',
    given: 'a visitor called to window 1 half a minute ago (the office allows a no-show after a minute)',
    when: 'the operator marks them as not come',
    setup: (office) => {
      calledAtW1(office);
      office.advance(0.5);
    },
    command: () => ({ type: 'ticket.noShow', windowId: 'w1' }),
  },
  {
    refused: 'step_out_too_long',
    given: 'a waiting ticket and the product’s rule of at most 30 minutes away',
    when: 'the visitor steps out for 45 minutes from their phone',
    setup: (office) => office.issue('readings'),
    command: (office) => ({
      type: 'ticket.stepOut',
      ticketId: Object.keys(office.state.tickets)[0]!,
      minutes: 45,
    }),
    actor: visitor,
  },
  {
    refused: 'step_out_limit',
    given: 'a visitor who stepped out once and came back (the product allows once a ticket)',
    when: 'they step out again',
    setup: (office) => {
      const ticket = office.issue('readings');
      office.run({ type: 'ticket.stepOut', ticketId: ticket.id, minutes: 10 }, visitor);
      office.run({ type: 'ticket.stepIn', ticketId: ticket.id }, visitor);
    },
    command: (office) => ({
      type: 'ticket.stepOut',
      ticketId: Object.keys(office.state.tickets)[0]!,
      minutes: 10,
    }),
    actor: visitor,
  },
  {
    refused: 'feedback_closed',
    given: 'a visitor still waiting',
    when: 'they rate their visit from the phone',
    setup: (office) => office.issue('readings'),
    command: (office) => rate(Object.keys(office.state.tickets)[0]!, 5),
    actor: visitor,
  },
  {
    refused: 'feedback_given',
    given: 'a visit served at window 1 and rated 5',
    when: 'the visitor rates it again',
    setup: (office) => {
      servedAtWindow1(office);
      office.run(rate(ratedTicket(office), 5), visitor);
    },
    command: (office) => rate(ratedTicket(office), 1),
    actor: visitor,
  },
  {
    refused: 'feedback_text_too_long',
    given: 'a visit served at window 1',
    when: 'the visitor adds a text of 501 characters',
    setup: servedAtWindow1,
    command: (office) => ({ ...rate(ratedTicket(office), 2), text: 'ж'.repeat(501) }),
    actor: visitor,
  },
  {
    refused: 'feedback_invalid_rating',
    given: 'a visit served at window 1',
    when: 'a rating of 0 arrives',
    setup: servedAtWindow1,
    command: (office) => rate(ratedTicket(office), 0),
    actor: visitor,
  },
  {
    refused: 'queue_empty',
    given: 'window 1 open and nobody waiting',
    when: 'the next visitor is called',
    setup: (office) => office.open('w1'),
    command: () => ({ type: 'ticket.callNext', windowId: 'w1' }),
  },
  {
    refused: 'outside_hours',
    given: 'an office open 08:00–20:00 on weekdays, at 21:00 on a Monday',
    when: 'the kiosk issues a ticket',
    config: demoOffice({ hours: WEEKDAY_HOURS }),
    at: T0 + 12 * 60 * MIN,
    command: () => issue('readings'),
    actor: kiosk,
  },
  {
    refused: 'reception_open',
    given: 'reception open (the kiosk still issues tickets)',
    when: 'the administrator presses «Закрыть день»',
    command: () => ({ type: 'day.end' }),
  },
  {
    refused: 'last_window_while_waiting',
    given: 'window 1 the only one open and a visitor waiting',
    when: 'window 1 pauses (003 §8.3)',
    setup: (office) => {
      office.open('w1');
      office.issue('readings');
    },
    command: () => ({ type: 'window.pause', windowId: 'w1', reason: 'перерыв' }),
  },
  {
    refused: 'reason_required',
    given: 'a waiting ticket',
    when: 'the administrator cancels it without a reason',
    setup: (office) => office.issue('readings'),
    command: (office) => ({
      type: 'ticket.cancel',
      ticketId: Object.keys(office.state.tickets)[0]!,
      reason: '  ',
    }),
  },
  {
    refused: 'transfer_target_required',
    given: 'a visitor called to window 1',
    when: 'they are transferred to no topic and no window',
    setup: calledAtW1,
    command: () => ({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: null,
      toWindowId: null,
      reason: 'другой вопрос',
    }),
  },
  {
    refused: 'transfer_window_closed',
    given: 'a visitor called to window 1 and window 2 closed',
    when: 'they are transferred to window 2',
    setup: calledAtW1,
    command: () => ({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: null,
      toWindowId: 'w2',
      reason: 'другой вопрос',
    }),
  },
  {
    refused: 'transfer_topic_unserved',
    given: 'a visitor called to window 1, the only window open, which does not take organisations’ contracts',
    when: 'they are transferred to organisations’ contracts',
    setup: calledAtW1,
    command: () => ({
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: 'org-contract',
      toWindowId: null,
      reason: 'другой вопрос',
    }),
  },
  {
    refused: 'slot_not_free',
    given: 'a slot already taken',
    when: 'it is booked again',
    setup: (office) => bookConsult(office, T0 + 2 * 60 * MIN),
    command: () => ({ type: 'appointment.book', serviceId: 'consult', slotAt: T0 + 2 * 60 * MIN }),
  },
  {
    refused: 'slot_outside_hours',
    given: '15-minute slots',
    when: 'a booking is made for 11:07',
    command: () => ({ type: 'appointment.book', serviceId: 'consult', slotAt: T0 + 127 * MIN }),
  },
  {
    refused: 'appointment_not_booked',
    given: 'a booking cancelled',
    when: 'the visitor checks in with its code',
    setup: (office) => {
      const booking = bookConsult(office, T0 + 15 * MIN);
      office.run({ type: 'appointment.cancel', appointmentId: booking.id, reason: 'перенос' });
    },
    command: (office) => ({
      type: 'appointment.checkIn',
      code: Object.values(office.state.appointments)[0]!.code,
    }),
    actor: kiosk,
  },
  {
    refused: 'appointment_too_early',
    given: 'a booking at 11:00, check-in open 30 minutes before',
    when: 'the visitor checks in at 09:00',
    setup: (office) => bookConsult(office, T0 + 2 * 60 * MIN),
    command: (office) => ({
      type: 'appointment.checkIn',
      code: Object.values(office.state.appointments)[0]!.code,
    }),
    actor: kiosk,
  },
  {
    refused: 'appointment_late',
    given: 'a booking at 09:15 (004 §8.6.5: 5 minutes late or more, the visitor chooses)',
    when: 'the visitor checks in at 09:21 without choosing',
    setup: (office) => {
      bookConsult(office, T0 + 15 * MIN);
      office.advance(21);
    },
    command: (office) => ({
      type: 'appointment.checkIn',
      code: Object.values(office.state.appointments)[0]!.code,
    }),
    actor: kiosk,
  },
  {
    refused: 'not_permitted',
    given: 'window 1 closed',
    when: 'the kiosk opens it',
    command: () => ({ type: 'window.open', windowId: 'w1', services: null }),
    actor: kiosk,
  },
  {
    refused: 'invalid_config',
    given: 'the demo office',
    when: 'the manager saves a window serving a topic that does not exist',
    command: (office) => ({
      type: 'config.replace',
      config: {
        ...office.state.config,
        windows: office.state.config.windows.map((w) =>
          w.id === 'w1' ? { ...w, services: [{ serviceId: 'no-such-topic', weight: 1 }] } : w,
        ),
      },
      reason: 'новое окно',
    }),
    actor: manager,
  },
];

describe('the engine’s refusals', () => {
  it.each(ROWS)('given $given, when $when, then it is refused: $refused, and nothing changes', (row) => {
    const office = new TestOffice(row.config ?? demoOffice({ hours: ALWAYS_OPEN }), row.at ?? T0);
    row.setup?.(office);
    const before = office.state;
    const logged = office.log.length;
    const outcome = office.try(row.command(office), row.actor ?? admin);
    expect(isRefusal(outcome) ? outcome.code : outcome).toBe(row.refused);
    expect(office.state).toBe(before);
    expect(office.log).toHaveLength(logged);
  });

  it('has a row for every refusal code', () => {
    const covered = new Set(ROWS.map((row) => row.refused));
    expect(REFUSAL_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });
});
