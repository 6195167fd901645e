import {
  ALWAYS_OPEN,
  type OfficeConfig,
  type PresetId,
  type StaffMember,
  type WindowConfig,
  demoOffice,
} from '@queue/engine';
import type { DayProfile } from './day-profile.js';

/**
 * The simulated office: the demo office of the preset (its four windows and their services), plus the
 * people of the profile's roster who are not in the demo staff, and the closed spare windows the reserve
 * opens. The kiosk stays open round the clock: the profile, not the configuration, decides when people
 * come, so a late arrival is never refused and the day is always complete.
 */
export const simulationOffice = (preset: PresetId, profile: DayProfile): OfficeConfig => {
  const base = demoOffice({ preset, hours: ALWAYS_OPEN });
  const staff: StaffMember[] = [...base.staff];
  const known = new Set(staff.map((s) => s.id));
  for (const shift of profile.roster) {
    if (known.has(shift.staffId)) continue;
    known.add(shift.staffId);
    staff.push({
      id: shift.staffId,
      fullName: `Сотрудник ${shift.staffId}`,
      position: 'Специалист',
      login: shift.staffId,
      roles: ['operator'],
      windowId: shift.windowId,
    });
  }
  for (const staffId of profile.reserve.staff) {
    const member = staff.find((s) => s.id === staffId);
    if (member) {
      if (!member.roles.includes('reserve')) member.roles = [...member.roles, 'reserve'];
      continue;
    }
    staff.push({
      id: staffId,
      fullName: `Резерв ${staffId}`,
      position: 'Специалист бэк-офиса',
      login: staffId,
      roles: ['reserve', 'operator'],
      windowId: null,
    });
  }
  // A spare window is universal: whoever answers the call takes any topic, main services of nobody.
  const spareIds = [...profile.reserve.windows];
  const hallWindow = profile.hallAdministrator?.windowId;
  if (hallWindow && !spareIds.includes(hallWindow)) spareIds.push(hallWindow);
  const spare: WindowConfig[] = spareIds
    .filter((id) => !base.windows.some((w) => w.id === id))
    .map((id, i) => ({
      id,
      label: `Окно ${base.windows.filter((w) => w.kind === 'window').length + i + 1}`,
      kind: 'window',
      services: base.services.map((s) => ({ serviceId: s.id, weight: 1 })),
      ledAddress: null,
    }));
  return { ...base, id: `sim-${preset}`, staff, windows: [...base.windows, ...spare] };
};
