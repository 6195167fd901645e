/**
 * Every queue per topic, as the administrator watches it (DESIGN §5): how many wait, the longest wait so
 * far, and the forecast against the wait norm (StaffView.forecast, the engine's own projection), so a
 * breach shows up before it happens. The board computes nothing the engine decides; it only reads.
 */
import { currentServiceId, type Service, waitNormMs } from '@queue/engine';
import type { StaffView } from '@queue/protocol';

/**
 * - `breach`: someone has already waited past the norm;
 * - `noWindow`: people wait but no open window serves the topic;
 * - `forecastBreach`: the early warning, someone is expected to be called only after the norm;
 * - `ok` / `empty`.
 */
export type QueueStatus = 'breach' | 'forecastBreach' | 'noWindow' | 'ok' | 'empty';

export interface TopicQueue {
  service: Service;
  waiting: number;
  longestWaitMs: number | null;
  /** The longest expected total wait (from the start of waiting to the forecast call) of those waiting. */
  forecastWaitMs: number | null;
  /** Waiting tickets no open window will call. */
  unserved: number;
  waitNormMs: number;
  status: QueueStatus;
}

export const topicQueues = (view: StaffView, now: number): TopicQueue[] => {
  const { config } = view;
  const alarmed = new Set(view.alarms.map((alarm) => `${alarm.kind}:${alarm.serviceId}`));
  return config.services
    .map((service): TopicQueue => {
      const tickets = view.tickets.filter(
        (ticket) => ticket.state === 'waiting' && currentServiceId(ticket) === service.id,
      );
      const norm = waitNormMs(config, service.id);
      let longest: number | null = null;
      let forecastWait: number | null = null;
      let unserved = 0;
      for (const ticket of tickets) {
        const waited = Math.max(0, now - ticket.waitingSince);
        longest = Math.max(longest ?? 0, waited);
        const at = view.forecast.tickets[ticket.id]?.at ?? null;
        if (at === null) unserved += 1;
        else forecastWait = Math.max(forecastWait ?? 0, Math.max(at, now) - ticket.waitingSince);
      }
      const status: QueueStatus =
        tickets.length === 0
          ? 'empty'
          : (longest ?? 0) > norm || alarmed.has(`waitBreach:${service.id}`)
            ? 'breach'
            : // The engine's early warning also covers these (never called = past the norm); saying that
              // no window serves the topic tells the administrator what to do about it.
              unserved > 0
              ? 'noWindow'
              : (forecastWait ?? 0) > norm || alarmed.has(`waitForecast:${service.id}`)
                ? 'forecastBreach'
                : 'ok';
      return {
        service,
        waiting: tickets.length,
        longestWaitMs: longest,
        forecastWaitMs: forecastWait,
        unserved,
        waitNormMs: norm,
        status,
      };
    })
    .filter((queue) => queue.service.enabled || queue.waiting > 0);
};
