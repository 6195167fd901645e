import { formatLocal } from '@queue/engine';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import { refusalText } from '@queue/ui';
import type { HistoryAnswer } from '@queue/protocol';
import type { Api } from '../api';

/** Who changed the office, when and why — read from the log, newest first (001 §7.2.4). */
export const HistoryPanel = ({ api, timeZone, version }: { api: Api; timeZone: string; version: number }) => {
  const { t, i18n } = useTranslation('settings');
  const [history, setHistory] = useState<HistoryAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads after each saved change
  useEffect(() => {
    api
      .call('configHistory', { query: { days: 90 } })
      .then(setHistory)
      .catch((failure) =>
        setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed')),
      );
  }, [api, t, version]);
  const name = (id: string | null) => (id === null ? t('history.system') : (history?.names[id] ?? id));

  return (
    <section className="editor" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {history && history.entries.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {history && history.entries.length > 0 && (
        <table className="edit-table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {history.entries.map((e) => (
              <tr key={e.seq}>
                <td>{formatLocal(e.at, timeZone)}</td>
                <td>{name(e.actorId)}</td>
                <td>{t(`history.types.${e.type}`, { subject: name(e.subject) })}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
