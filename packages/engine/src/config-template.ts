import type { NormProfile, OfficeConfig, Service, ServiceGroup } from './model.js';

/**
 * A configuration the head office offers (issue 16): topics, their groups and norms, the preset. An
 * office adopts it as an ordinary configuration change, so the office stays the one writer of its own
 * record; what the office alone knows — hours, windows, staff, appointments, the ticket — stays its own.
 */
export interface TemplateOffer {
  id: number;
  title: string;
  profile: NormProfile;
  groups: ServiceGroup[];
  services: Service[];
}

/**
 * A copy the office's configuration does not share with the offer. The offer is JSON from the head
 * office, so JSON copies it whole; `structuredClone` is the host's, and the engine uses only the language.
 */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The office's configuration with the template adopted. A topic of the office the template does not
 * have is kept, disabled (no new tickets; whoever queues for it is still served, and its windows and
 * history keep their names), with its group; the manager may remove it later.
 */
export const adoptTemplate = (config: OfficeConfig, offer: TemplateOffer): OfficeConfig => {
  const offered = new Set(offer.services.map((s) => s.id));
  const kept = config.services.filter((s) => !offered.has(s.id)).map((s) => ({ ...s, enabled: false }));
  const groupIds = new Set(offer.groups.map((g) => g.id));
  const keptGroups = config.groups.filter((g) => !groupIds.has(g.id) && kept.some((s) => s.groupId === g.id));
  return {
    ...config,
    profile: copyOf(offer.profile),
    groups: [...copyOf(offer.groups), ...keptGroups],
    services: [...copyOf(offer.services), ...kept],
    template: { id: offer.id, title: offer.title },
  };
};

/** What adopting the template would change, for the manager to read before adopting. */
export interface TemplateChanges {
  presetFrom: string;
  presetTo: string;
  added: string[];
  disabled: string[];
  /** Topics whose wait or service norm (as resolved: topic, group, preset) changes. */
  renormed: string[];
  /** Topics of the template no window of the office serves yet: the manager assigns them windows. */
  unserved: string[];
}

const norms = (config: OfficeConfig, service: Service) => {
  const group = config.groups.find((g) => g.id === service.groupId);
  return [
    service.waitNormMin ?? group?.waitNormMin ?? config.profile.waitNormMin,
    service.serviceNormMin ?? group?.serviceNormMin ?? config.profile.serviceNormMin,
  ].join('/');
};

export const templateChanges = (config: OfficeConfig, offer: TemplateOffer): TemplateChanges => {
  const next = adoptTemplate(config, offer);
  const before = new Map(config.services.map((s) => [s.id, s]));
  const served = new Set(config.windows.flatMap((w) => w.services.map((s) => s.serviceId)));
  return {
    presetFrom: config.profile.title,
    presetTo: offer.profile.title,
    added: offer.services.filter((s) => !before.has(s.id)).map((s) => s.id),
    disabled: next.services.filter((s) => !s.enabled && before.get(s.id)?.enabled).map((s) => s.id),
    renormed: offer.services
      .filter((s) => {
        const old = before.get(s.id);
        return old !== undefined && norms(config, old) !== norms(next, s);
      })
      .map((s) => s.id),
    unserved: offer.services.filter((s) => s.enabled && !served.has(s.id)).map((s) => s.id),
  };
};
