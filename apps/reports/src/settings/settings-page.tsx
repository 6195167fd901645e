import type { OfficeConfig } from '@queue/engine';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import { refusalText } from '@queue/ui';
import type { Api } from '../api';
import { ConfigFilePanel } from './config-file-panel';
import { draftProblems, serverProblems } from './config-problems';
import { DevicesPanel } from './devices-panel';
import { HistoryPanel } from './history-panel';
import { HoursEditor } from './hours-editor';
import { NormsEditor } from './norms-editor';
import { PhonePageEditor } from './phone-page-editor';
import { StaffEditor } from './staff-editor';
import { TemplateOfferPanel } from './template-offer-panel';
import { TicketEditor } from './ticket-editor';
import { TopicsEditor } from './topics-editor';
import { WindowsEditor } from './windows-editor';

const SECTIONS = [
  'topics',
  'windows',
  'staff',
  'hours',
  'norms',
  'ticket',
  'template',
  'devices',
  'file',
  'history',
] as const;
type Section = (typeof SECTIONS)[number];

/** Sections that edit the draft; the others act at once (the template, devices, the file, the history). */
const DRAFT_SECTIONS = new Set<Section>(['topics', 'windows', 'staff', 'hours', 'norms', 'ticket']);

interface Props {
  api: Api;
  config: OfficeConfig;
  onSaved: (config: OfficeConfig) => void;
}

/**
 * «Настройки офиса» (issue: the office set up and changed without editing files). Changes gather in a
 * draft, checked as they are made; «Сохранить» sends them with a reason, and they take effect at once
 * for every screen — the server records who changed what (`config.replaced`).
 */
export const SettingsPage = ({ api, config, onSaved }: Props) => {
  const { t, i18n } = useTranslation('settings');
  const [section, setSection] = useState<Section>('topics');
  const [draft, setDraft] = useState(config);
  const [reason, setReason] = useState('');
  const [serverIssues, setServerIssues] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const reasonId = useId();

  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(config), [draft, config]);
  const problems = useMemo(() => (dirty ? draftProblems(draft, t) : []), [draft, dirty, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (next: OfficeConfig) => {
    setDraft(next);
    setMessage(null);
    setServerIssues([]);
  };

  const reload = async () => {
    const fresh = await api.call('config');
    setDraft(fresh.config);
    onSaved(fresh.config);
    setVersion((v) => v + 1);
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    setMessage(null);
    setServerIssues([]);
    try {
      const answer = await api.call('replaceConfig', { body: { config: draft, reason } });
      onSaved(answer.config);
      setDraft(answer.config);
      setReason('');
      setVersion((v) => v + 1);
      setMessage(t('save.saved'));
    } catch (failure) {
      if (failure instanceof HttpFailure && failure.code === 'invalid_config') {
        setServerIssues(serverProblems(failure.details?.problems, draft, t));
      } else {
        setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  const shownProblems = [...problems, ...serverIssues];

  return (
    <main className="settings-page">
      <h1>{t('title')}</h1>
      <nav className="section-nav" aria-label={t('sections.label')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <button
                type="button"
                aria-current={section === s ? 'page' : undefined}
                className={section === s ? 'current' : ''}
                onClick={() => {
                  setSection(s);
                  setMessage(null);
                }}
                data-section={s}
              >
                {t(`sections.${s}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="section-body">
        {section === 'topics' && <TopicsEditor config={draft} onChange={change} />}
        {section === 'windows' && <WindowsEditor config={draft} onChange={change} />}
        {section === 'staff' && <StaffEditor config={draft} onChange={change} api={api} saved={config} />}
        {section === 'hours' && <HoursEditor config={draft} onChange={change} />}
        {section === 'norms' && <NormsEditor config={draft} onChange={change} />}
        {section === 'ticket' && (
          <>
            <TicketEditor config={draft} onChange={change} />
            <PhonePageEditor config={draft} onChange={change} />
          </>
        )}
        {section === 'template' && (
          <TemplateOfferPanel api={api} config={config} dirty={dirty} onAdopted={() => void reload()} />
        )}
        {section === 'devices' && <DevicesPanel api={api} />}
        {section === 'file' && (
          <ConfigFilePanel
            api={api}
            onImported={() => void reload()}
            onProblems={(problems) => setServerIssues(serverProblems(problems, draft, t))}
          />
        )}
        {section === 'history' && <HistoryPanel api={api} timeZone={config.timeZone} version={version} />}
      </div>
      {(dirty || message || error || shownProblems.length > 0) && (
        <form
          className="save-bar"
          aria-label={t('save.label')}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {shownProblems.length > 0 && (
            <div className="problems" role="alert">
              <p>{t('save.problems')}</p>
              <ul>
                {shownProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          {message && (
            <p className="notice" role="status">
              {message}
            </p>
          )}
          {error && (
            <p className="problem" role="alert">
              {error}
            </p>
          )}
          {dirty && (
            <div className="row">
              <span className="dirty">
                {DRAFT_SECTIONS.has(section) ? t('save.dirty') : t('save.dirtyElsewhere')}
              </span>
              <label htmlFor={reasonId}>{t('save.reason')}</label>
              <input
                id={reasonId}
                name="reason"
                required
                className="wide"
                value={reason}
                placeholder={t('save.reasonHint')}
                onChange={(e) => setReason(e.target.value)}
              />
              <button
                type="submit"
                className="primary"
                disabled={busy || problems.length > 0}
                data-action="save"
              >
                {t('save.save')}
              </button>
              <button type="button" onClick={() => change(config)} disabled={busy}>
                {t('save.discard')}
              </button>
            </div>
          )}
        </form>
      )}
    </main>
  );
};
