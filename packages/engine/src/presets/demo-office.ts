import type { OfficeConfig, PresetId, ReceptionHours, StaffMember, WindowConfig } from '../model.js';
import { PRESETS } from './presets.js';

/**
 * The demo office that `npm start` runs and the tests build on: four windows with different services,
 * a hall administrator, a manager, operators, a cashier and one reserve member (issue: engine and server).
 */

export const WEEKDAY_HOURS: ReceptionHours = {
  byWeekday: [
    null,
    { open: '08:00', close: '20:00' },
    { open: '08:00', close: '20:00' },
    { open: '08:00', close: '20:00' },
    { open: '08:00', close: '20:00' },
    { open: '08:00', close: '20:00' },
    { open: '09:00', close: '15:00' },
  ],
  holidays: [],
};

export const ALWAYS_OPEN: ReceptionHours = {
  byWeekday: Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' })),
  holidays: [],
};

export const DEMO_STAFF: StaffMember[] = [
  {
    id: 'admin',
    fullName: 'Смирнова Ольга Петровна',
    position: 'Администратор зала',
    login: 'admin',
    roles: ['administrator', 'reserve'],
    windowId: null,
  },
  {
    id: 'manager',
    fullName: 'Кузнецов Андрей Викторович',
    position: 'Начальник офиса',
    login: 'manager',
    roles: ['manager', 'administrator'],
    windowId: null,
  },
  {
    id: 'op1',
    fullName: 'Иванова Мария Сергеевна',
    position: 'Ведущий специалист',
    login: 'op1',
    roles: ['operator'],
    windowId: 'w1',
  },
  {
    id: 'op2',
    fullName: 'Петров Алексей Николаевич',
    position: 'Специалист',
    login: 'op2',
    roles: ['operator'],
    windowId: 'w2',
  },
  {
    id: 'op3',
    fullName: 'Соколова Елена Игоревна',
    position: 'Специалист по работе с юридическими лицами',
    login: 'op3',
    roles: ['operator'],
    windowId: 'w3',
  },
  {
    id: 'cashier',
    fullName: 'Васильева Татьяна Андреевна',
    position: 'Кассир',
    login: 'kassa',
    roles: ['operator'],
    windowId: 'k1',
  },
  {
    id: 'reserve',
    fullName: 'Морозов Дмитрий Олегович',
    position: 'Специалист бэк-офиса',
    login: 'reserve',
    roles: ['reserve', 'operator'],
    windowId: null,
  },
];

/** Demo PINs, listed in README; the server hashes them with scrypt when it seeds a new office. */
export const DEMO_PINS: Record<string, string> = {
  admin: '1111',
  manager: '2222',
  op1: '1234',
  op2: '2345',
  op3: '3456',
  kassa: '4567',
  reserve: '5678',
};

export interface DemoOfficeOptions {
  preset?: PresetId;
  timeZone?: string;
  hours?: ReceptionHours;
  name?: string;
}

export const demoOffice = (options: DemoOfficeOptions = {}): OfficeConfig => {
  const preset = PRESETS[options.preset ?? 'default'];
  const services = preset.services.map((s) => ({ ...s }));
  const specialist = services.filter((s) => s.groupId === 'specialist');
  const forIndividuals = specialist.filter((s) => s.clientTypes.includes('individual'));
  const forOrganisations = specialist.filter((s) => s.clientTypes.includes('organisation'));
  const cashier = services.filter((s) => s.groupId === 'cashier');
  const half = Math.ceil(forIndividuals.length / 2);
  const windows: WindowConfig[] = [
    {
      id: 'w1',
      label: 'Окно 1',
      kind: 'window',
      services: forIndividuals.map((s, i) => ({ serviceId: s.id, weight: i < half ? 2 : 1 })),
      ledAddress: 1,
    },
    {
      id: 'w2',
      label: 'Окно 2',
      kind: 'window',
      services: forIndividuals.map((s, i) => ({ serviceId: s.id, weight: i < half ? 1 : 2 })),
      ledAddress: 2,
    },
    {
      id: 'w3',
      label: 'Окно 3',
      kind: 'window',
      services: forOrganisations.map((s) => ({
        serviceId: s.id,
        weight: s.clientTypes.includes('individual') ? 1 : 2,
      })),
      ledAddress: 3,
    },
    {
      id: 'k1',
      label: 'Касса 1',
      kind: 'cashier',
      services: cashier.map((s) => ({ serviceId: s.id, weight: 2 })),
      ledAddress: 4,
      // Taking a meter reading needs no specialist: the cash desk can help with it on a peak day.
      ...(services.some((s) => s.id === 'readings') ? { alsoServes: ['readings'] } : {}),
    },
  ];
  return {
    id: 'demo',
    name: options.name ?? 'ЦОК «Центральный»',
    timeZone: options.timeZone ?? 'Europe/Moscow',
    hours: options.hours ?? WEEKDAY_HOURS,
    profile: { ...preset.profile },
    groups: preset.groups.map((g) => ({ ...g })),
    services,
    windows,
    staff: DEMO_STAFF.map((s) => ({ ...s })),
    appointments: {
      slotMin: 15,
      capacityPerSlot: 1,
      serviceIds: specialist.map((s) => s.id),
      checkInEarlyMin: 30,
    },
    infoLine: 'Обслуживание людей с инвалидностью — вне очереди. Оплата без комиссии — в кассе.',
    infoLineEn:
      'People with disabilities are served out of turn. Payment without commission is at the cash desk.',
  };
};
