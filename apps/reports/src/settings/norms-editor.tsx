import { type NormProfile, PRESETS, PRESET_IDS, type PresetId } from '@queue/engine';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EditorProps, numberOrNull } from './editor-props';

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
      <p className="hint">
        {t('norms.current', { title: profile.title, id: profile.id })}{' '}
        {t('norms.source', { source: PRESETS[preset].source })}
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
        <label>
          {t('norms.threshold')}
          <input
            type="number"
            min={1}
            max={50}
            className="num"
            value={profile.overload.threshold}
            onChange={(e) =>
              setProfile({ overload: { ...profile.overload, threshold: Number(e.target.value) } })
            }
          />
        </label>
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
            <label>
              {t('norms.fromDay')}
              <input
                type="number"
                min={1}
                max={31}
                className="num"
                value={r.from}
                onChange={(e) =>
                  setProfile({
                    peakDays: ranges.map((x, j) => (j === i ? { ...x, from: Number(e.target.value) } : x)),
                  })
                }
              />
            </label>
            <label>
              {t('norms.toDay')}
              <input
                type="number"
                min={1}
                max={31}
                className="num"
                value={r.to}
                onChange={(e) =>
                  setProfile({
                    peakDays: ranges.map((x, j) => (j === i ? { ...x, to: Number(e.target.value) } : x)),
                  })
                }
              />
            </label>
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
        <label>
          {t('norms.recallLimit')}
          <input
            type="number"
            min={0}
            max={10}
            className="num"
            value={profile.recallLimit}
            onChange={(e) => setProfile({ recallLimit: Number(e.target.value) })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={profile.visitCapMin !== null}
            onChange={(e) => setProfile({ visitCapMin: e.target.checked ? 30 : null })}
          />
          {t('norms.hasCap')}
        </label>
        {profile.visitCapMin !== null && (
          <label>
            {t('norms.visitCap')}
            <input
              type="number"
              min={1}
              max={600}
              className="num"
              value={profile.visitCapMin}
              onChange={(e) => setProfile({ visitCapMin: numberOrNull(e.target.value) })}
            />
          </label>
        )}
        <label>
          {t('norms.earlyWarning')}
          <input
            type="number"
            min={0}
            max={60}
            className="num"
            value={profile.earlyWarningMin}
            onChange={(e) => setProfile({ earlyWarningMin: Number(e.target.value) })}
          />
        </label>
        <label>
          {t('norms.idleAlarm')}
          <input
            type="number"
            min={0}
            max={60}
            className="num"
            value={profile.idleAlarmMin}
            onChange={(e) => setProfile({ idleAlarmMin: Number(e.target.value) })}
          />
        </label>
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
