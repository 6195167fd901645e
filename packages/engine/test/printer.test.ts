import { describe, expect, it } from 'vitest';
import type { Command } from '../src/index.js';
import { TestOffice, kiosk } from './office-fixture.js';

/**
 * A kiosk printer's state and the administrator's alarms: a failed print is a fault, paper near its
 * end is a warning before it runs out, and a good print clears both.
 */
const printed = (ticketId: string, status: 'printed' | 'paper_out', paperNearEnd = false): Command => ({
  type: 'ticket.printResult',
  ticketId,
  status,
  deviceId: 'kiosk-1',
  paperNearEnd,
});

describe('the kiosk printer’s alarms', () => {
  it.each([
    { given: 'nothing wrong', prints: [['printed', false]], state: 'printed', alarms: [] as string[] },
    {
      given: 'a print with the roll near its end',
      prints: [['printed', true]],
      state: 'paper_near_end',
      alarms: ['paperLow:kiosk-1'],
    },
    {
      given: 'the roll near its end, then empty',
      prints: [
        ['printed', true],
        ['paper_out', false],
      ],
      state: 'paper_out',
      alarms: ['printer:kiosk-1'],
    },
    {
      given: 'an empty roll replaced by a new one',
      prints: [
        ['paper_out', false],
        ['printed', false],
      ],
      state: 'printed',
      alarms: [],
    },
  ] as const)(
    'given $given, then the printer is $state and the alarms are $alarms',
    ({ prints, state, alarms }) => {
      const office = new TestOffice();
      for (const [status, nearEnd] of prints) {
        const ticket = office.issue('readings');
        office.run(printed(ticket.id, status, nearEnd), kiosk);
      }
      expect(office.state.printers['kiosk-1']).toBe(state);
      expect(office.alarmKeys().filter((k) => k.startsWith('printer:') || k.startsWith('paperLow:'))).toEqual(
        alarms,
      );
      const ticketEvents = office.log.flatMap((e) => (e.type === 'ticket.printed' ? [e.status] : []));
      // The ticket's own record says whether it printed; the paper's state is the printer's.
      expect(ticketEvents).toEqual(prints.map(([status]) => status));
    },
  );
});
