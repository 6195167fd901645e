import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import { refusalText } from '@queue/ui';
import { configFileSchema } from '@queue/protocol';
import { type Api, saveFile } from '../api';

interface Props {
  api: Api;
  /** Called with the server's answer after an import took effect. */
  onImported: () => void;
  /** The server's `invalid_config` problems, as it sent them (config-problems.ts words them). */
  onProblems: (problems: unknown) => void;
}

/**
 * The whole configuration as one JSON file: download a copy, or load one made on another server. The
 * imported file is checked like any change and recorded with who imported it; PINs and device tokens are
 * never in the file.
 */
export const ConfigFilePanel = ({ api, onImported, onProblems }: Props) => {
  const { t, i18n } = useTranslation('settings');
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { file: useId(), reason: useId() };

  const load = async () => {
    if (!file) return;
    setError(null);
    setMessage(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setError(t('file.notJson'));
      return;
    }
    // The server checks it again; a file of another program is told apart here, before it is sent.
    const parsed = configFileSchema.safeParse(json);
    if (!parsed.success) {
      setError(t('file.notConfig'));
      return;
    }
    try {
      await api.call('importConfig', { body: { file: parsed.data, reason: reason.trim() || undefined } });
      setMessage(t('file.imported'));
      onImported();
    } catch (failure) {
      if (failure instanceof HttpFailure && failure.code === 'invalid_config') {
        onProblems(failure.details?.problems);
      }
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed'));
    }
  };

  return (
    <section className="editor" aria-labelledby="file-title">
      <h2 id="file-title">{t('file.title')}</h2>
      <p className="hint">{t('file.hint')}</p>
      <button
        type="button"
        onClick={() =>
          void api
            .file('exportConfig')
            .then((exported) => saveFile(exported, 'office-config.json'))
            .catch(() => setError(t('common.failed')))
        }
      >
        {t('file.export')}
      </button>
      <h3>{t('file.importTitle')}</h3>
      <div className="row">
        <label htmlFor={ids.file}>{t('file.choose')}</label>
        <input
          id={ids.file}
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={ids.reason}>{t('save.reason')}</label>
        <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="button" disabled={!file} onClick={() => void load()}>
          {t('file.import')}
        </button>
      </div>
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
    </section>
  );
};
