import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type TemplateOffer,
  adoptTemplate,
  configProblems,
  demoOffice,
  PRESETS,
  templateChanges,
} from '../src/index.js';
import { TestOffice } from './office-fixture.js';

const manager: Actor = { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] };

/**
 * The head office's template (issue 16): a Bryansk preset, without «consult», with a new topic
 * «Электромобили» and a 5-minute wait norm for payments.
 */
const offer = (): TemplateOffer => {
  const model = demoOffice({ preset: 'gazprom-bryansk' });
  const services = model.services.filter((s) => s.id !== 'consult');
  services.push({ ...services[0]!, id: 'ev', letter: 'Э', title: 'Электромобили', titleEn: 'Electric cars' });
  for (const s of services) if (s.id === 'payment') s.waitNormMin = 5;
  return {
    id: 7,
    title: 'Единые темы 2027',
    profile: PRESETS['gazprom-bryansk'].profile,
    groups: model.groups,
    services,
  };
};

describe('adopting a head-office template', () => {
  it('takes its topics, norms and preset, keeps the office’s own hours, windows and staff, and says which template', () => {
    const config = demoOffice();
    const adopted = adoptTemplate(config, offer());
    expect(adopted.profile.id).toBe('gazprom-bryansk');
    expect(adopted.services.find((s) => s.id === 'ev')?.title).toBe('Электромобили');
    expect(adopted.services.find((s) => s.id === 'payment')?.waitNormMin).toBe(5);
    expect(adopted.windows).toEqual(config.windows);
    expect(adopted.staff).toEqual(config.staff);
    expect(adopted.hours).toEqual(config.hours);
    expect(adopted.template).toEqual({ id: 7, title: 'Единые темы 2027' });
    expect(configProblems(adopted)).toEqual([]);
  });

  it('keeps a topic the template lacks, disabled, so whoever queues for it is still served', () => {
    const office = new TestOffice();
    office.issue('consult');
    const adopted = adoptTemplate(office.state.config, offer());
    expect(adopted.services.find((s) => s.id === 'consult')).toMatchObject({ enabled: false });
    const events = office.run(
      { type: 'config.replace', config: adopted, reason: 'Шаблон головного офиса №7' },
      manager,
    );
    expect(events.find((e) => e.type === 'config.replaced')).toMatchObject({
      config: { template: { id: 7 } },
      actor: { staffId: 'manager' },
    });
  });

  it('tells the manager beforehand what changes', () => {
    const changes = templateChanges(demoOffice(), offer());
    expect(changes.added).toEqual(['ev']);
    expect(changes.disabled).toEqual(['consult']);
    expect(changes.renormed).toContain('payment');
    expect(changes.unserved).toEqual(['ev']);
    expect(changes.presetTo).toBe(PRESETS['gazprom-bryansk'].profile.title);
  });
});
