/**
 * Each alarm in plain words, naming the window, topic and ticket (issue 5). The texts are for staff;
 * they stay polite all the same (REGULATIONS §6), and the out-of-turn alarm speaks of the visitor as
 * someone who needs help, never of their category in public terms.
 */
import { type Alarm, FORECAST_OVERLOAD_KEY, hallGroupOf, serviceNormMin, waitNormMin } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { forecastCall } from '@queue/ui';
import { serviceTitle, staffName, windowLabel } from './staff-names';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const ticketNumber = (view: StaffView, ticketId: string | null): string | null =>
  view.tickets.find((ticket) => ticket.id === ticketId)?.number ?? null;

/** The short heading of an alarm kind. */
export const alarmTitle = (alarm: Alarm, t: Translate): string => t(`admin.alarmKind.${alarm.kind}`);

export const alarmText = (alarm: Alarm, view: StaffView, t: Translate): string => {
  const { config } = view;
  const window = windowLabel(config, alarm.windowId) ?? '—';
  const topic = serviceTitle(config, alarm.serviceId) ?? '—';
  const number = ticketNumber(view, alarm.ticketId);
  const ticket = number ?? '—';
  const count = alarm.count ?? 0;
  switch (alarm.kind) {
    case 'waitForecast':
      return t('admin.alarm.waitForecast', {
        topic,
        count,
        norm: alarm.serviceId ? waitNormMin(config, alarm.serviceId) : config.profile.waitNormMin,
      });
    case 'waitBreach':
      return t('admin.alarm.waitBreach', {
        topic,
        count,
        norm: alarm.serviceId ? waitNormMin(config, alarm.serviceId) : config.profile.waitNormMin,
      });
    case 'serviceOverNorm':
      return t('admin.alarm.serviceOverNorm', {
        window,
        ticket,
        norm: alarm.serviceId ? serviceNormMin(config, alarm.serviceId) : config.profile.serviceNormMin,
      });
    case 'idleWhileQueue':
      return t('admin.alarm.idleWhileQueue', { window, count });
    case 'visitCap':
      return t('admin.alarm.visitCap', { ticket, cap: config.profile.visitCapMin ?? 0 });
    case 'priorityArrived':
      return t('admin.alarm.priorityArrived', { ticket });
    case 'managerCall': {
      const operatorId = view.windows.find((w) => w.id === alarm.windowId)?.operatorId ?? null;
      const operator = staffName(config, operatorId);
      const who = operator
        ? t('admin.alarm.managerCallBy', { window, operator })
        : t('admin.alarm.managerCall', { window });
      return number === null ? who : who + t('admin.alarm.managerCallTicket', { ticket: number });
    }
    case 'doorCall':
      return t('admin.alarm.doorCall');
    case 'printerFault': {
      const status = alarm.deviceId ? (view.printers[alarm.deviceId] ?? 'error') : 'error';
      return t('admin.alarm.printerFault', {
        device: alarm.deviceId ?? '—',
        status: t(`admin.printerStatus.${status}`),
      });
    }
    case 'printerPaperLow':
      return t('admin.alarm.printerPaperLow', { device: alarm.deviceId ?? '—' });
    case 'overload': {
      if (alarm.key === FORECAST_OVERLOAD_KEY) {
        const call = forecastCall(view);
        return t(call.breached ? 'admin.alarm.overloadWaitBreach' : 'admin.alarm.overloadForecast', {
          norm: call.normMin,
        });
      }
      if (alarm.windowId !== null) return t('admin.alarm.overloadWindow', { window, count });
      const group = hallGroupOf(alarm.key);
      return group === null
        ? t('admin.alarm.overloadHall', { count })
        : t('admin.alarm.overloadHallGroup', {
            group: config.groups.find((g) => g.id === group)?.title ?? group,
            count,
          });
    }
  }
};

/**
 * What the administrator is asked to do, where the alarm asks for a person (004 §6.7.2, 003 §8.5). A
 * call for extra staff says the reserve was told only when someone of the reserve was on shift to be.
 */
export const alarmHint = (alarm: Alarm, view: StaffView, t: Translate): string | null => {
  if (alarm.kind === 'overload') {
    const episode = view.episodes.find((e) => e.alarmKey === alarm.key && e.endedAt === null);
    if (episode && episode.notified.length === 0) return t('admin.alarmHint.overloadNobody');
    return alarm.key === FORECAST_OVERLOAD_KEY
      ? t('admin.alarmHint.overloadForecast')
      : t('admin.alarmHint.overload');
  }
  return alarm.kind === 'priorityArrived' || alarm.kind === 'managerCall' || alarm.kind === 'doorCall'
    ? t(`admin.alarmHint.${alarm.kind}`)
    : null;
};
