import { HttpFailure } from '@queue/client';
import { type OfficeConfig, formatLocal } from '@queue/engine';
import type { CentralTemplateAnswer } from '@queue/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../api';

interface Props {
  api: Api;
  config: OfficeConfig;
  /** Unsaved changes in the settings: adopting would replace the configuration under them. */
  dirty: boolean;
  /** Called once the adopted configuration is in force. */
  onAdopted: () => void;
}

/**
 * The head office's configuration template, as the office's manager sees it (issue 16): what it
 * offers, what adopting it would change here (the server's `templateChanges`), and the adoption on the
 * manager's confirmation — an ordinary configuration change of this office, recorded with the manager
 * and the reason, so the office stays the one writer of its own record.
 */
export const TemplateOfferPanel = ({ api, config, dirty, onAdopted }: Props) => {
  const { t } = useTranslation('settings');
  const [answer, setAnswer] = useState<CentralTemplateAnswer | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const load = useCallback(async () => {
    try {
      setAnswer(await api.call('centralTemplate'));
    } catch (failure) {
      setMessage({
        text: failure instanceof HttpFailure ? failure.message : t('common.failed'),
        problem: true,
      });
    }
  }, [api, t]);

  // Read again whenever the configuration in force changes: the changes are against it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: config is the trigger
  useEffect(() => {
    void load();
  }, [load, config]);

  const time = (at: number) => formatLocal(at, config.timeZone);
  const intro = (
    <>
      <h2 id="template-title">{t('template.title')}</h2>
      <p className="hint">{t('template.hint')}</p>
    </>
  );

  if (!answer) {
    return (
      <section className="editor template-offer" aria-labelledby="template-title">
        {intro}
        {message && (
          <p className="problem" role="alert">
            {message.text}
          </p>
        )}
      </section>
    );
  }

  const { offer, changes, readAt } = answer;
  const title = (id: string) =>
    offer?.template.services.find((s) => s.id === id)?.title ??
    config.services.find((s) => s.id === id)?.title ??
    id;
  const topics = (ids: string[]) => ids.map(title).join(', ');
  const adopted = offer !== null && config.template?.id === offer.id;
  const nothingChanges =
    changes !== null &&
    changes.presetFrom === changes.presetTo &&
    [changes.added, changes.disabled, changes.renormed, changes.unserved].every((l) => l.length === 0);

  const adopt = async () => {
    if (!offer) return;
    setBusy(true);
    setMessage(null);
    try {
      await api.call('adoptCentralTemplate', {
        body: { id: offer.id, reason: t('template.reason', { id: offer.id, title: offer.title }) },
      });
      setConfirming(false);
      setMessage({ text: t('template.adopted', { id: offer.id }), problem: false });
      onAdopted();
    } catch (failure) {
      setMessage({
        text: failure instanceof HttpFailure ? failure.message : t('common.failed'),
        problem: true,
      });
      void load();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor template-offer" aria-labelledby="template-title">
      {intro}
      {!answer.replication ? (
        <p className="muted" data-template="none">
          {t('template.none')}
        </p>
      ) : !offer ? (
        <p className="muted" data-template="nothing">
          {t('template.nothing')}
        </p>
      ) : (
        <div data-template={offer.id}>
          <h3>
            {offer.title} <span className="muted">{t('template.version', { id: offer.id })}</span>
          </h3>
          <p className="muted">
            {t('template.published', { who: offer.publishedBy, at: time(offer.publishedAt) })}
          </p>
          {offer.note && <p className="template-note">{offer.note}</p>}
          {adopted ? (
            <>
              <p className="notice" data-template-state="adopted">
                {t('template.current', { id: offer.id })}
              </p>
              {changes && changes.unserved.length > 0 && (
                <p className="problem" data-change="unserved">
                  {t('template.unservedNow', { topics: topics(changes.unserved) })}
                </p>
              )}
            </>
          ) : (
            changes && (
              <>
                <h4>{t('template.changesTitle')}</h4>
                {nothingChanges ? (
                  <p>{t('template.noChanges')}</p>
                ) : (
                  <ul className="template-changes">
                    {changes.presetFrom !== changes.presetTo && (
                      <li data-change="preset">
                        {t('template.preset', { from: changes.presetFrom, to: changes.presetTo })}
                      </li>
                    )}
                    {changes.added.length > 0 && (
                      <li data-change="added">{t('template.added', { topics: topics(changes.added) })}</li>
                    )}
                    {changes.disabled.length > 0 && (
                      <li data-change="disabled">
                        {t('template.disabled', { topics: topics(changes.disabled) })}
                      </li>
                    )}
                    {changes.renormed.length > 0 && (
                      <li data-change="renormed">
                        {t('template.renormed', { topics: topics(changes.renormed) })}
                      </li>
                    )}
                    {changes.unserved.length > 0 && (
                      <li data-change="unserved" className="problem">
                        {t('template.unserved', { topics: topics(changes.unserved) })}
                      </li>
                    )}
                  </ul>
                )}
                <p className="hint">{t('template.kept')}</p>
                {dirty ? (
                  <p className="problem">{t('template.saveFirst')}</p>
                ) : confirming ? (
                  <fieldset className="confirm">
                    <legend>{t('template.confirm', { title: offer.title, id: offer.id })}</legend>
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      onClick={() => void adopt()}
                      data-action="adopt-confirm"
                    >
                      {t('template.yes')}
                    </button>
                    <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                      {t('template.no')}
                    </button>
                  </fieldset>
                ) : (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => {
                      setMessage(null);
                      setConfirming(true);
                    }}
                    data-action="adopt"
                  >
                    {t('template.adopt')}
                  </button>
                )}
              </>
            )
          )}
          {readAt !== null && <p className="muted">{t('template.readAt', { at: time(readAt) })}</p>}
        </div>
      )}
      {message && (
        <p className={message.problem ? 'problem' : 'notice'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
};
