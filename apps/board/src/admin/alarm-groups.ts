import type { Alarm, AlarmKind } from '@queue/engine';

/**
 * The alarms as the administrator should meet them (issue 19): one item per thing to act on. The wait
 * alarms come one per topic — three topics at risk are one problem (too few windows), not three — so
 * they are grouped by kind; every other alarm stands alone. Accepted alarms are set apart: they are
 * someone's already, and the count of what needs attention leaves them out.
 */
export interface AlarmGroup {
  key: string;
  kind: AlarmKind;
  /** Newest first, as the view lists them. */
  alarms: Alarm[];
}

const GROUPED: ReadonlySet<AlarmKind> = new Set(['waitForecast', 'waitBreach']);

export const alarmGroups = (alarms: readonly Alarm[]): { open: AlarmGroup[]; accepted: Alarm[] } => {
  const open: AlarmGroup[] = [];
  const byKind = new Map<AlarmKind, AlarmGroup>();
  for (const alarm of alarms) {
    if (alarm.acknowledgedBy !== null) continue;
    if (!GROUPED.has(alarm.kind)) {
      open.push({ key: alarm.key, kind: alarm.kind, alarms: [alarm] });
      continue;
    }
    const group = byKind.get(alarm.kind);
    if (group) group.alarms.push(alarm);
    else {
      const created = { key: `group:${alarm.kind}`, kind: alarm.kind, alarms: [alarm] };
      byKind.set(alarm.kind, created);
      open.push(created);
    }
  }
  return { open, accepted: alarms.filter((alarm) => alarm.acknowledgedBy !== null) };
};
