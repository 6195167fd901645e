import type { OfficeConfig } from '@queue/engine';

/**
 * Names for the keys of a report: topics, groups, windows and staff as the configurations in the data
 * called them. A later configuration renames; a removed topic keeps the last name it had.
 */
export interface Labels {
  topics: Record<string, string>;
  groups: Record<string, string>;
  windows: Record<string, string>;
  staff: Record<string, string>;
}

export const emptyLabels = (): Labels => ({ topics: {}, groups: {}, windows: {}, staff: {} });

export const learnLabels = (labels: Labels, config: OfficeConfig): void => {
  for (const s of config.services) labels.topics[s.id] = s.title;
  for (const g of config.groups) labels.groups[g.id] = g.title;
  for (const w of config.windows) labels.windows[w.id] = w.label;
  for (const m of config.staff) labels.staff[m.id] = m.fullName;
};
