import type { TicketFields, TicketSettings } from '@queue/engine';
import { DEFAULT_TICKET_SETTINGS } from '@queue/protocol';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';

const FIELDS: (keyof TicketFields)[] = ['officeName', 'dateTime', 'peopleAhead', 'expectedWait', 'qr'];

/**
 * The office's name and information line (the kiosk and the hall show them) and what the printed ticket
 * carries besides its number and topic — on every kiosk of the office, whoever prints it. No personal
 * data can be chosen: the number is the address (REGULATIONS §8).
 */
export const TicketEditor = ({ config, onChange }: EditorProps) => {
  const { t } = useTranslation('settings');
  const ticket = config.ticket ?? DEFAULT_TICKET_SETTINGS;
  const setTicket = (change: Partial<TicketSettings>) =>
    onChange({ ...config, ticket: { ...ticket, ...change } });

  return (
    <section className="editor" aria-labelledby="ticket-title">
      <h2 id="ticket-title">{t('ticket.title')}</h2>
      <label className="field">
        {t('ticket.office')}
        <input
          className="wide"
          value={config.name}
          onChange={(e) => onChange({ ...config, name: e.target.value })}
        />
      </label>
      <label className="field">
        {t('ticket.infoLine')}
        <textarea
          rows={2}
          maxLength={300}
          value={config.infoLine}
          onChange={(e) => onChange({ ...config, infoLine: e.target.value })}
        />
      </label>
      <label className="field">
        {t('ticket.infoLineEn')}
        <textarea
          rows={2}
          maxLength={300}
          lang="en"
          value={config.infoLineEn ?? ''}
          onChange={(e) => onChange({ ...config, infoLineEn: e.target.value })}
        />
      </label>
      <fieldset className="checks">
        <legend>{t('ticket.fields')}</legend>
        {FIELDS.map((field) => (
          <label key={field}>
            <input
              type="checkbox"
              checked={ticket.fields[field]}
              onChange={(e) => setTicket({ fields: { ...ticket.fields, [field]: e.target.checked } })}
            />
            {t(`ticket.field.${field}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('ticket.text')}
        <input
          className="wide"
          maxLength={200}
          value={ticket.text ?? ''}
          placeholder={t('ticket.defaultText')}
          onChange={(e) => setTicket({ text: e.target.value.trim() === '' ? null : e.target.value })}
        />
      </label>
      <p className="hint">{t('ticket.textHint')}</p>
    </section>
  );
};
