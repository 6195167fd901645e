import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  PRESETS,
  PRESET_IDS,
  configProblems,
  demoOffice,
  nextOpening,
  serviceNormMin,
  waitNormMin,
  WEEKDAY_HOURS,
  zonedTimeToEpoch,
  localParts,
} from '../src/index.js';

describe('norm presets (REGULATIONS §1)', () => {
  it.each(PRESET_IDS)('%s loads into a valid office', (id) => {
    const config = demoOffice({ preset: id, hours: ALWAYS_OPEN });
    expect(configProblems(config)).toEqual([]);
    expect(config.profile.id).toBe(id);
    const letters = config.services.map((s) => s.letter);
    expect(new Set(letters).size).toBe(letters.length);
    for (const window of config.windows) expect(window.services.length).toBeGreaterThan(0);
  });

  it('carries the norms of each standard', () => {
    const norms = (id: keyof typeof PRESETS, service: string) => {
      const config = demoOffice({ preset: id });
      return [waitNormMin(config, service), serviceNormMin(config, service)];
    };
    expect(norms('default', 'readings')).toEqual([20, 10]);
    expect(norms('gazprom-bryansk', 'payment')).toEqual([20, 10]);
    expect(norms('gazprom-tyumen', 'readings')).toEqual([10, 5]);
    expect(PRESETS['gazprom-tyumen'].profile).toMatchObject({
      visitCapMin: 30,
      overload: { mode: 'hall', peakOnly: true },
    });
    expect(norms('rusenergosbyt', 'documents')).toEqual([15, 15]);
    expect(norms('rusenergosbyt', 'contract')).toEqual([15, 20]);
    expect(norms('belgorod', 'charges')).toEqual([20, 25]);
    expect(norms('belgorod', 'payment')).toEqual([20, 10]);
    expect(norms('belgorod', 'no-debt')).toEqual([20, 20]);
    expect(PRESETS['gazprom-bryansk'].profile.peakDays).toEqual([{ from: 1, to: 25 }]);
  });

  it('finds a broken reference', () => {
    const config = demoOffice();
    config.windows[0]!.services.push({ serviceId: 'nope', weight: 1 });
    config.timeZone = 'Mars/Olympus';
    expect(configProblems(config)).toEqual([
      { code: 'unknown_time_zone', timeZone: 'Mars/Olympus' },
      { code: 'window_unknown_service', windowId: 'w1', missing: 'nope' },
    ]);
  });
});

describe('office time', () => {
  it('converts office-local wall time in zones from UTC+3 to UTC+5', () => {
    expect(zonedTimeToEpoch('2026-11-23', '08:00', 'Europe/Moscow')).toBe(Date.parse('2026-11-23T05:00:00Z'));
    expect(zonedTimeToEpoch('2026-11-23', '08:00', 'Asia/Yekaterinburg')).toBe(
      Date.parse('2026-11-23T03:00:00Z'),
    );
    expect(localParts(Date.parse('2026-11-23T22:30:00Z'), 'Asia/Yekaterinburg').date).toBe('2026-11-24');
  });

  it('the next opening skips Sunday', () => {
    const saturdayEvening = Date.parse('2026-11-28T16:00:00+03:00');
    expect(nextOpening(saturdayEvening, WEEKDAY_HOURS, 'Europe/Moscow')).toBe(
      Date.parse('2026-11-30T08:00:00+03:00'),
    );
  });
});
