import { describe, expect, it } from 'vitest';
import { freeSlots, isRefusal } from '../src/index.js';
import { MIN, T0, TestOffice, kiosk } from './office-fixture.js';

const book = (office: TestOffice, slotAt: number) => {
  const events = office.run({ type: 'appointment.book', serviceId: 'contract', slotAt });
  const booked = events.find((e) => e.type === 'appointment.booked');
  if (booked?.type !== 'appointment.booked') throw new Error('not booked');
  return booked.appointment;
};

describe('pre-booking (004 §6.2.2, §8.6)', () => {
  it('books a free slot once; the slot is then taken', () => {
    const office = new TestOffice();
    const slot = T0 + 60 * MIN;
    const appointment = book(office, slot);
    expect(appointment.code).toMatch(/^\d{6}$/);
    expect(office.try({ type: 'appointment.book', serviceId: 'contract', slotAt: slot })).toMatchObject({
      code: 'slot_not_free',
    });
    expect(freeSlots(office.state, 'contract', '2026-11-23', office.now).some((s) => s.at === slot)).toBe(
      false,
    );
    expect(
      office.try({ type: 'appointment.book', serviceId: 'contract', slotAt: slot + 7 * MIN }),
    ).toMatchObject({
      code: 'slot_outside_hours',
    });
  });

  it('a checked-in booking is called at its slot, ahead of the general queue', () => {
    const office = new TestOffice();
    office.open('w1');
    const appointment = book(office, T0 + 30 * MIN);
    const walkIn = office.issue('contract');
    office.advance(25);
    office.run({ type: 'appointment.checkIn', code: appointment.code }, kiosk);
    // Before the slot the booking waits; the walk-in is served.
    expect(office.callNext('w1').id).toBe(walkIn.id);
    office.run({ type: 'ticket.start', windowId: 'w1' });
    office.run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    office.issue('contract');
    office.advance(5);
    const called = office.callNext('w1');
    expect(called.source).toBe('appointment');
    expect(called.appointment).toMatchObject({ onTime: true });
  });

  it.each([
    { given: 'booked for 09:30', when: 'checks in at 09:34', late: 4, choice: null, outcome: 'onTime' },
    { given: 'booked for 09:30', when: 'checks in at 09:35', late: 5, choice: null, outcome: 'offered' },
    {
      given: 'booked for 09:30',
      when: 'checks in at 09:35 choosing the queue',
      late: 5,
      choice: 'queue' as const,
      outcome: 'queue',
    },
    {
      given: 'booked for 09:30',
      when: 'checks in at 09:50 choosing the queue',
      late: 20,
      choice: 'queue' as const,
      outcome: 'queue',
    },
  ])(
    'given a visit $given, when the visitor $when, then $outcome (004 §8.6.5)',
    ({ late, choice, outcome }) => {
      const office = new TestOffice();
      office.open('w1');
      const appointment = book(office, T0 + 30 * MIN);
      office.advance(20);
      const earlier = office.issue('contract');
      office.advance(10 + late);
      const before = office.state;
      const result = office.try(
        { type: 'appointment.checkIn', code: appointment.code, lateChoice: choice },
        kiosk,
      );
      if (outcome === 'offered') {
        // Not moved silently: the choice is the visitor's, with the next free times to move the booking to.
        expect(result).toEqual({
          code: 'appointment_late',
          details: {
            slotAt: T0 + 30 * MIN,
            lateMin: late,
            nextSlots: [T0 + 45 * MIN, T0 + 60 * MIN, T0 + 75 * MIN].join(','),
          },
        });
        expect(office.state).toBe(before);
        return;
      }
      const ticket = Object.values(office.state.tickets).find(
        (t) => t.appointment?.appointmentId === appointment.id,
      )!;
      expect(ticket.appointment?.onTime).toBe(outcome === 'onTime');
      // Late: a newcomer in the general queue, after those who came before.
      if (outcome === 'queue') expect(office.callNext('w1').id).toBe(earlier.id);
    },
  );

  it('moves a booking to another free time: the code stays, the old time is free again', () => {
    const office = new TestOffice();
    const appointment = book(office, T0 + 30 * MIN);
    office.advance(36);
    const other = T0 + 60 * MIN;
    const moved = office.run(
      { type: 'appointment.reschedule', code: appointment.code, slotAt: other },
      kiosk,
    );
    expect(moved.map((e) => e.type)).toContain('appointment.rescheduled');
    expect(office.state.appointments[appointment.id]).toMatchObject({
      slotAt: other,
      state: 'booked',
      code: appointment.code,
    });
    // The new time is taken, a past one cannot be chosen.
    expect(office.try({ type: 'appointment.book', serviceId: 'contract', slotAt: other })).toMatchObject({
      code: 'slot_not_free',
    });
    expect(
      office.try({ type: 'appointment.reschedule', code: appointment.code, slotAt: T0 + 30 * MIN }, kiosk),
    ).toMatchObject({ code: 'slot_not_free' });
    // At the new time it checks in on time.
    office.now = other - 2 * MIN;
    office.run({ type: 'appointment.checkIn', code: appointment.code }, kiosk);
    const ticket = Object.values(office.state.tickets).find(
      (t) => t.appointment?.appointmentId === appointment.id,
    );
    expect(ticket?.appointment).toMatchObject({ onTime: true, slotAt: other });
  });

  it('cancels a booking with a reason; a cancelled code cannot check in', () => {
    const office = new TestOffice();
    const appointment = book(office, T0 + 30 * MIN);
    office.run({
      type: 'appointment.cancel',
      appointmentId: appointment.id,
      reason: 'Перенос по просьбе клиента',
    });
    const result = office.try({ type: 'appointment.checkIn', code: appointment.code }, kiosk);
    expect(isRefusal(result) && result.code).toBe('appointment_not_booked');
  });
});
