import type { VisitView } from '@queue/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitStore } from './visit-store.js';

const RATINGS = [5, 4, 3, 2, 1] as const;
const KINDS = ['thanks', 'complaint', 'suggestion', 'review'] as const;
type Kind = (typeof KINDS)[number];
/** The engine's limit (FEEDBACK_TEXT_MAX); the field stops there, the server refuses more politely. */
export const FEEDBACK_TEXT_LIMIT = 500;

/**
 * «Оцените, пожалуйста, обслуживание» after a visit that ended served (004 §6.7.11, 001 §10.4): a rating,
 * and if the visitor wishes a kind and a short text. Anonymous: the page says so.
 */
export const FeedbackForm = ({
  view,
  visit,
  busy,
}: {
  view: VisitView;
  visit: VisitStore;
  busy: boolean;
}) => {
  const { t } = useTranslation('visit');
  const [rating, setRating] = useState<number | null>(null);
  const [kind, setKind] = useState<Kind | null>(null);
  const [text, setText] = useState('');
  if (view.feedback === 'given') {
    return (
      <section className="visit__status" aria-live="polite">
        <p className="visit__state">{t('feedback.thanks')}</p>
      </section>
    );
  }
  if (view.feedback !== 'open') return null;
  const left = FEEDBACK_TEXT_LIMIT - [...text].length;
  return (
    <form
      className="visit__actions visit__feedback"
      aria-labelledby="feedback-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (rating === null) return;
        void visit.feedback({ rating, kind, text: text.trim() || null });
      }}
    >
      <h2 id="feedback-title">{t('feedback.title')}</h2>
      <fieldset className="visit__fieldset">
        <legend>{t('feedback.rating')}</legend>
        <div className="visit__ratings">
          {RATINGS.map((value) => (
            <button
              key={value}
              type="button"
              className="visit__button visit__choice"
              aria-pressed={rating === value}
              onClick={() => setRating(value)}
            >
              {t(`feedback.score.${value}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="visit__fieldset">
        <legend>{t('feedback.kind')}</legend>
        <div className="visit__kinds">
          {KINDS.map((value) => (
            <button
              key={value}
              type="button"
              className="visit__button visit__choice"
              aria-pressed={kind === value}
              onClick={() => setKind(kind === value ? null : value)}
            >
              {t(`feedback.kinds.${value}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <label className="visit__field">
        <span>{t('feedback.text')}</span>
        <textarea
          value={text}
          rows={4}
          maxLength={FEEDBACK_TEXT_LIMIT}
          onChange={(event) => setText(event.target.value)}
        />
        <span className="visit__hint">{t('feedback.left', { count: left })}</span>
      </label>
      <p className="visit__hint">{t('feedback.anonymous')}</p>
      <button type="submit" className="visit__button visit__button--main" disabled={busy || rating === null}>
        {rating === null ? t('feedback.chooseFirst') : t('feedback.send')}
      </button>
    </form>
  );
};
