import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  CATALOGUE,
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
    expect(norms('belgorod', 'reconciliation')).toEqual([20, 25]);
    expect(norms('belgorod', 'payment')).toEqual([20, 10]);
    expect(norms('belgorod', 'no-debt')).toEqual([20, 20]);
    expect(PRESETS['gazprom-bryansk'].profile.peakDays).toEqual([{ from: 1, to: 25 }]);
  });

  it.each([
    // 004 §6.2.5 and §11.3 (REGULATIONS §1): the topic → its service norm in minutes.
    { topic: 'consult', minutes: 20 },
    { topic: 'documents', minutes: 15 },
    { topic: 'payment', minutes: 10 },
    { topic: 'contract', minutes: 20 },
    { topic: 'reconciliation', minutes: 25 },
    { topic: 'no-debt', minutes: 20 },
    { topic: 'account', minutes: 25 },
    { topic: 'instalment', minutes: 25 },
    // Topics 004 sets no norm for keep the group's.
    { topic: 'charges', minutes: 10 },
    { topic: 'complaint', minutes: 10 },
  ])('belgorod: given $topic, then its service norm is $minutes min', ({ topic, minutes }) => {
    expect(serviceNormMin(demoOffice({ preset: 'belgorod' }), topic)).toBe(minutes);
  });

  it('belgorod keeps the whole catalogue, and «Разъяснение начислений…» is not renamed to «Сверка»', () => {
    const services = PRESETS.belgorod.services;
    for (const topic of CATALOGUE) expect(services.map((s) => s.id)).toContain(topic.id);
    const byId = (id: string) => services.find((s) => s.id === id)!;
    expect(byId('charges').title).toBe('Разъяснение начислений, сверка, перерасчёт');
    expect(byId('reconciliation').title).toBe('Сверка взаиморасчётов');
    for (const id of ['complaint', 'meter', 'supply', 'extra']) expect(byId(id).enabled).toBe(true);
  });

  it.each(PRESET_IDS)(
    '%s: a home visit is a topic exactly where the standard offers one (003 §8.4, 004 §6.2.4)',
    (id) => {
      const offers = id === 'rusenergosbyt' || id === 'belgorod';
      const visit = PRESETS[id].services.find((s) => s.id === 'home-visit');
      expect(visit !== undefined).toBe(offers);
      if (visit)
        expect(visit).toMatchObject({
          title: 'Заявка на выезд специалиста на дом',
          clientTypes: ['individual'],
        });
    },
  );

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
