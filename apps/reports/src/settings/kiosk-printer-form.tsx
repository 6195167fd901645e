import { HttpFailure } from '@queue/client';
import type { NetworkPrinter } from '@queue/engine';
import { type DeviceInfo, networkPrinterSchema } from '@queue/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../api';

/** Most network receipt printers take raw ESC/POS on this port (JetDirect). */
const DEFAULT_PORT = 9100;

interface Draft {
  host: string;
  port: string;
  paper: NetworkPrinter['paper'];
  codePage: NetworkPrinter['codePage'];
  queryStatus: boolean;
}

const draftOf = (printer: DeviceInfo['printer']): Draft => ({
  host: printer?.host ?? '',
  port: String(printer?.port ?? DEFAULT_PORT),
  paper: printer?.paper ?? '80mm',
  codePage: printer?.codePage ?? 'CP866',
  queryStatus: printer?.queryStatus ?? true,
});

type Problem = 'host' | 'port';

/** The draft as the contract's printer, or which fields the server would refuse (checked by the same schema). */
const parse = (draft: Draft): { printer: NetworkPrinter } | { problems: Problem[] } => {
  const parsed = networkPrinterSchema.safeParse({
    ...draft,
    port: draft.port.trim() === '' ? Number.NaN : Number(draft.port),
  });
  if (parsed.success) return { printer: parsed.data };
  const problems = new Set(parsed.error.issues.map((i) => i.path[0]));
  return { problems: (['host', 'port'] as const).filter((field) => problems.has(field)) };
};

/**
 * The network printer the office server prints a kiosk's tickets on (DESIGN §6): its address, roll,
 * code page and whether it answers the status query. Saved at once through the API, which records who
 * set it; the next ticket of that kiosk comes out of it.
 */
export const KioskPrinterForm = ({
  api,
  device,
  onSaved,
  onCancel,
}: {
  api: Api;
  device: DeviceInfo;
  onSaved: (device: DeviceInfo, removed: boolean) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState<Draft>(() => draftOf(device.printer));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { host: useId(), port: useId(), codePage: useId(), title: useId(), problem: useId() };
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const send = async (printer: NetworkPrinter | null) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.call('setKioskPrinter', { body: { deviceId: device.id, printer } });
      onSaved(answer.device, printer === null);
    } catch (failure) {
      setError(failure instanceof HttpFailure ? failure.message : t('common.failed'));
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const outcome = parse(draft);
    if ('problems' in outcome) {
      setProblems(outcome.problems);
      document.getElementById(outcome.problems[0] === 'port' ? ids.port : ids.host)?.focus();
      return;
    }
    setProblems([]);
    void send(outcome.printer);
  };
  const invalid = (field: Problem) =>
    problems.includes(field) ? { 'aria-invalid': true, 'aria-describedby': `${ids.problem}-${field}` } : {};

  return (
    <form
      className="card printer-form"
      aria-labelledby={ids.title}
      data-printer-form={device.id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3 id={ids.title}>{t('printer.title', { label: device.label })}</h3>
      <p className="hint">{t('printer.hint')}</p>
      <div className="row">
        <label htmlFor={ids.host} className="grow">
          {t('printer.host')}
          <input
            id={ids.host}
            value={draft.host}
            maxLength={253}
            autoComplete="off"
            spellCheck={false}
            placeholder="192.168.1.50"
            onChange={(e) => set({ host: e.target.value })}
            {...invalid('host')}
          />
        </label>
        <label htmlFor={ids.port}>
          {t('printer.port')}
          <input
            id={ids.port}
            className="num"
            inputMode="numeric"
            value={draft.port}
            onChange={(e) => set({ port: e.target.value })}
            {...invalid('port')}
          />
        </label>
      </div>
      {problems.map((field) => (
        <p key={field} id={`${ids.problem}-${field}`} className="problem" role="alert">
          {t(`printer.problem.${field}`)}
        </p>
      ))}
      <div className="row">
        <fieldset className="checks inline">
          <legend>{t('printer.paper')}</legend>
          {(['80mm', '58mm'] as const).map((paper) => (
            <label key={paper}>
              <input
                type="radio"
                name={`${ids.title}-paper`}
                checked={draft.paper === paper}
                onChange={() => set({ paper })}
              />
              {t(`printer.papers.${paper}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.codePage}>
          {t('printer.codePage')}
          <select
            id={ids.codePage}
            value={draft.codePage}
            onChange={(e) => set({ codePage: e.target.value as NetworkPrinter['codePage'] })}
          >
            <option value="CP866">CP866</option>
            <option value="WPC1251">Windows-1251</option>
          </select>
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.queryStatus}
          onChange={(e) => set({ queryStatus: e.target.checked })}
        />
        {t('printer.queryStatus')}
      </label>
      <p className="hint">{t('printer.queryStatusHint')}</p>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('printer.save')}
        </button>
        {device.printer && (
          <button type="button" className="danger" disabled={busy} onClick={() => void send(null)}>
            {t('printer.remove')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('printer.cancel')}
        </button>
      </div>
    </form>
  );
};
