import type { OfficeConfig, PresetId, ReceptionHours, WindowConfig } from '../model.js';
import { WEEKDAY_HOURS } from './demo-office.js';
import { PRESETS } from './presets.js';

export interface NewOfficeOptions {
  id: string;
  name: string;
  preset: PresetId;
  timeZone: string;
  hours?: ReceptionHours;
  /** Windows of specialists: each takes every topic that is not the cash desk's. */
  windows: number;
  /** Cash desks: the cashier group's topics. */
  cashDesks: number;
  manager: { id: string; login: string; fullName: string };
}

/**
 * A real office's first configuration (`npm run office -- init`, issue 15): the preset's topics and
 * norms, numbered windows and cash desks, and one member of staff, its manager, who adds the others and
 * finishes the set-up in the settings screen. Nothing of the demo's people is in it.
 */
export const newOffice = (options: NewOfficeOptions): OfficeConfig => {
  const preset = PRESETS[options.preset];
  const services = preset.services.map((s) => ({ ...s }));
  const atWindow = services.filter((s) => s.groupId !== 'cashier');
  const atCashDesk = services.filter((s) => s.groupId === 'cashier');
  const windows: WindowConfig[] = [
    ...Array.from({ length: options.windows }, (_, i) => ({
      id: `w${i + 1}`,
      label: `Окно ${i + 1}`,
      kind: 'window' as const,
      services: atWindow.map((s) => ({ serviceId: s.id, weight: 1 })),
      ledAddress: i + 1,
    })),
    ...Array.from({ length: atCashDesk.length > 0 ? options.cashDesks : 0 }, (_, i) => ({
      id: `k${i + 1}`,
      label: `Касса ${i + 1}`,
      kind: 'cashier' as const,
      services: atCashDesk.map((s) => ({ serviceId: s.id, weight: 1 })),
      ledAddress: options.windows + i + 1,
    })),
  ];
  return {
    id: options.id,
    name: options.name,
    timeZone: options.timeZone,
    hours: options.hours ?? WEEKDAY_HOURS,
    profile: { ...preset.profile },
    groups: preset.groups.map((g) => ({ ...g })),
    services,
    windows,
    staff: [
      {
        id: options.manager.id,
        fullName: options.manager.fullName,
        position: 'Начальник офиса',
        login: options.manager.login,
        roles: ['manager', 'administrator'],
        windowId: null,
      },
    ],
    appointments: {
      slotMin: 15,
      capacityPerSlot: 1,
      serviceIds: atWindow.map((s) => s.id),
      checkInEarlyMin: 30,
    },
    infoLine: 'Обслуживание людей с инвалидностью — вне очереди.',
  };
};
