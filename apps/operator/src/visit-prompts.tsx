import { type Ticket, localParts } from '@queue/engine';
import { useTranslation } from 'react-i18next';
import { introductionName } from './console-model.js';

/** Any wait a visitor notices earns the thanks of 000 п.63 ж / 002 п.46 g («если ему пришлось ждать»). */
export const NOTICEABLE_WAIT_MS = 60_000;

const helloFor = (now: number, timeZone: string): 'morning' | 'day' | 'evening' => {
  const { hour } = localParts(now, timeZone);
  return hour < 12 ? 'morning' : hour < 18 ? 'day' : 'evening';
};

/**
 * The phrases of the service standards, on screen while they are due: greet first and introduce
 * oneself by first name and patronymic (003 §8.2, 001 §5.5.1.4–5), thank for waiting, and at the end
 * say goodbye (001 §5.5.3.9); after serving a visitor with a disability, ask for feedback (004 §6.7.11).
 */
export const VisitPrompts = ({
  ticket,
  fullName,
  timeZone,
  now,
}: {
  ticket: Ticket;
  fullName: string;
  timeZone: string;
  now: number;
}) => {
  const { t } = useTranslation('operator');
  const waitedMs = (ticket.calledAt ?? now) - ticket.waitingSince;
  const serving = ticket.state === 'serving';
  return (
    <section className="prompts" aria-labelledby="prompts-heading" data-testid="prompts">
      <h3 id="prompts-heading">{t('prompts.heading')}</h3>
      <ul>
        <li className={serving ? 'done' : 'due'} data-testid="prompt-greeting">
          «
          {t('prompts.greeting', {
            hello: t(`prompts.hello.${helloFor(now, timeZone)}`),
            name: introductionName(fullName),
          })}
          »
        </li>
        {waitedMs >= NOTICEABLE_WAIT_MS ? (
          <li className={serving ? 'done' : 'due'} data-testid="prompt-thanks">
            «{t('prompts.thanks')}»
          </li>
        ) : null}
        {serving ? (
          <li className="due" data-testid="prompt-farewell">
            «{t('prompts.farewell')}»
          </li>
        ) : null}
        {serving && ticket.priority !== null ? <li className="due">{t('prompts.feedback')}</li> : null}
      </ul>
    </section>
  );
};
