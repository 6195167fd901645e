/**
 * The forecast's call for extra staff (the engine's `overload:forecast`): hall-wide, up while a waiting
 * visitor is forecast to wait past the wait norm or already has, and only while the count rule is not
 * calling. Screens name this reason by the alarm's key, never by its text, and quote the norm of the
 * topics at stake — the wait alarms that are up — since norms may differ per topic and group.
 */
import { type Alarm, waitNormMin } from '@queue/engine';
import type { StaffView } from '@queue/protocol';

export interface ForecastCall {
  /** A visitor has already waited past the norm (not just forecast to). */
  breached: boolean;
  /** The strictest norm among the topics at stake, in minutes. */
  normMin: number;
  /** The topics at stake: already past their norm, or forecast to be. */
  serviceIds: string[];
}

/** The topics whose wait alarm of this kind is up. */
const topicsWith = (view: StaffView, kind: Alarm['kind']): string[] =>
  view.alarms.flatMap((alarm) => (alarm.kind === kind && alarm.serviceId !== null ? [alarm.serviceId] : []));

export const forecastCall = (view: StaffView): ForecastCall => {
  const breached = topicsWith(view, 'waitBreach');
  const atRisk = topicsWith(view, 'waitForecast');
  const norms = (breached.length > 0 ? breached : atRisk).map((serviceId) =>
    waitNormMin(view.config, serviceId),
  );
  return {
    breached: breached.length > 0,
    // The wait alarms rise and clear with the call; should the view lack them, the office's own norm.
    normMin: norms.length > 0 ? Math.min(...norms) : view.config.profile.waitNormMin,
    serviceIds: [...new Set([...breached, ...atRisk])],
  };
};
