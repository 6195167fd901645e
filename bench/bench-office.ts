import { createHash } from 'node:crypto';
import {
  ALWAYS_OPEN,
  type OfficeConfig,
  type StaffMember,
  type WindowConfig,
  demoOffice,
} from '@queue/engine';
import { type DayProfile, loadDayProfile, parseDayProfile } from '@queue/simulator';

/**
 * The benchmark's office: the demo office of the default preset grown to `windows` windows, each with
 * its own operator (login `opN`, PIN 1234), plus the demo administrator and manager. One window in five
 * is a cashier; the specialist windows split the individual topics into main and side halves in turn,
 * and some serve organisations, like the demo office's «Окно 3».
 */
export const BENCH_PIN = '1234';
export const ADMIN = { login: 'admin', pin: '1111' };

export const benchOffice = (windows: number): OfficeConfig => {
  const demo = demoOffice({ preset: 'default', hours: ALWAYS_OPEN, name: 'ЦОК «Нагрузочный»' });
  const [individual1, individual2, organisations, cashier] = demo.windows as [
    WindowConfig,
    WindowConfig,
    WindowConfig,
    WindowConfig,
  ];
  const templates = (n: number): WindowConfig => {
    if (n % 5 === 0) return cashier;
    if (n % 4 === 3) return organisations;
    return n % 2 === 0 ? individual2 : individual1;
  };
  const config: WindowConfig[] = Array.from({ length: windows }, (_, i) => {
    const n = i + 1;
    const template = templates(n);
    return {
      ...template,
      id: `w${n}`,
      label: template.kind === 'cashier' ? `Касса ${n}` : `Окно ${n}`,
      ledAddress: n,
    };
  });
  const operators: StaffMember[] = config.map((w, i) => ({
    id: `op${i + 1}`,
    fullName: `Оператор ${i + 1}`,
    position: w.kind === 'cashier' ? 'Кассир' : 'Специалист',
    login: `op${i + 1}`,
    roles: ['operator'],
    windowId: w.id,
  }));
  const keep = demo.staff.filter((s) => s.roles.includes('administrator') || s.roles.includes('reserve'));
  // The live day is replayed faster than it was simulated, so a no-show arrives milliseconds after its
  // call: the minimum time before a no-show (kept by the simulated day itself) is off on the bench.
  const profile = { ...demo.profile, noShowAfterSec: 0 };
  return { ...demo, id: `bench-${windows}`, profile, windows: config, staff: [...keep, ...operators] };
};

export const benchPins = (config: OfficeConfig): Record<string, string> => ({
  admin: '1111',
  manager: '2222',
  reserve: '5678',
  ...Object.fromEntries(config.staff.filter((s) => s.id.startsWith('op')).map((s) => [s.login, BENCH_PIN])),
});

export interface BenchDevice {
  id: string;
  role: 'kiosk' | 'board';
  token: string;
}

export const benchDevices = (kiosks: number, boards: number): BenchDevice[] => [
  ...Array.from({ length: kiosks }, (_, i) => ({
    id: `kiosk-${i + 1}`,
    role: 'kiosk' as const,
    token: `bench-kiosk-${i + 1}`,
  })),
  ...Array.from({ length: boards }, (_, i) => ({
    id: `board-${i + 1}`,
    role: 'board' as const,
    token: `bench-board-${i + 1}`,
  })),
];

/** The server stores a device token as its SHA-256, like a password (apps/server auth). */
export const deviceTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * A busy day for the benchmark office: the normal day's visitors scaled up to about 2,000, every window
 * staffed 08:00–20:00 with a short break, no reserve answering (all windows are open anyway).
 */
export const busyDayProfile = (config: OfficeConfig, date: string, visitorsScale: number): DayProfile => {
  const normal = loadDayProfile('normal');
  const specialists = config.windows.length;
  return parseDayProfile({
    ...normal,
    id: `bench-${date}`,
    date,
    arrivals: normal.arrivals.map((a) => ({ hour: a.hour, visitors: a.visitors * visitorsScale })),
    roster: config.windows.map((w, i) => ({
      staffId: `op${i + 1}`,
      windowId: w.id,
      from: '08:00',
      to: '20:00',
      breaks: [
        {
          at: `${String(10 + (i % Math.max(1, Math.min(specialists, 8)))).padStart(2, '0')}:30`,
          minutes: 15,
        },
      ],
    })),
    // Every window is staffed all day; the reserve never comes (the day runs without the extra-staff rule).
    reserve: { ...normal.reserve, staff: ['reserve'], windows: ['none'] },
    hallAdministrator: null,
  });
};
