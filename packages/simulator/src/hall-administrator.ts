import { MINUTE } from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import type { OfficeFloor } from './office-floor.js';
import type { Operators } from './operators.js';

type Administrator = NonNullable<DayProfile['hallAdministrator']>;

/**
 * 004 §6.7.2, 001 §7.1.4: the hall administrator answers the engine's «priority visitor arrived» alarm.
 * If no window has called the visitor `helpAfterMin` after it, the administrator serves them at the
 * spare desk, then closes it. Office procedure, so it applies whatever the ordering.
 */
export const answerPriorityVisitors = (
  floor: OfficeFloor,
  operators: Operators,
  admin: Administrator,
): void => {
  const help = (ticketId: string) => {
    const ticket = floor.state.tickets[ticketId];
    if (ticket?.state !== 'waiting' || !operators.isVacant(admin.windowId)) return;
    const services = [{ serviceId: ticket.serviceIds[ticket.serviceIndex] ?? '', weight: 1 }];
    if (!operators.seat(admin.windowId, admin.staffId, { services, leaving: 'now', login: false })) return;
    floor.exec(
      { type: 'ticket.call', windowId: admin.windowId, ticketId, reason: 'Вне очереди (004 §6.7.2)' },
      floor.actorOf(admin.staffId),
    );
  };
  floor.onEvent((event) => {
    if (event.type !== 'alarm.raised') return;
    const { alarm } = event;
    if (alarm.kind === 'priorityArrived' && alarm.ticketId) {
      const ticketId = alarm.ticketId;
      floor.schedule(floor.now + admin.helpAfterMin * MINUTE, () => help(ticketId));
    }
  });
};
