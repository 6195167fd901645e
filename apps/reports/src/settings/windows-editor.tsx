import type { WindowConfig, WindowKind } from '@queue/engine';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { NumberField } from './number-field';
import { newId } from './new-ids';

/**
 * Windows: the label the hall sees («Окно 3», «Касса 1»), their kind, the serial LED display's address,
 * and the topics each serves with a weight (DESIGN §3: the higher weight is the window's main work; a
 * side topic is taken when it is about to breach its norm; 0 = not served).
 */
export const WindowsEditor = ({ config, onChange }: EditorProps) => {
  const { t } = useTranslation('settings');
  // Which windows show their topics: a new window opens with them, others on request.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, open: boolean) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const update = (id: string, change: Partial<WindowConfig>) =>
    onChange({ ...config, windows: config.windows.map((w) => (w.id === id ? { ...w, ...change } : w)) });
  const setWeight = (w: WindowConfig, serviceId: string, weight: number) => {
    const others = w.services.filter((s) => s.serviceId !== serviceId);
    update(w.id, { services: weight > 0 ? [...others, { serviceId, weight }] : others });
  };
  const add = () => {
    const number = config.windows.filter((w) => w.kind === 'window').length + 1;
    const id = newId('window', config.windows);
    toggle(id, true);
    onChange({
      ...config,
      windows: [
        ...config.windows,
        {
          id,
          label: `Окно ${number}`,
          kind: 'window',
          services: [],
          ledAddress: null,
        },
      ],
    });
  };
  const remove = (id: string) =>
    onChange({
      ...config,
      windows: config.windows.filter((w) => w.id !== id),
      staff: config.staff.map((s) => (s.windowId === id ? { ...s, windowId: null } : s)),
    });

  return (
    <section className="editor" aria-labelledby="windows-title">
      <h2 id="windows-title">{t('windows.title')}</h2>
      <p className="hint">{t('windows.hint')}</p>
      <div className="cards">
        {config.windows.map((w) => (
          <fieldset key={w.id} className="card" data-window={w.id}>
            <legend>{w.label || t('windows.unnamed')}</legend>
            <div className="row">
              <label>
                {t('windows.label')}
                <input
                  data-field="label"
                  value={w.label}
                  maxLength={50}
                  onChange={(e) => update(w.id, { label: e.target.value })}
                />
              </label>
              <label>
                {t('windows.kind')}
                <select value={w.kind} onChange={(e) => update(w.id, { kind: e.target.value as WindowKind })}>
                  {(['window', 'cashier', 'office'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t(`windows.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <NumberField
                label={t('windows.led')}
                min={0}
                max={99}
                optional
                placeholder={t('windows.noLed')}
                value={w.ledAddress}
                onValue={(ledAddress) => update(w.id, { ledAddress })}
              />
              <button type="button" className="danger-link" onClick={() => remove(w.id)}>
                {t('common.remove')}
                <span className="visually-hidden">: {w.label}</span>
              </button>
            </div>
            <details
              open={expanded.has(w.id)}
              onToggle={(e) => toggle(w.id, (e.currentTarget as HTMLDetailsElement).open)}
            >
              <summary>
                {t('windows.topics', { count: w.services.filter((s) => s.weight > 0).length })}
              </summary>
              <p className="hint">{t('windows.weightHint')}</p>
              <div className="weights">
                {config.services.map((s) => {
                  const weight = w.services.find((x) => x.serviceId === s.id)?.weight ?? 0;
                  return (
                    <label key={s.id} className={weight > 0 ? 'served' : ''}>
                      <input
                        type="number"
                        min={0}
                        max={100}
                        className="num"
                        data-weight={s.id}
                        value={weight}
                        onChange={(e) => setWeight(w, s.id, Math.max(0, Number(e.target.value) || 0))}
                      />
                      <span>{s.title || s.id}</span>
                    </label>
                  );
                })}
              </div>
            </details>
          </fieldset>
        ))}
      </div>
      <button type="button" onClick={add} data-action="add-window">
        {t('windows.add')}
      </button>
    </section>
  );
};
