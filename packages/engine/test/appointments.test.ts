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

  it('five minutes or more late goes to the general queue (004 §8.6.5)', () => {
    const office = new TestOffice();
    office.open('w1');
    const appointment = book(office, T0 + 30 * MIN);
    office.advance(20);
    const earlier = office.issue('contract');
    office.advance(15);
    office.run({ type: 'appointment.checkIn', code: appointment.code }, kiosk);
    const ticket = Object.values(office.state.tickets).find(
      (t) => t.appointment?.appointmentId === appointment.id,
    )!;
    expect(ticket.appointment?.onTime).toBe(false);
    expect(office.callNext('w1').id).toBe(earlier.id);
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
