import type { VisitView } from '@queue/protocol';
import { officeClock, switchLocale } from '@queue/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { FeedbackForm } from './feedback-form.js';
import { useCallAlert } from './use-call-alert.js';
import type { Problem, VisitStore } from './visit-store.js';

/** The lengths of a step-out the page offers, within the office's limit (which is always offered). */
export const stepOutOptions = (maxMin: number): number[] => {
  const options = [10, 20, 30, 60].filter((m) => m < maxMin);
  return [...options, maxMin].slice(-3);
};

const Waiting = ({ view }: { view: VisitView }) => {
  const { t } = useTranslation('visit');
  const soon = view.expectedAt !== null && view.expectedAt - view.serverTime < 2 * 60_000;
  return (
    <section className="visit__status" aria-live="polite">
      <p className="visit__state">{t('state.waiting')}</p>
      {view.ahead !== null && <p className="visit__ahead">{t('ahead', { count: view.ahead })}</p>}
      <p className="visit__expected">
        {view.expectedAt === null
          ? t('expectedUnknown')
          : soon
            ? t('expectedSoon')
            : t('expected', { time: officeClock(view.expectedAt, view.timeZone) })}
      </p>
    </section>
  );
};

const Called = ({ view }: { view: VisitView }) => {
  const { t } = useTranslation('visit');
  return (
    <section className="visit__status visit__status--called" role="alert">
      <p className="visit__state">{t('state.called')}</p>
      <p className="visit__window">{t('calledTo', { window: view.window ?? '' })}</p>
      {view.recalls > 0 && <p>{t('calledAgain')}</p>}
    </section>
  );
};

const Ended = ({ view }: { view: VisitView }) => {
  const { t } = useTranslation('visit');
  const text =
    view.state === 'done' ? t('doneThanks') : view.state === 'noShow' ? t('noShowText') : t('cancelledText');
  return (
    <section className="visit__status">
      <p className="visit__state">{t(`state.${view.state}`)}</p>
      <p>{text}</p>
    </section>
  );
};

const ProblemLine = ({ problem }: { problem: Problem }) => {
  const { t } = useTranslation('visit');
  if (!problem) return null;
  const known = [
    'step_out_too_long',
    'step_out_limit',
    'ticket_not_waiting',
    'ticket_not_postponed',
    'rate_limited',
    'feedback_closed',
    'feedback_given',
    'feedback_text_too_long',
  ];
  return (
    <p className="visit__problem" role="alert">
      {t(`problem.${known.includes(problem.code) ? problem.code : 'failed'}`, problem.details)}
    </p>
  );
};

const StepOut = ({ view, visit, busy }: { view: VisitView; visit: VisitStore; busy: boolean }) => {
  const { t } = useTranslation('visit');
  if (view.state === 'postponed') {
    return (
      <section className="visit__actions">
        {view.postponedUntil !== null && (
          <p>{t('awayUntil', { time: officeClock(view.postponedUntil, view.timeZone) })}</p>
        )}
        <button
          type="button"
          className="visit__button visit__button--main"
          disabled={busy}
          onClick={() => void visit.stepIn()}
        >
          {t('stepOut.back')}
        </button>
      </section>
    );
  }
  if (view.state !== 'waiting') return null;
  if (view.stepOut.left === 0) return <p className="visit__hint">{t('stepOut.none')}</p>;
  return (
    <section className="visit__actions" aria-labelledby="step-out-title">
      <h2 id="step-out-title">{t('stepOut.title')}</h2>
      <p className="visit__hint">{t('stepOut.hint', { max: view.stepOut.maxMin })}</p>
      <div className="visit__options">
        {stepOutOptions(view.stepOut.maxMin).map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="visit__button"
            disabled={busy}
            onClick={() => void visit.stepOut(minutes)}
          >
            {t('stepOut.option', { count: minutes })}
          </button>
        ))}
      </div>
    </section>
  );
};

export const VisitPage = ({ visit }: { visit: VisitStore }) => {
  const { t, i18n } = useTranslation('visit');
  const { view, status, problem, busy, updatedAt } = useStore(visit.store);
  const { alerts, enable } = useCallAlert(view);
  const english = i18n.language === 'en';
  // The page opens in the language the visitor chose at the kiosk; their own switch wins after that.
  const opened = useRef(false);
  useEffect(() => {
    if (!view || opened.current) return;
    opened.current = true;
    if (view.language === 'en') void switchLocale('en');
  }, [view]);
  const language = (
    <button
      type="button"
      className="visit__language"
      onClick={() => void switchLocale(english ? 'ru' : 'en')}
    >
      {t('language')}
    </button>
  );

  if (status === 'notFound' || (status !== 'ok' && !view)) {
    return (
      <main className="visit visit--message">
        {language}
        <h1>{t('title')}</h1>
        <p role={status === 'loading' ? undefined : 'alert'}>
          {status === 'notFound' ? t('notFound') : status === 'offline' ? t('offline') : '…'}
        </p>
      </main>
    );
  }
  if (!view) return null;
  const active = view.state === 'waiting' || view.state === 'called' || view.state === 'postponed';
  return (
    <main className={`visit visit--${view.state}`}>
      <header className="visit__header">
        <span className="visit__office">{view.office}</span>
        {language}
      </header>
      <h1 className="visit__title">{t('title')}</h1>
      <p className="visit__number">{view.number}</p>
      {view.topic && (
        <p className="visit__topic">
          <span className="visit__label">{t('topic')}: </span>
          {english ? view.topic.titleEn : view.topic.title}
        </p>
      )}
      {view.state === 'waiting' && <Waiting view={view} />}
      {view.state === 'called' && <Called view={view} />}
      {view.state === 'serving' && (
        <section className="visit__status">
          <p className="visit__state">{t('state.serving')}</p>
          <p>{t('servingAt', { window: view.window ?? '' })}</p>
        </section>
      )}
      {view.state === 'postponed' && <p className="visit__state">{t('state.postponed')}</p>}
      {(view.state === 'done' || view.state === 'noShow' || view.state === 'cancelled') && (
        <Ended view={view} />
      )}
      <FeedbackForm view={view} visit={visit} busy={busy} />
      <ProblemLine problem={problem} />
      <StepOut view={view} visit={visit} busy={busy} />
      {active &&
        (alerts === 'off' ? (
          <button type="button" className="visit__button visit__button--alerts" onClick={() => void enable()}>
            {t('alerts.enable')}
          </button>
        ) : (
          <p className="visit__hint">{alerts === 'on' ? t('alerts.enabled') : t('alerts.denied')}</p>
        ))}
      <footer className="visit__footer">
        {status === 'offline' ? (
          <p role="alert">{t('offline')}</p>
        ) : (
          updatedAt !== null && <p>{t('updated', { time: officeClock(view.serverTime, view.timeZone) })}</p>
        )}
      </footer>
    </main>
  );
};
