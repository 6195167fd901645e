import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, type Command, type CommandType, isRefusal } from '../src/index.js';
import { MIN, T0, TestOffice, admin, kiosk } from './office-fixture.js';

/**
 * Issue 13 §6: ids named after what every JavaScript object inherits (`constructor`, `__proto__`,
 * `toString`…) are unknown ids like any other. The engine looks records up by own keys only, so each
 * command naming one is refused with its `unknown_…` code and nothing is stored.
 */

const BUILT_IN = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

const manager: Actor = { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] };
const visitor: Actor = { kind: 'visitor' };

/** An office in the middle of a day: open windows, a visitor called, people waiting, an alarm, a booking. */
const busyOffice = (): TestOffice => {
  const office = new TestOffice();
  office.open('w1');
  office.open('w2');
  for (const topic of ['readings', 'payment', 'consult']) office.issue(topic);
  office.callNext('w1');
  office.run({ type: 'manager.call', windowId: 'w2' });
  office.run({ type: 'appointment.book', serviceId: 'consult', slotAt: T0 + 120 * MIN }, manager);
  office.run({ type: 'staff.login', staffId: 'op1', mode: 'operator', windowId: 'w1' });
  return office;
};

interface Case {
  command: Command;
  refused: string;
  actor?: Actor;
}

/** Every command that names a record of the office, with that name built in; and what it must answer. */
const cases = (name: string): Case[] => [
  {
    command: {
      type: 'ticket.issue',
      serviceIds: [name],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    },
    refused: 'unknown_service',
    actor: kiosk,
  },
  { command: { type: 'ticket.callNext', windowId: name }, refused: 'unknown_window' },
  {
    command: { type: 'ticket.call', windowId: 'w2', ticketId: name, reason: 'Срочно' },
    refused: 'unknown_ticket',
  },
  {
    command: { type: 'ticket.call', windowId: name, ticketId: name, reason: 'Срочно' },
    refused: 'unknown_window',
  },
  { command: { type: 'ticket.recall', windowId: name }, refused: 'unknown_window' },
  { command: { type: 'ticket.start', windowId: name }, refused: 'unknown_window' },
  { command: { type: 'ticket.finish', windowId: name, result: 'resolved' }, refused: 'unknown_window' },
  { command: { type: 'ticket.noShow', windowId: name }, refused: 'unknown_window' },
  {
    command: {
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: name,
      toWindowId: null,
      reason: 'Другая тема',
    },
    refused: 'unknown_service',
  },
  {
    command: {
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: null,
      toWindowId: name,
      reason: 'В окно',
    },
    refused: 'unknown_window',
  },
  { command: { type: 'ticket.postpone', windowId: name, minutes: 5 }, refused: 'unknown_window' },
  { command: { type: 'ticket.return', ticketId: name }, refused: 'unknown_ticket' },
  { command: { type: 'ticket.cancel', ticketId: name, reason: 'Ушёл' }, refused: 'unknown_ticket' },
  {
    command: { type: 'ticket.stepOut', ticketId: name, minutes: 5 },
    refused: 'unknown_ticket',
    actor: visitor,
  },
  { command: { type: 'ticket.stepIn', ticketId: name }, refused: 'unknown_ticket', actor: visitor },
  {
    command: { type: 'visit.feedback', ticketId: name, windowId: null, rating: 5, kind: null, text: null },
    refused: 'feedback_closed',
    actor: visitor,
  },
  {
    command: { type: 'visit.feedback', ticketId: null, windowId: name, rating: 5, kind: null, text: null },
    refused: 'feedback_closed',
    actor: kiosk,
  },
  {
    command: { type: 'ticket.printResult', ticketId: name, status: 'printed', deviceId: 'kiosk-1' },
    refused: 'unknown_ticket',
  },
  { command: { type: 'window.open', windowId: name }, refused: 'unknown_window' },
  {
    command: { type: 'window.open', windowId: 'w3', staffId: name, reason: 'Подмена' },
    refused: 'unknown_staff',
  },
  { command: { type: 'window.pause', windowId: name, reason: 'Перерыв' }, refused: 'unknown_window' },
  { command: { type: 'window.resume', windowId: name }, refused: 'unknown_window' },
  { command: { type: 'window.close', windowId: name }, refused: 'unknown_window' },
  {
    command: {
      type: 'window.setServices',
      windowId: name,
      services: [{ serviceId: 'readings', weight: 1 }],
      reason: 'Волна',
    },
    refused: 'unknown_window',
  },
  {
    command: {
      type: 'window.setServices',
      windowId: 'w2',
      services: [{ serviceId: name, weight: 1 }],
      reason: 'Волна',
    },
    refused: 'unknown_service',
  },
  {
    command: { type: 'staff.login', staffId: name, mode: 'operator', windowId: null },
    refused: 'unknown_staff',
  },
  {
    command: { type: 'staff.login', staffId: 'op2', mode: 'operator', windowId: name },
    refused: 'unknown_window',
  },
  { command: { type: 'staff.logout', staffId: name }, refused: 'unknown_staff' },
  { command: { type: 'alarm.acknowledge', key: name }, refused: 'unknown_alarm' },
  { command: { type: 'manager.call', windowId: name }, refused: 'unknown_window' },
  { command: { type: 'door.accept', key: name }, refused: 'unknown_alarm' },
  { command: { type: 'overload.accept', episodeId: name, windowId: null }, refused: 'unknown_episode' },
  {
    command: { type: 'appointment.book', serviceId: name, slotAt: T0 + 180 * MIN },
    refused: 'unknown_service',
    actor: manager,
  },
  {
    command: { type: 'appointment.cancel', appointmentId: name, reason: 'Позвонил' },
    refused: 'unknown_appointment',
  },
  { command: { type: 'staff.resetPin', staffId: name }, refused: 'unknown_staff', actor: manager },
];

describe('ids named after built-in properties', () => {
  const office = busyOffice();
  const count = cases('x').length;

  it('every command naming one is refused as unknown and stores nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN), fc.nat({ max: count - 1 }), (name, index) => {
        const { command, refused, actor } = cases(name)[index]!;
        const before = office.state;
        const result = office.try(command, actor ?? admin);
        expect(isRefusal(result) ? result.code : result).toBe(refused);
        expect(office.state).toBe(before);
      }),
      {
        numRuns: 400,
        examples: [
          ['constructor', 13],
          ['__proto__', 23],
          ['constructor', 24],
        ],
      },
    );
  });

  it('the cases cover every command that names a record', () => {
    // Typed by CommandType: a new command does not compile until it is listed here.
    const naming: Record<CommandType, boolean> = {
      'ticket.issue': true,
      'ticket.callNext': true,
      'ticket.call': true,
      'ticket.recall': true,
      'ticket.start': true,
      'ticket.finish': true,
      'ticket.noShow': true,
      'ticket.transfer': true,
      'ticket.postpone': true,
      'ticket.return': true,
      'ticket.cancel': true,
      'ticket.stepOut': true,
      'ticket.stepIn': true,
      'visit.feedback': true,
      'ticket.printResult': true,
      'window.open': true,
      'window.pause': true,
      'window.resume': true,
      'window.close': true,
      'window.setServices': true,
      'staff.login': true,
      'staff.logout': true,
      'alarm.acknowledge': true,
      'manager.call': true,
      'door.accept': true,
      'overload.accept': true,
      'appointment.book': true,
      'appointment.cancel': true,
      'staff.resetPin': true,
      // No record to look up: the clock, a check-in code (a late visitor's move too), the day as a
      // whole, the configuration as a whole, and a device's own records (the server names the device
      // from its token, or finds it in its own file).
      'clock.tick': false,
      // The door's id is the button's own (its device id, or its address on the line): no record.
      'door.call': false,
      'appointment.checkIn': false,
      'appointment.reschedule': false,
      'day.end': false,
      'config.replace': false,
      'device.printerStatus': false,
      'device.register': false,
      'device.revoke': false,
      'device.setPrinter': false,
    };
    const covered = new Set(cases('x').map((c) => c.command.type));
    expect(
      Object.keys(naming).filter((type) => naming[type as CommandType] !== covered.has(type as CommandType)),
    ).toEqual([]);
  });
});
