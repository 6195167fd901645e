import {
  DEFAULT_NO_SHOW_AFTER_SEC,
  type NormProfile,
  PRESETS,
  PRESET_IDS,
  type PresetId,
} from '@queue/engine';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { NumberField } from './number-field';

/**
 * The norm preset (REGULATIONS §1: the standard's norms as a ready preset) and the office's overrides:
 * the wait and service norms of each service group (000 п.72 specialist and cashier), the extra-staff
 * rule (REGULATIONS §2, 002 п.55: threshold, per window or per hall, only in peak periods), meter-reading
 * days, the recall limit, and the visit cap of 002 Таблица 5.
 */
export const NormsEditor = ({ config, onChange }: EditorProps) => {
  const { t } = useTranslation('settings');
  const [preset, setPreset] = useState<PresetId>(config.profile.id);
  const profile = config.profile;
  const setProfile = (change: Partial<NormProfile>) =>
    onChange({ ...config, profile: { ...profile, ...change } });
  const applyPreset = () => {
    const chosen = PRESETS[preset];
    const own = new Map(chosen.services.map((s) => [s.id, s]));
    onChange({
      ...config,
      profile: { ...chosen.profile },
      groups: config.groups.map((g) => {
        const norms = chosen.groups.find((x) => x.id === g.id);
        return norms ? { ...g, waitNormMin: norms.waitNormMin, serviceNormMin: norms.serviceNormMin } : g;
      }),
      // A topic keeps its title and letter; it takes the preset's own norms where the preset has them.
      services: config.services.map((s) => {
        const p = own.get(s.id);
        return p ? { ...s, waitNormMin: p.waitNormMin, serviceNormMin: p.serviceNormMin } : s;
      }),
    });
  };
  const ranges = profile.peakDays;

  return (
    <section className="editor" aria-labelledby="norms-title">
      <h2 id="norms-title">{t('norms.title')}</h2>
      <div className="row">
        <label>
          {t('norms.preset')}
          <select value={preset} onChange={(e) => setPreset(e.target.value as PresetId)} data-field="preset">
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {PRESETS[id].title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={applyPreset} data-action="apply-preset">
          {t('norms.applyPreset')}
        </button>
      </div>
      {/* The standard's paragraphs are for the manager who asks: a tooltip, not the page's text. */}
      <p className="hint" title={t('norms.source', { source: PRESETS[preset].source })}>
        {t('norms.current', { title: profile.title, id: profile.id })}
      </p>

      <h3>{t('norms.groups')}</h3>
      <table className="edit-table">
        <thead>
          <tr>
            <th scope="col">{t('norms.group')}</th>
            <th scope="col">{t('norms.wait')}</th>
            <th scope="col">{t('norms.service')}</th>
          </tr>
        </thead>
        <tbody>
          {config.groups.map((g) => (
            <tr key={g.id}>
              <th scope="row">{g.title}</th>
              {(['waitNormMin', 'serviceNormMin'] as const).map((field) => (
                <td key={field}>
                  <input
                    type="number"
                    min={1}
                    max={600}
                    className="num"
                    aria-label={`${g.title}: ${t(field === 'waitNormMin' ? 'norms.wait' : 'norms.service')}`}
                    value={g[field]}
                    onChange={(e) =>
                      onChange({
                        ...config,
                        groups: config.groups.map((x) =>
                          x.id === g.id ? { ...x, [field]: Number(e.target.value) } : x,
                        ),
                      })
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('norms.overload')}</h3>
      <div className="row">
        <NumberField
          label={t('norms.threshold')}
          min={1}
          max={50}
          value={profile.overload.threshold}
          onValue={(threshold) => setProfile({ overload: { ...profile.overload, threshold } })}
        />
        <label>
          {t('norms.mode')}
          <select
            value={profile.overload.mode}
            onChange={(e) =>
              setProfile({ overload: { ...profile.overload, mode: e.target.value as 'window' | 'hall' } })
            }
          >
            <option value="window">{t('norms.modes.window')}</option>
            <option value="hall">{t('norms.modes.hall')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={profile.overload.peakOnly}
            onChange={(e) => setProfile({ overload: { ...profile.overload, peakOnly: e.target.checked } })}
          />
          {t('norms.peakOnly')}
        </label>
      </div>
      <p className="hint">
        {t('norms.thresholdHint', { n: profile.overload.threshold, next: profile.overload.threshold + 1 })}
      </p>

      <h3>{t('norms.peakDays')}</h3>
      {ranges.length === 0 && <p className="muted">{t('norms.noPeakDays')}</p>}
      <ul className="chips">
        {ranges.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity but their place
          <li key={i}>
            <NumberField
              label={t('norms.fromDay')}
              min={1}
              max={31}
              value={r.from}
              onValue={(from) =>
                setProfile({ peakDays: ranges.map((x, j) => (j === i ? { ...x, from } : x)) })
              }
            />
            <NumberField
              label={t('norms.toDay')}
              min={1}
              max={31}
              value={r.to}
              onValue={(to) => setProfile({ peakDays: ranges.map((x, j) => (j === i ? { ...x, to } : x)) })}
            />
            <button
              type="button"
              className="danger-link"
              onClick={() => setProfile({ peakDays: ranges.filter((_, j) => j !== i) })}
            >
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setProfile({ peakDays: [...ranges, { from: 15, to: 25 }] })}>
        {t('norms.addPeak')}
      </button>

      <h3>{t('norms.other')}</h3>
      <div className="row">
        <NumberField
          label={t('norms.recallLimit')}
          min={0}
          max={10}
          value={profile.recallLimit}
          onValue={(recallLimit) => setProfile({ recallLimit })}
        />
        <NumberField
          label={t('norms.noShowAfter')}
          min={10}
          max={600}
          value={profile.noShowAfterSec ?? DEFAULT_NO_SHOW_AFTER_SEC}
          onValue={(noShowAfterSec) => setProfile({ noShowAfterSec })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={profile.visitCapMin !== null}
            onChange={(e) => setProfile({ visitCapMin: e.target.checked ? 30 : null })}
          />
          {t('norms.hasCap')}
        </label>
        {profile.visitCapMin !== null && (
          <NumberField
            label={t('norms.visitCap')}
            min={1}
            max={600}
            optional
            value={profile.visitCapMin}
            onValue={(visitCapMin) => setProfile({ visitCapMin })}
          />
        )}
        <NumberField
          label={t('norms.earlyWarning')}
          min={0}
          max={60}
          value={profile.earlyWarningMin}
          onValue={(earlyWarningMin) => setProfile({ earlyWarningMin })}
        />
        <NumberField
          label={t('norms.idleAlarm')}
          min={0}
          max={60}
          value={profile.idleAlarmMin}
          onValue={(idleAlarmMin) => setProfile({ idleAlarmMin })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={profile.keepOrderOnTransfer}
            onChange={(e) => setProfile({ keepOrderOnTransfer: e.target.checked })}
          />
          {t('norms.keepOrder')}
        </label>
      </div>
    </section>
  );
};
