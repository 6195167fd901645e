import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  type Actor,
  type OfficeConfig,
  type RefusalCode,
  demoOffice,
  isRefusal,
  windowsOpenableBy,
} from '../src/index.js';
import { TestOffice, admin, op } from './office-fixture.js';

/**
 * Issue 13 §4, as the rule reads: an operator opens only the windows the office's configuration gives
 * them, one at a time; reserve staff go where the hall needs them (002 п.55), still one window at a
 * time; the hall administrator opening a window on someone's behalf (with a reason) is not bound.
 * In the demo office op1 works at w1, op3 at w3, and «reserve» has no window of their own.
 */

const reserve: Actor = { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] };

/** The demo office with an operator who has no window in the configuration. */
const withUnplacedOperator = (): OfficeConfig => {
  const config = demoOffice({ hours: ALWAYS_OPEN });
  return {
    ...config,
    staff: config.staff.map((s) => (s.id === 'op2' ? { ...s, windowId: null } : s)),
  };
};

interface Row {
  given: string;
  when: string;
  config?: OfficeConfig;
  setup?: (office: TestOffice) => void;
  actor: Actor;
  windowId: string;
  onBehalfOf?: string;
  outcome: { opened: string; by: string } | { refused: RefusalCode; windowId: string };
}

const ROWS: Row[] = [
  {
    given: 'op1 works at w1 by the configuration',
    when: 'op1 opens w1',
    actor: op('op1'),
    windowId: 'w1',
    outcome: { opened: 'w1', by: 'op1' },
  },
  {
    given: 'op1 works at w1 by the configuration',
    when: "op1 opens op3's window w3",
    actor: op('op1'),
    windowId: 'w3',
    outcome: { refused: 'window_not_assigned', windowId: 'w3' },
  },
  {
    given: 'op1 works at w1 by the configuration',
    when: 'op1 opens the cash desk k1',
    actor: op('op1'),
    windowId: 'k1',
    outcome: { refused: 'window_not_assigned', windowId: 'k1' },
  },
  {
    given: 'op2 has no window in the configuration and is not reserve staff',
    when: 'op2 opens w2',
    config: withUnplacedOperator(),
    actor: op('op2'),
    windowId: 'w2',
    outcome: { refused: 'window_not_assigned', windowId: 'w2' },
  },
  {
    given: 'reserve staff, with no window of their own',
    when: 'they open w2',
    actor: reserve,
    windowId: 'w2',
    outcome: { opened: 'w2', by: 'reserve' },
  },
  {
    given: 'reserve staff working at w2',
    when: 'they open w3 as well',
    setup: (office) => office.open('w2', reserve),
    actor: reserve,
    windowId: 'w3',
    outcome: { refused: 'already_at_window', windowId: 'w2' },
  },
  {
    given: 'reserve staff with w2 paused',
    when: 'they open w3',
    setup: (office) => {
      office.open('w2', reserve);
      office.run({ type: 'window.pause', windowId: 'w2', reason: 'Перерыв' }, reserve);
    },
    actor: reserve,
    windowId: 'w3',
    outcome: { refused: 'already_at_window', windowId: 'w2' },
  },
  {
    given: 'reserve staff who worked at w2 and closed it',
    when: 'they open w3',
    setup: (office) => {
      office.open('w2', reserve);
      office.run({ type: 'window.close', windowId: 'w2' }, reserve);
    },
    actor: reserve,
    windowId: 'w3',
    outcome: { opened: 'w3', by: 'reserve' },
  },
  {
    given: 'op1 works at w1 by the configuration',
    when: 'the administrator opens w3 on op1’s behalf, with a reason',
    actor: admin,
    windowId: 'w3',
    onBehalfOf: 'op1',
    outcome: { opened: 'w3', by: 'op1' },
  },
  {
    given: 'op1 already working at w1',
    when: 'the administrator opens the cash desk on op1’s behalf, with a reason',
    setup: (office) => office.open('w1', op('op1')),
    actor: admin,
    windowId: 'k1',
    onBehalfOf: 'op1',
    outcome: { opened: 'k1', by: 'op1' },
  },
];

describe('an operator opens only the windows the configuration gives them, one at a time', () => {
  for (const row of ROWS) {
    const outcome =
      'opened' in row.outcome ? `${row.outcome.opened} opens` : `refused: ${row.outcome.refused}`;
    it(`given ${row.given}, when ${row.when}, then ${outcome}`, () => {
      const office = new TestOffice(row.config);
      row.setup?.(office);
      const before = office.state;
      const result = office.try(
        {
          type: 'window.open',
          windowId: row.windowId,
          ...(row.onBehalfOf ? { staffId: row.onBehalfOf, reason: 'Подменяет коллегу' } : {}),
        },
        row.actor,
      );
      if ('refused' in row.outcome) {
        expect(result).toEqual({ code: row.outcome.refused, details: { windowId: row.outcome.windowId } });
        expect(office.state).toBe(before);
      } else {
        expect(isRefusal(result)).toBe(false);
        expect(office.state.windows[row.outcome.opened]).toMatchObject({
          status: 'open',
          operatorId: row.outcome.by,
        });
      }
    });
  }

  it('given reserve staff working at w2, when they answer a call for help by opening w3, then it is refused', () => {
    const office = new TestOffice();
    office.open('w2', reserve);
    office.state = {
      ...office.state,
      episodes: {
        e1: {
          id: 'e1',
          alarmKey: 'overload:hall',
          windowId: null,
          count: 6,
          startedAt: office.now,
          notified: ['reserve'],
          acceptedBy: null,
          acceptedAt: null,
          openedWindowId: null,
          openedAt: null,
          endedAt: null,
        },
      },
    };
    const result = office.try({ type: 'overload.accept', episodeId: 'e1', windowId: 'w3' }, reserve);
    expect(result).toEqual({ code: 'already_at_window', details: { windowId: 'w2' } });
  });

  it('the windows the console offers are the ones the engine lets each person open', () => {
    const config = demoOffice({ hours: ALWAYS_OPEN });
    const openable = Object.fromEntries(config.staff.map((s) => [s.id, windowsOpenableBy(config, s)]));
    expect(openable).toEqual({
      admin: ['w1', 'w2', 'w3', 'k1'],
      manager: ['w1', 'w2', 'w3', 'k1'],
      op1: ['w1'],
      op2: ['w2'],
      op3: ['w3'],
      cashier: ['k1'],
      reserve: ['w1', 'w2', 'w3', 'k1'],
    });
  });
});
