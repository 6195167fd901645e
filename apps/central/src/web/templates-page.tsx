import type { PublishedTemplate } from '@queue/protocol';
import { refusalText } from '@queue/ui';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralRole, OverviewAnswer, TemplatesAnswer } from '../contract/central-api';
import { CentralError, type CentralClient } from './central-client';

/**
 * Configuration templates (issue 16): the company manager publishes one office's topics, norms and
 * preset for every office; each office's manager adopts it at the office (the office stays the one
 * writer of its record). The analyst sees the list only.
 */
export const TemplatesPage = ({ client, role }: { client: CentralClient; role: CentralRole }) => {
  const { t, i18n } = useTranslation('central');
  const ids = { office: useId(), title: useId(), note: useId() };
  const [templates, setTemplates] = useState<PublishedTemplate[] | null>(null);
  const [adoption, setAdoption] = useState<{ adoptedBy: Record<number, number>; offices: number }>({
    adoptedBy: {},
    offices: 0,
  });
  const [offices, setOffices] = useState<{ id: string; name: string }[]>([]);
  const [form, setForm] = useState({ fromOffice: '', title: '', note: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'ru';

  const refresh = useCallback(async () => {
    const [list, overview] = await Promise.all([
      client.get<TemplatesAnswer>('/api/templates'),
      client.get<OverviewAnswer>('/api/overview'),
    ]);
    setTemplates(list.templates);
    setAdoption({ adoptedBy: list.adoptedBy, offices: list.offices });
    setOffices(overview.offices.map((o) => ({ id: o.id, name: o.name })));
    setForm((f) => (f.fromOffice || !overview.offices[0] ? f : { ...f, fromOffice: overview.offices[0].id }));
  }, [client]);

  useEffect(() => {
    refresh().catch(() => setMessage({ text: t('errors.network'), problem: true }));
  }, [refresh, t]);

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const published = await client.post<PublishedTemplate>('/api/templates', form);
      setMessage({
        text: t('templates.published', { title: published.title, id: published.id }),
        problem: false,
      });
      setForm((f) => ({ ...f, title: '', note: '' }));
      await refresh();
    } catch (failure) {
      setMessage({
        text:
          (failure instanceof CentralError &&
            failure.wire &&
            refusalText({ ...failure.wire, text: failure.wire.message }, i18n)) ||
          t('errors.network'),
        problem: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const date = (at: number) =>
    new Date(at).toLocaleString(language === 'en' ? 'en-GB' : 'ru-RU', { timeZone: 'Europe/Moscow' });

  return (
    <main className="templates-page">
      <h1>{t('templates.title')}</h1>
      <p className="hint">{t('templates.intro')}</p>
      {message && (
        <p className={message.problem ? 'problem' : 'notice'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {role === 'company_manager' ? (
        <form className="template-form" onSubmit={publish}>
          <h2>{t('templates.publish')}</h2>
          <label htmlFor={ids.office}>{t('templates.fromOffice')}</label>
          <select
            id={ids.office}
            required
            value={form.fromOffice}
            onChange={(e) => setForm({ ...form, fromOffice: e.target.value })}
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <label htmlFor={ids.title}>{t('templates.name')}</label>
          <input
            id={ids.title}
            className="wide"
            required
            maxLength={200}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
          <label htmlFor={ids.note}>{t('templates.note')}</label>
          <textarea
            id={ids.note}
            maxLength={1000}
            rows={2}
            value={form.note}
            onChange={(e) => setForm({ ...form, note: e.target.value })}
          />
          <div>
            <button type="submit" className="primary" disabled={busy || offices.length === 0}>
              {busy ? t('templates.publishing') : t('templates.publish')}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('templates.managerOnly')}</p>
      )}
      <section aria-labelledby="templates-list">
        <h2 id="templates-list">{t('templates.list')}</h2>
        {templates && templates.length === 0 && <p className="muted">{t('templates.none')}</p>}
        <ul className="template-list">
          {templates?.map((template) => (
            <li key={template.id} data-template={template.id}>
              <strong>{template.title}</strong>{' '}
              <span className="muted">{t('templates.version', { id: template.id })}</span>
              <div className="muted">
                {t('templates.by', { login: template.publishedBy, at: date(template.publishedAt) })} ·{' '}
                {template.template.profile.title} ·{' '}
                {t('templates.topics', { count: template.template.services.length })}
              </div>
              <div data-adopted={adoption.adoptedBy[template.id] ?? 0}>
                {t('templates.adopted', {
                  count: adoption.adoptedBy[template.id] ?? 0,
                  of: adoption.offices,
                })}
              </div>
              {template.note && <div>{template.note}</div>}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
};
