import { type OfficeConfig, serviceNormMin, waitNormMin } from '@queue/engine';

/**
 * The norms a figure is measured against, from the configuration in force when the wait or the service
 * began (a change of norms applies from the moment it is made, never backwards). The source says which
 * level of the configuration set the norm: the topic (004 §6.2.5 per-topic table), its group (000 п.72
 * specialist and cashier) or the office's preset.
 */
export type NormSource = 'topic' | 'group' | 'profile';

export interface ResolvedNorms {
  waitMin: number;
  serviceMin: number;
  waitSource: NormSource;
  serviceSource: NormSource;
  groupId: string;
}

const cache = new WeakMap<OfficeConfig, Map<string, ResolvedNorms>>();

export const normsFor = (config: OfficeConfig, serviceId: string): ResolvedNorms => {
  let byService = cache.get(config);
  if (!byService) {
    byService = new Map();
    cache.set(config, byService);
  }
  const known = byService.get(serviceId);
  if (known) return known;
  const service = config.services.find((s) => s.id === serviceId);
  const group = config.groups.find((g) => g.id === service?.groupId);
  const source = (own: number | null | undefined): NormSource =>
    own != null ? 'topic' : group ? 'group' : 'profile';
  const resolved: ResolvedNorms = {
    waitMin: waitNormMin(config, serviceId),
    serviceMin: serviceNormMin(config, serviceId),
    waitSource: source(service?.waitNormMin),
    serviceSource: source(service?.serviceNormMin),
    groupId: service?.groupId ?? '',
  };
  byService.set(serviceId, resolved);
  return resolved;
};
