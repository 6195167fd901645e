import {
  ALWAYS_OPEN,
  type Actor,
  type Command,
  MINUTE,
  type OfficeState,
  chooseNext,
  demoOffice,
  execute,
  initialState,
  isRefusal,
  routingContext,
} from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { PEER_ORDERINGS, type TicketHistory } from '../src/index.js';
import { at } from './tiny-day.js';

const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator', 'reserve'] };
const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };

/**
 * One hall, four waiting visitors at «Окно 1» (readings is its main topic, consultation a side one):
 * each ordering picks a different one, as its source says it should.
 */
const hall = () => {
  let state: OfficeState = initialState(demoOffice({ hours: ALWAYS_OPEN }));
  const run = (time: string, command: Command, actor: Actor = admin) => {
    const result = execute(state, command, { now: at(time), actor, nonce: 'test' });
    if (isRefusal(result)) throw new Error(`${command.type}: ${result.code}`);
    state = result.state;
    return result.events;
  };
  const issue = (time: string, serviceId: string, priority: 'disability' | null = null) => {
    const issued = run(
      time,
      { type: 'ticket.issue', serviceIds: [serviceId], clientType: 'individual', priority, source: 'kiosk' },
      kiosk,
    ).find((e) => e.type === 'ticket.issued');
    if (issued?.type !== 'ticket.issued') throw new Error('not issued');
    return issued.ticket.id;
  };
  run('08:45', { type: 'window.open', windowId: 'w2' });
  const transferred = issue('08:50', 'charges');
  run('08:51', { type: 'ticket.callNext', windowId: 'w2' });
  run('08:52', { type: 'ticket.start', windowId: 'w2' });
  const side = issue('09:00', 'consult');
  const main = issue('09:05', 'readings');
  const outOfTurn = issue('09:06', 'consult', 'disability');
  run('09:07', {
    type: 'ticket.transfer',
    windowId: 'w2',
    toServiceId: 'readings',
    toWindowId: null,
    reason: 'Показания — в окне 1',
  });
  run('09:07', { type: 'window.open', windowId: 'w1' });
  run('09:07', { type: 'window.close', windowId: 'w2' });
  const history: TicketHistory = { transferredAt: (id) => (id === transferred ? at('09:07') : null) };
  const w1 = { id: 'w1', services: state.windows.w1!.services };
  return { state, w1, history, ids: { transferred, side, main, outOfTurn } };
};

describe('the orderings compared', () => {
  it('each picks by its own rule', () => {
    const { state, w1, history, ids } = hall();
    const now = at('09:08');
    // The product: out of turn first (004 §6.7).
    expect(chooseNext(Object.values(state.tickets), w1, routingContext(state, now))?.id).toBe(ids.outOfTurn);
    // FIFO per topic: the oldest place in line — the transferred visitor keeps 08:50.
    expect(PEER_ORDERINGS.fifo(state, w1, now, history)?.id).toBe(ids.transferred);
    // NovoSGA: the operator's weight first (readings), then arrival; a redirect arrives anew at 09:07.
    expect(PEER_ORDERINGS.novosga(state, w1, now, history)?.id).toBe(ids.main);
    // QSystem: the operator's coefficient first, then priority: a redirected customer is «high».
    expect(PEER_ORDERINGS.qsystem(state, w1, now, history)?.id).toBe(ids.transferred);
  });

  it('the peers take a side topic only when no main-topic visitor waits; the product when it is about to breach', () => {
    const { state, w1, history, ids } = hall();
    const later = at('09:00') + 16 * MINUTE;
    // At 09:16 the side visitor (09:00, norm 20) has four minutes left: the product takes them before
    // the main-topic visitors; NovoSGA still serves main topics first.
    const pool = Object.values(state.tickets).filter(
      (t) => t.id !== ids.outOfTurn && t.id !== ids.transferred,
    );
    const without = { ...state, tickets: Object.fromEntries(pool.map((t) => [t.id, t])) };
    expect(chooseNext(pool, w1, routingContext(without, later))?.id).toBe(ids.side);
    expect(PEER_ORDERINGS.novosga(without, w1, later, history)?.id).toBe(ids.main);
  });
});
