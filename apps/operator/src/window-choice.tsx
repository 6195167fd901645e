import { windowsOpenableBy } from '@queue/engine';
import type { StaffView } from '@queue/protocol';
import { type FormEvent, useState } from 'react';
import { topicTitle } from '@queue/ui';
import { useTranslation } from 'react-i18next';
import { staffName } from './console-model.js';
import { RefusalMessage } from './refusal-message.js';
import type { CommandRunner } from './use-command.js';

/**
 * Choosing where to work: a window the configuration gives them (their own is chosen already, so Enter opens it) with
 * the services it will offer today, or the reserve for back-office staff and the administrator.
 */
export const WindowChoice = ({
  view,
  staffId,
  roles,
  assignedWindowId,
  runner,
}: {
  view: StaffView;
  staffId: string;
  roles: string[];
  assignedWindowId: string | null;
  runner: CommandRunner;
}) => {
  const { t, i18n } = useTranslation('operator');
  const statusOf = (id: string) => view.windows.find((w) => w.id === id);
  // Only the windows the engine lets this person open (issue 13 §4): their own, or any for reserve staff.
  const member = view.config.staff.find((s) => s.id === staffId);
  const openable = new Set(member ? windowsOpenableBy(view.config, member) : []);
  const offered = view.config.windows.filter((w) => openable.has(w.id));
  const free = offered.filter((w) => statusOf(w.id)?.status === 'closed');
  const initial = free.find((w) => w.id === assignedWindowId) ?? free[0];
  const [windowId, setWindowId] = useState<string | null>(initial?.id ?? null);
  // Someone else may open the chosen window meanwhile: then nothing is chosen until another is picked.
  const chosen = free.find((w) => w.id === windowId);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const services = (chosen?.services ?? []).filter((s) => !unticked.has(s.serviceId));
  const mayReserve = roles.includes('reserve') || roles.includes('administrator');
  const top = Math.max(0, ...(chosen?.services ?? []).map((s) => s.weight));

  const choose = (id: string) => {
    setWindowId(id);
    setUnticked(new Set());
  };
  const toggle = (serviceId: string) =>
    setUnticked((previous) => {
      const next = new Set(previous);
      if (next.has(serviceId)) next.delete(serviceId);
      else next.add(serviceId);
      return next;
    });
  const openWindow = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || services.length === 0) return;
    const login = await runner.run({ type: 'staff.login', staffId, mode: 'operator', windowId: chosen.id });
    if (!login?.ok) return;
    await runner.run({ type: 'window.open', windowId: chosen.id, services });
  };
  const joinReserve = () =>
    void runner.run({ type: 'staff.login', staffId, mode: 'reserve', windowId: null });

  return (
    <main className="choice-screen" data-testid="window-choice">
      <RefusalMessage refusal={runner.refusal} onDismiss={runner.dismiss} />
      <form onSubmit={openWindow} className="panel">
        <h2>{t('choose.heading')}</h2>
        <p className="muted">{t('choose.hint')}</p>
        <fieldset className="window-cards">
          <legend className="visually-hidden">{t('choose.heading')}</legend>
          {offered.map((w) => {
            const live = statusOf(w.id);
            const status = live?.status ?? 'closed';
            const taken = status !== 'closed';
            return (
              <label
                key={w.id}
                className={`window-card${w.id === windowId ? ' selected' : ''}${taken ? ' taken' : ''}`}
                data-window={w.id}
              >
                <input
                  type="radio"
                  name="window"
                  value={w.id}
                  checked={w.id === windowId}
                  disabled={taken}
                  onChange={() => choose(w.id)}
                />
                <strong className="window-card-label">{w.label}</strong>
                <span className={`status-chip ${status}`}>{t(`choose.status.${status}`)}</span>
                {w.id === assignedWindowId ? <span className="badge">{t('choose.assigned')}</span> : null}
                {taken && live?.operatorId ? (
                  <span className="muted small">
                    {t('choose.busyBy', { name: staffName(view, live.operatorId) })}
                  </span>
                ) : null}
              </label>
            );
          })}
        </fieldset>
        {chosen ? (
          <fieldset className="service-ticks">
            <legend>{t('choose.services')}</legend>
            {chosen.services.map((s) => {
              const service = view.config.services.find((known) => known.id === s.serviceId);
              return (
                <label key={s.serviceId} className="tick">
                  <input
                    type="checkbox"
                    checked={!unticked.has(s.serviceId)}
                    onChange={() => toggle(s.serviceId)}
                  />
                  <span>
                    <strong>{service?.letter}</strong> {service ? topicTitle(service, i18n.language) : ''}
                    {s.weight === top && chosen.services.some((o) => o.weight !== top) ? (
                      <span className="muted small"> · {t('choose.main')}</span>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ) : null}
        {chosen && services.length === 0 ? <p className="hint">{t('choose.noServices')}</p> : null}
        <button
          type="submit"
          // biome-ignore lint/a11y/noAutofocus: the operator's own window is chosen already, so Enter opens it
          autoFocus
          className="primary big"
          disabled={!chosen || services.length === 0 || runner.pending}
          data-testid="open-window"
        >
          <kbd>Enter</kbd> {t('choose.open', { window: chosen?.label ?? '' })}
        </button>
      </form>
      {mayReserve ? (
        <section className="panel reserve-choice" aria-labelledby="reserve-choice-heading">
          <h2 id="reserve-choice-heading">{t('choose.reserveHeading')}</h2>
          <p>{t('choose.reserveText')}</p>
          <button type="button" onClick={joinReserve} disabled={runner.pending} data-testid="join-reserve">
            {t('choose.reserveButton')}
          </button>
        </section>
      ) : null}
    </main>
  );
};
