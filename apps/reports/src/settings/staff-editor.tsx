import type { OfficeConfig, Role, StaffMember } from '@queue/engine';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import { refusalText } from '@queue/ui';
import type { Api } from '../api';
import type { EditorProps } from './editor-props';
import { newId } from './new-ids';

const ROLES: Role[] = ['operator', 'reserve', 'administrator', 'manager'];

interface Props extends EditorProps {
  api: Api;
  /** The configuration the server has now: a PIN can be reset only for a member it knows. */
  saved: OfficeConfig;
}

/**
 * Staff: full name and position (shown at the window, 003 §8.2), login, roles, their usual window, and
 * a PIN reset. The new PIN is made by the server, shown here once and stored only as a hash; the log
 * records who reset whose PIN, never the PIN.
 */
export const StaffEditor = ({ config, onChange, api, saved }: Props) => {
  const { t, i18n } = useTranslation('settings');
  const [pin, setPin] = useState<{ name: string; login: string; pin: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = (id: string, change: Partial<StaffMember>) =>
    onChange({ ...config, staff: config.staff.map((s) => (s.id === id ? { ...s, ...change } : s)) });
  const toggleRole = (m: StaffMember, role: Role, on: boolean) =>
    update(m.id, { roles: on ? [...m.roles, role] : m.roles.filter((r) => r !== role) });
  const add = () =>
    onChange({
      ...config,
      staff: [
        ...config.staff,
        {
          id: newId('staff', config.staff),
          fullName: '',
          position: '',
          login: '',
          roles: ['operator'],
          windowId: null,
        },
      ],
    });
  const reset = async (m: StaffMember) => {
    setError(null);
    setPin(null);
    try {
      const answer = await api.call('resetPin', { body: { staffId: m.id } });
      setPin({ name: m.fullName, login: answer.login, pin: answer.pin });
    } catch (failure) {
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed'));
    }
  };

  return (
    <section className="editor" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('staff.title')}</h2>
      <p className="hint">{t('staff.hint')}</p>
      {pin && (
        <p className="secret" role="status" data-secret="pin">
          {t('staff.newPin', { name: pin.name, login: pin.login })} <strong>{pin.pin}</strong>.{' '}
          {t('staff.pinOnce')}
        </p>
      )}
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      <div className="cards">
        {config.staff.map((m, i) => {
          const known = saved.staff.some((s) => s.id === m.id && s.login === m.login);
          const label = m.fullName || t('staff.newMember', { n: i + 1 });
          return (
            <fieldset key={m.id} className="card" data-staff={m.id}>
              <legend>{label}</legend>
              <div className="row">
                <label className="grow">
                  {t('staff.fullName')}
                  <input
                    className="wide"
                    value={m.fullName}
                    onChange={(e) => update(m.id, { fullName: e.target.value })}
                  />
                </label>
                <label className="grow">
                  {t('staff.position')}
                  <input
                    className="wide"
                    value={m.position}
                    onChange={(e) => update(m.id, { position: e.target.value })}
                  />
                </label>
                <label>
                  {t('staff.login')}
                  <input
                    value={m.login}
                    autoComplete="off"
                    onChange={(e) => update(m.id, { login: e.target.value.trim() })}
                  />
                </label>
                <label>
                  {t('staff.window')}
                  <select
                    value={m.windowId ?? ''}
                    onChange={(e) => update(m.id, { windowId: e.target.value || null })}
                  >
                    <option value="">{t('staff.noWindow')}</option>
                    {config.windows.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.label}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="row">
                <fieldset className="checks inline">
                  <legend>{t('staff.roles')}</legend>
                  {ROLES.map((role) => (
                    <label key={role}>
                      <input
                        type="checkbox"
                        checked={m.roles.includes(role)}
                        onChange={(e) => toggleRole(m, role, e.target.checked)}
                      />
                      {t(`staff.role.${role}`)}
                    </label>
                  ))}
                </fieldset>
                <button
                  type="button"
                  onClick={() => void reset(m)}
                  disabled={!known}
                  title={known ? undefined : t('staff.saveFirst')}
                  data-action="reset-pin"
                >
                  {t('staff.resetPin')}
                  <span className="visually-hidden">: {label}</span>
                </button>
                <button
                  type="button"
                  className="danger-link"
                  onClick={() => onChange({ ...config, staff: config.staff.filter((s) => s.id !== m.id) })}
                >
                  {t('common.remove')}
                  <span className="visually-hidden">: {label}</span>
                </button>
              </div>
              {!known && <p className="hint">{t('staff.saveFirst')}</p>}
            </fieldset>
          );
        })}
      </div>
      <button type="button" onClick={add}>
        {t('staff.add')}
      </button>
    </section>
  );
};
