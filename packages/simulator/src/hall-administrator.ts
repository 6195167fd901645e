import { MINUTE, type PoolingAdvice, forecast, poolingAdvice } from '@queue/engine';
import type { DayProfile } from './day-profile.js';
import type { PoolingChange } from './day-outcome.js';
import { type OfficeFloor, succeeded } from './office-floor.js';
import type { Operators } from './operators.js';

type Administrator = NonNullable<DayProfile['hallAdministrator']>;

/**
 * 004 §6.7.2, 001 §7.1.4: the hall administrator answers the engine's «priority visitor arrived» alarm.
 * If no window has called the visitor `helpAfterMin` after it, the administrator serves them at the
 * spare desk (once done with the visitor before, if any), then closes it. Office procedure, so it applies whatever the ordering. With the product,
 * the board also shows when the forecast expects the visitor to be called: unless a window is expected
 * to call them within the minute (and then does), the administrator, who has gone to meet the visitor
 * anyway, serves them at once.
 */
export const answerPriorityVisitors = (
  floor: OfficeFloor,
  operators: Operators,
  admin: Administrator,
  readsForecast: boolean,
): void => {
  const help = (ticketId: string) => {
    const ticket = floor.state.tickets[ticketId];
    if (ticket?.state !== 'waiting') return;
    // Busy at the desk with another such visitor: back to this one as soon as it is free.
    if (!operators.isVacant(admin.windowId)) {
      floor.schedule(floor.now + MINUTE / 2, () => help(ticketId));
      return;
    }
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
    if (alarm.kind !== 'priorityArrived' || !alarm.ticketId) return;
    const ticketId = alarm.ticketId;
    const expected = readsForecast ? forecast(floor.state, floor.now).tickets[ticketId]?.at : undefined;
    // The walk across the hall to the visitor takes the administrator half a minute; a window the
    // forecast expects to call them within the minute is left to do so.
    // If the minute passes without that call, the administrator, standing by the visitor, serves them.
    const soon = expected != null && expected <= floor.now + MINUTE;
    const at = !readsForecast
      ? floor.now + admin.helpAfterMin * MINUTE
      : soon
        ? floor.now + MINUTE
        : floor.now + MINUTE / 2;
    floor.schedule(at, () => help(ticketId));
  });
};

/**
 * The board's pooling advice (the engine's `poolingAdvice`), applied by the hall administrator: an
 * advice still standing `actAfterMin` after it first appeared is applied with one press — a
 * `window.setServices` with the reason — and so is the advice to give the topics back.
 */
export const applyPoolingAdvice = (
  floor: OfficeFloor,
  admin: Administrator,
  from: number,
  until: () => boolean,
  changes: PoolingChange[],
): void => {
  const seen = new Map<string, number>();
  const actor = floor.actorOf(admin.staffId);
  const look = () => {
    const now = floor.now;
    const standing = new Set<string>();
    // Not for the administrator's own desk: it is open for one visitor at a time.
    for (const advice of poolingAdvice(floor.state, now).filter((a) => a.windowId !== admin.windowId)) {
      const key = `${advice.kind}:${advice.windowId}:${advice.serviceIds.join(',')}`;
      standing.add(key);
      const since = seen.get(key) ?? now;
      seen.set(key, since);
      if (now - since < admin.actAfterMin * MINUTE) continue;
      const reason = adviceReason(floor, advice);
      const done = floor.exec(
        { type: 'window.setServices', windowId: advice.windowId, services: advice.services, reason },
        actor,
      );
      if (succeeded(done)) {
        changes.push({ at: now, windowId: advice.windowId, services: advice.services, reason });
        seen.delete(key);
      }
    }
    for (const key of [...seen.keys()]) if (!standing.has(key)) seen.delete(key);
    if (until()) floor.schedule(now + MINUTE, look);
  };
  floor.schedule(from, look);
};

/** The words the board puts in the log when the administrator presses «Применить». */
const adviceReason = (floor: OfficeFloor, advice: PoolingAdvice): string => {
  const titles = advice.serviceIds
    .map((id) => floor.config.services.find((s) => s.id === id)?.title ?? id)
    .map((t) => `«${t}»`)
    .join(', ');
  return advice.kind === 'widen'
    ? `Совет табло: окно помогает с темой ${titles} примерно ${Math.max(5, Math.round(advice.forMin))} мин, в очереди ${advice.waiting} чел.`
    : `Совет табло: очередь по теме ${titles} спала, окно возвращается к своим темам`;
};
