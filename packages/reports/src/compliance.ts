import { mean } from './duration-stats.js';
import type { Facts } from './facts.js';
import type { Labels } from './labels.js';
import type { NormSource } from './norm-lookup.js';
import { type ReportQuery, matchesQuery } from './report-query.js';
import { calledWaits } from './wait-times.js';

/**
 * Compliance the way the standards state their norms: as averages over the period («Параметр
 * (среднее значение)», 000 п.72 Таблица 2, 002 п.58 Таблица 5), per service group where the standard
 * separates them (specialist and cashier, 000 п.72), per topic where it sets a topic's own norm
 * (004 §6.2.5, 003 §8.4). A line is met when the average is at most the norm.
 * The visit cap of 002 Таблица 5 is a maximum, not an average: it is met only when no served visit
 * was longer than the cap.
 * Each wait or service is counted under the norm in force when it began; if a norm changed during the
 * period, the group has a line for each norm.
 */
export interface ComplianceLine {
  measure: 'wait' | 'service' | 'visitCap';
  scope: 'group' | 'topic' | 'office';
  scopeId: string;
  scopeTitle: string;
  normMin: number;
  n: number;
  /** The average (wait, service) or the longest visit (visit cap), `null` without data. */
  valueMs: number | null;
  /** Visit cap only: visits longer than the cap. */
  over: number | null;
  met: boolean | null;
}

interface Normed {
  ms: number | null;
  normMin: number;
  normSource: NormSource;
  groupId: string;
  topicId: string | null;
}

const linesFor = (
  measure: 'wait' | 'service',
  records: readonly Normed[],
  labels: Labels,
): ComplianceLine[] => {
  // Scope, then the scope's id, then the norm: nested maps, so no key is built per record (the head
  // office runs this over hundreds of thousands of waits).
  const buckets = new Map<NormSource, Map<string, Map<number, { line: ComplianceLine; values: number[] }>>>();
  for (const r of records) {
    if (r.ms === null) continue;
    const scope: ComplianceLine['scope'] =
      r.normSource === 'topic' ? 'topic' : r.normSource === 'group' ? 'group' : 'office';
    const scopeId = scope === 'topic' ? (r.topicId ?? '') : scope === 'group' ? r.groupId : '';
    let byId = buckets.get(r.normSource);
    if (!byId) {
      byId = new Map();
      buckets.set(r.normSource, byId);
    }
    let byNorm = byId.get(scopeId);
    if (!byNorm) {
      byNorm = new Map();
      byId.set(scopeId, byNorm);
    }
    let bucket = byNorm.get(r.normMin);
    if (!bucket) {
      const scopeTitle =
        scope === 'topic'
          ? (labels.topics[scopeId] ?? scopeId)
          : scope === 'group'
            ? (labels.groups[scopeId] ?? scopeId)
            : 'Все услуги';
      bucket = {
        line: {
          measure,
          scope,
          scopeId,
          scopeTitle,
          normMin: r.normMin,
          n: 0,
          valueMs: null,
          over: null,
          met: null,
        },
        values: [],
      };
      byNorm.set(r.normMin, bucket);
    }
    bucket.values.push(r.ms);
  }
  return [...buckets.values()]
    .flatMap((byId) => [...byId.values()].flatMap((byNorm) => [...byNorm.values()]))
    .map(({ line, values }) => {
      const avg = mean(values);
      return {
        ...line,
        n: values.length,
        valueMs: avg,
        met: avg === null ? null : avg <= line.normMin * 60_000,
      };
    })
    .sort((a, b) => a.scope.localeCompare(b.scope) || a.scopeTitle.localeCompare(b.scopeTitle, 'ru'));
};

export const compliance = (facts: Facts, query: ReportQuery, labels: Labels): ComplianceLine[] => {
  const waits = calledWaits(facts).filter((w) => matchesQuery(w, query));
  const services = facts.services.filter((s) => matchesQuery(s, query));
  const lines = [...linesFor('wait', waits, labels), ...linesFor('service', services, labels)];
  const capped = facts.visits.filter(
    (v) => v.end === 'served' && v.visitCapMin !== null && v.visitMs !== null && matchesQuery(v, query),
  );
  const caps = new Map<number, number[]>();
  for (const v of capped) {
    const list = caps.get(v.visitCapMin!);
    if (list) list.push(v.visitMs!);
    else caps.set(v.visitCapMin!, [v.visitMs!]);
  }
  for (const [capMin, values] of caps) {
    const over = values.filter((ms) => ms > capMin * 60_000).length;
    lines.push({
      measure: 'visitCap',
      scope: 'office',
      scopeId: '',
      scopeTitle: 'Все услуги',
      normMin: capMin,
      n: values.length,
      valueMs: values.reduce((a, b) => Math.max(a, b), 0),
      over,
      met: over === 0,
    });
  }
  return lines;
};
