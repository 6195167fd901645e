/**
 * The hall administrator registers a visitor in the queue, choosing the topic (001 §7.1.6), and where
 * needed marks the visit out of turn (004 §6.7: people with disabilities). One visit may need a second
 * topic, served in turn (001 §4.2). The ticket can then be printed at the kiosk printer.
 */
import type { ClientType, Service } from '@queue/engine';
import type { IssuedTicket, StaffView } from '@queue/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSession } from './admin-session';
import type { BoardActions } from './use-board-actions';
import { useReprint } from './use-reprint';

const ServiceOptions = ({ services }: { services: Service[] }) => {
  const groups = new Map<string, Service[]>();
  for (const service of services) {
    const key = service.category ?? '';
    groups.set(key, [...(groups.get(key) ?? []), service]);
  }
  return (
    <>
      {[...groups].map(([category, list]) => {
        const options = list.map((service) => (
          <option key={service.id} value={service.id}>
            {service.letter} — {service.title}
          </option>
        ));
        return category === '' ? (
          options
        ) : (
          <optgroup key={category} label={category}>
            {options}
          </optgroup>
        );
      })}
    </>
  );
};

export interface RegisterVisitorProps {
  view: StaffView;
  session: AdminSession;
  actions: BoardActions;
}

export const RegisterVisitor = ({ view, session, actions }: RegisterVisitorProps) => {
  const { t } = useTranslation('board');
  const [clientType, setClientType] = useState<ClientType>('individual');
  const [serviceId, setServiceId] = useState('');
  const [secondId, setSecondId] = useState('');
  const [outOfTurn, setOutOfTurn] = useState(false);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { status: printStatus, reprint } = useReprint(session);
  const topicId = useId();
  const secondTopicId = useId();
  const outOfTurnId = useId();
  const available = view.config.services.filter(
    (service) => service.enabled && service.clientTypes.includes(clientType),
  );
  const first = available.some((service) => service.id === serviceId) ? serviceId : (available[0]?.id ?? '');
  const second = secondId !== first && available.some((service) => service.id === secondId) ? secondId : '';

  return (
    <section className="panel" aria-labelledby="register-title">
      <h2 id="register-title">{t('admin.register.title')}</h2>
      <form
        className="register-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!first || busy) return;
          setBusy(true);
          const serviceIds = second ? [first, second] : [first];
          const { response, error: failure } = await actions.run({
            type: 'ticket.issue',
            serviceIds,
            clientType,
            priority: outOfTurn ? 'disability' : null,
            source: 'administrator',
          });
          setBusy(false);
          setError(failure);
          setIssued(response.ok ? (response.result.ticket ?? null) : null);
          if (response.ok) {
            setOutOfTurn(false);
            setSecondId('');
          }
        }}
      >
        <fieldset className="segmented">
          <legend>{t('admin.register.clientType')}</legend>
          {(['individual', 'organisation'] as const).map((type) => (
            <label key={type}>
              <input
                type="radio"
                name="clientType"
                value={type}
                checked={clientType === type}
                onChange={() => setClientType(type)}
              />
              {t(`admin.register.${type}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={topicId}>{t('admin.register.topic')}</label>
        <select id={topicId} value={first} onChange={(event) => setServiceId(event.target.value)}>
          <ServiceOptions services={available} />
        </select>
        <label htmlFor={secondTopicId}>{t('admin.register.secondTopic')}</label>
        <select id={secondTopicId} value={second} onChange={(event) => setSecondId(event.target.value)}>
          <option value="">{t('admin.register.noSecondTopic')}</option>
          <ServiceOptions services={available.filter((service) => service.id !== first)} />
        </select>
        <label className="checkbox" htmlFor={outOfTurnId}>
          <input
            id={outOfTurnId}
            type="checkbox"
            checked={outOfTurn}
            onChange={(event) => setOutOfTurn(event.target.checked)}
          />
          {t('admin.register.outOfTurn')}
        </label>
        <button type="submit" className="primary" disabled={!first || busy}>
          {t('admin.register.submit')}
        </button>
      </form>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {issued && (
        <div className="issued" role="status" data-testid="issued-ticket" data-ticket={issued.number}>
          <p>
            {t('admin.register.issued', { ticket: issued.number })}{' '}
            {issued.expectedWaitMin === null
              ? t('admin.register.aheadOnly', { count: issued.ahead })
              : t('admin.register.ahead', { count: issued.ahead, minutes: issued.expectedWaitMin })}
          </p>
          <button type="button" onClick={() => void reprint(issued.id, issued.number)}>
            {t('admin.register.print')}
          </button>
          {printStatus && <p className={printStatus.ok ? 'muted' : 'problem'}>{printStatus.text}</p>}
        </div>
      )}
    </section>
  );
};
