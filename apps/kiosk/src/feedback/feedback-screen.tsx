import { FEEDBACK_AT_WINDOW_MS } from '@queue/engine';
import type { OfficeClient } from '@queue/client';
import type { PublicView } from '@queue/protocol';
import { switchLocale, useOfficeClient, useReplica, useServerNow } from '@queue/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const RATINGS = [5, 4, 3, 2, 1] as const;
const KINDS = ['thanks', 'complaint', 'suggestion', 'review'] as const;
type Kind = (typeof KINDS)[number];
/** How long the thanks stays before the screen waits for the next visit. */
const THANKS_MS = 8_000;

/**
 * The kiosk app in feedback mode (`?feedback=<windowId>`), a small screen by one window (issue 18):
 * when that window's visit ends served, it asks for a rating (and, if the visitor wishes, a kind) for
 * FEEDBACK_AT_WINDOW_MS, sends it naming the window only, thanks, and waits for the next visit.
 */
export const FeedbackScreen = ({ token, windowId }: { token: string; windowId: string }) => {
  const client = useOfficeClient<PublicView>(token);
  return client ? <FeedbackPanel client={client} windowId={windowId} /> : null;
};

const FeedbackPanel = ({ client, windowId }: { client: OfficeClient<PublicView>; windowId: string }) => {
  const { t, i18n } = useTranslation('feedback');
  const view = useReplica(client, (s) => s.view);
  const now = useServerNow(client, 1000);
  const [rating, setRating] = useState<number | null>(null);
  const [kind, setKind] = useState<Kind | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; until: number } | null>(null);
  const window = view?.windows.find((w) => w.id === windowId) ?? null;
  const since = window?.feedbackSince ?? null;
  const open = since !== null && now - since < FEEDBACK_AT_WINDOW_MS;

  // A new visit to rate starts with an empty form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the visit changes
  useEffect(() => {
    setRating(null);
    setKind(null);
  }, [since]);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), Math.max(0, outcome.until - Date.now()));
    return () => clearTimeout(timer);
  }, [outcome]);

  const send = async () => {
    if (rating === null) return;
    const response = await client.send({
      type: 'visit.feedback',
      ticketId: null,
      windowId,
      rating,
      kind,
      text: null,
    });
    const text = response.ok
      ? t('thanks')
      : response.error.code === 'feedback_closed' || response.error.code === 'feedback_given'
        ? t('closed')
        : t('failed');
    setOutcome({ text, until: Date.now() + THANKS_MS });
  };

  const english = i18n.language === 'en';
  return (
    <main className="kiosk feedback-screen">
      <header className="kiosk-header">
        <span className="office-name">{window?.label ?? ''}</span>
        <button
          type="button"
          className="feedback-language"
          onClick={() => void switchLocale(english ? 'ru' : 'en')}
        >
          {english ? 'Русский' : 'English'}
        </button>
      </header>
      {view && !window ? (
        <p className="feedback-message" role="alert">
          {t('unknownWindow')}
        </p>
      ) : outcome ? (
        <p className="feedback-message" role="status">
          {outcome.text}
        </p>
      ) : open ? (
        <form
          className="feedback-form"
          aria-labelledby="feedback-question"
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <h1 id="feedback-question">{t('question')}</h1>
          <fieldset className="feedback-ratings" aria-labelledby="feedback-question">
            {RATINGS.map((value) => (
              <button
                key={value}
                type="button"
                className="feedback-choice"
                aria-pressed={rating === value}
                onClick={() => setRating(value)}
              >
                {t(`score.${value}`)}
              </button>
            ))}
          </fieldset>
          <h2 id="feedback-kind">{t('kind')}</h2>
          <fieldset className="feedback-kinds" aria-labelledby="feedback-kind">
            {KINDS.map((value) => (
              <button
                key={value}
                type="button"
                className="feedback-choice"
                aria-pressed={kind === value}
                onClick={() => setKind(kind === value ? null : value)}
              >
                {t(`kinds.${value}`)}
              </button>
            ))}
          </fieldset>
          <p className="feedback-note">{t('anonymous')}</p>
          <button type="submit" className="feedback-send" disabled={rating === null}>
            {t('send')}
          </button>
        </form>
      ) : (
        <p className="feedback-message">{t('waiting')}</p>
      )}
    </main>
  );
};
