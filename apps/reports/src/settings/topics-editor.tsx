import type { ClientType, Service } from '@queue/engine';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { NumberField } from './number-field';
import { newId } from './new-ids';

/**
 * Topics visitors come for (REGULATIONS §4): title, ticket letter, group (specialist or cashier, 000
 * п.72), client types, their own norms where the standard sets them per topic (004 §6.2.5), the kiosk's
 * section, and whether the kiosk offers them now. A topic people are queuing for can be switched off
 * but not removed (the engine refuses; everyone who queued is served, 000, 002).
 */
export const TopicsEditor = ({ config, onChange }: EditorProps) => {
  const { t } = useTranslation('settings');
  const update = (id: string, change: Partial<Service>) =>
    onChange({ ...config, services: config.services.map((s) => (s.id === id ? { ...s, ...change } : s)) });
  const toggleType = (s: Service, type: ClientType, on: boolean) =>
    update(s.id, { clientTypes: on ? [...s.clientTypes, type] : s.clientTypes.filter((c) => c !== type) });
  const remove = (id: string) =>
    onChange({
      ...config,
      services: config.services.filter((s) => s.id !== id),
      windows: config.windows.map((w) => ({ ...w, services: w.services.filter((x) => x.serviceId !== id) })),
      appointments: {
        ...config.appointments,
        serviceIds: config.appointments.serviceIds.filter((x) => x !== id),
      },
    });
  const add = () =>
    onChange({
      ...config,
      services: [
        ...config.services,
        {
          id: newId('topic', config.services),
          letter: '',
          title: '',
          titleEn: '',
          groupId: config.groups[0]?.id ?? 'specialist',
          category: null,
          clientTypes: ['individual'],
          waitNormMin: null,
          serviceNormMin: null,
          enabled: true,
        },
      ],
    });

  return (
    <section className="editor" aria-labelledby="topics-title">
      <h2 id="topics-title">{t('topics.title')}</h2>
      <p className="hint">{t('topics.hint')}</p>
      <div className="cards">
        {config.services.map((s, i) => {
          const label = s.title || t('topics.newTopic', { n: i + 1 });
          return (
            <fieldset key={s.id} className="card topic" data-topic={s.id}>
              <legend>
                {s.letter && <span className="letter-badge">{s.letter}</span>} {label}
              </legend>
              <div className="row">
                <label className="grow">
                  {t('topics.name')}
                  <input
                    data-field="title"
                    className="wide"
                    value={s.title}
                    onChange={(e) => update(s.id, { title: e.target.value })}
                  />
                </label>
                <label className="grow">
                  {t('topics.nameEn')}
                  <input
                    data-field="titleEn"
                    className="wide"
                    lang="en"
                    value={s.titleEn}
                    onChange={(e) => update(s.id, { titleEn: e.target.value })}
                  />
                </label>
              </div>
              <div className="row">
                <label>
                  {t('topics.letter')}
                  <input
                    data-field="letter"
                    className="letter"
                    maxLength={2}
                    value={s.letter}
                    onChange={(e) => update(s.id, { letter: e.target.value.toUpperCase() })}
                  />
                </label>
                <label>
                  {t('topics.group')}
                  <select
                    data-field="group"
                    value={s.groupId}
                    onChange={(e) => update(s.id, { groupId: e.target.value })}
                  >
                    {config.groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.title}
                      </option>
                    ))}
                  </select>
                </label>
                <fieldset className="checks">
                  <legend>{t('topics.clients')}</legend>
                  {(['individual', 'organisation'] as const).map((type) => (
                    <label key={type}>
                      <input
                        type="checkbox"
                        checked={s.clientTypes.includes(type)}
                        onChange={(e) => toggleType(s, type, e.target.checked)}
                      />
                      {t(`topics.client.${type}`)}
                    </label>
                  ))}
                </fieldset>
                <NumberField
                  label={t('topics.waitNorm')}
                  min={1}
                  max={600}
                  optional
                  placeholder={t('topics.fromGroup')}
                  value={s.waitNormMin}
                  onValue={(waitNormMin) => update(s.id, { waitNormMin })}
                />
                <NumberField
                  label={t('topics.serviceNorm')}
                  min={1}
                  max={600}
                  optional
                  placeholder={t('topics.fromGroup')}
                  value={s.serviceNormMin}
                  onValue={(serviceNormMin) => update(s.id, { serviceNormMin })}
                />
                <label>
                  {t('topics.category')}
                  <input
                    value={s.category ?? ''}
                    placeholder={t('topics.noCategory')}
                    onChange={(e) =>
                      update(s.id, { category: e.target.value.trim() === '' ? null : e.target.value })
                    }
                  />
                </label>
                <label className="check">
                  <input
                    type="checkbox"
                    data-field="enabled"
                    checked={s.enabled}
                    onChange={(e) => update(s.id, { enabled: e.target.checked })}
                  />
                  {t('topics.offered')}
                </label>
                <button type="button" className="danger-link" onClick={() => remove(s.id)}>
                  {t('common.remove')}
                  <span className="visually-hidden">: {label}</span>
                </button>
              </div>
            </fieldset>
          );
        })}
      </div>
      <button type="button" onClick={add} data-action="add-topic">
        {t('topics.add')}
      </button>
    </section>
  );
};
