import { describe, expect, it } from 'vitest';
import { type Actor, isRefusal } from '../src/index.js';
import { MIN, TestOffice, op } from './office-fixture.js';

const doorButton: Actor = { kind: 'device', deviceId: 'door-1', role: 'door' };
const reserve: Actor = { kind: 'staff', staffId: 'reserve', roles: ['reserve', 'operator'] };

describe('the call button at the entrance (004 §6.7.5–6.7.6)', () => {
  it('given nobody called, when the door button is pressed, then «у входа ждут помощи» is raised once', () => {
    const office = new TestOffice();
    office.tick();
    const events = office.run({ type: 'door.call', doorId: 'door-1' }, doorButton);
    expect(events.map((e) => e.type)).toEqual(['alarm.raised']);
    expect(office.state.alarms['door:door-1']).toMatchObject({
      kind: 'doorCall',
      deviceId: 'door-1',
      raisedAt: office.now,
      acknowledgedBy: null,
    });
    // Pressed again while the call is open: nothing new (no second alarm, no event).
    office.advance(1);
    expect(office.run({ type: 'door.call', doorId: 'door-1' }, doorButton)).toEqual([]);
    expect(office.state.alarms['door:door-1']?.raisedAt).toBe(office.now - MIN);
  });

  it('given an open call, when a named reserve accepts it, then the acceptance names them and the call ends', () => {
    const office = new TestOffice();
    office.run({ type: 'door.call', doorId: 'door-1' }, doorButton);
    office.advance(2);
    const events = office.run({ type: 'door.accept', key: 'door:door-1' }, reserve);
    expect(events.map((e) => e.type)).toEqual(['alarm.acknowledged', 'alarm.cleared']);
    expect(events[0]).toMatchObject({ key: 'door:door-1', by: 'reserve' });
    expect(office.state.alarms['door:door-1']).toBeUndefined();
    // A second person too late: the call is no longer open.
    const late = office.try({ type: 'door.accept', key: 'door:door-1' }, op('op1'));
    expect(isRefusal(late) && late.code).toBe('unknown_alarm');
    // A new press after it was answered is a new call.
    office.advance(1);
    expect(office.run({ type: 'door.call', doorId: 'door-1' }, doorButton).map((e) => e.type)).toEqual([
      'alarm.raised',
    ]);
  });

  it('door.accept takes only a door call, never another alarm', () => {
    const office = new TestOffice();
    office.run({ type: 'manager.call', windowId: 'k1' }, op('op1'));
    const refused = office.try({ type: 'door.accept', key: 'manager:k1' }, reserve);
    expect(isRefusal(refused) && refused.code).toBe('unknown_alarm');
    expect(office.state.alarms['manager:k1']?.acknowledgedBy).toBeNull();
  });
});
