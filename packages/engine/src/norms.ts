import type { OfficeConfig, Service } from './model.js';

/**
 * Norms resolve from the most specific source: the topic (004 §6.2.5 per-topic table), then its group
 * (000 п.72 specialist and cashier), then the office's profile.
 */

export const MINUTE = 60_000;

const serviceById = (config: OfficeConfig, serviceId: string): Service | undefined =>
  config.services.find((service) => service.id === serviceId);

export const waitNormMin = (config: OfficeConfig, serviceId: string): number => {
  const service = serviceById(config, serviceId);
  if (service?.waitNormMin != null) return service.waitNormMin;
  const group = config.groups.find((g) => g.id === service?.groupId);
  return group?.waitNormMin ?? config.profile.waitNormMin;
};

export const serviceNormMin = (config: OfficeConfig, serviceId: string): number => {
  const service = serviceById(config, serviceId);
  if (service?.serviceNormMin != null) return service.serviceNormMin;
  const group = config.groups.find((g) => g.id === service?.groupId);
  return group?.serviceNormMin ?? config.profile.serviceNormMin;
};

export const waitNormMs = (config: OfficeConfig, serviceId: string): number =>
  waitNormMin(config, serviceId) * MINUTE;

export const serviceNormMs = (config: OfficeConfig, serviceId: string): number =>
  serviceNormMin(config, serviceId) * MINUTE;
