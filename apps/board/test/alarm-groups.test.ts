import type { Alarm } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { alarmGroups } from '../src/admin/alarm-groups';

const alarm = (key: string, kind: Alarm['kind'], acknowledgedBy: string | null = null): Alarm => ({
  key,
  kind,
  raisedAt: 0,
  windowId: null,
  serviceId: null,
  ticketId: null,
  deviceId: null,
  count: 1,
  acknowledgedBy,
  acknowledgedAt: acknowledgedBy ? 1 : null,
});

describe('the administrator’s alarms, grouped', () => {
  it('makes one item of the wait alarms of several topics, keeps the others apart, and sets accepted ones aside', () => {
    const { open, accepted } = alarmGroups([
      alarm('manager:w1', 'managerCall'),
      alarm('waitForecast:readings', 'waitForecast'),
      alarm('printer:kiosk-1', 'printerFault', 'admin'),
      alarm('waitForecast:charges', 'waitForecast'),
      alarm('waitBreach:readings', 'waitBreach'),
      alarm('waitForecast:consult', 'waitForecast', 'admin'),
    ]);
    expect(open.map((g) => [g.key, g.alarms.map((a) => a.key)])).toEqual([
      ['manager:w1', ['manager:w1']],
      ['group:waitForecast', ['waitForecast:readings', 'waitForecast:charges']],
      ['group:waitBreach', ['waitBreach:readings']],
    ]);
    expect(accepted.map((a) => a.key)).toEqual(['printer:kiosk-1', 'waitForecast:consult']);
  });
});
