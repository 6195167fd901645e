/** How the board names people and places from the configuration the staff view carries. */
import type { OfficeConfig } from '@queue/engine';

/** Full name (REGULATIONS §6: staff are named in full); an unknown id is shown as it is. */
export const staffName = (config: OfficeConfig, staffId: string | null): string | null => {
  if (staffId === null) return null;
  return config.staff.find((member) => member.id === staffId)?.fullName ?? staffId;
};

export const windowLabel = (config: OfficeConfig, windowId: string | null): string | null => {
  if (windowId === null) return null;
  return config.windows.find((window) => window.id === windowId)?.label ?? windowId;
};

export const serviceTitle = (config: OfficeConfig, serviceId: string | null): string | null => {
  if (serviceId === null) return null;
  return config.services.find((service) => service.id === serviceId)?.title ?? serviceId;
};
