import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeOverview, OverviewAnswer } from '../contract/central-api';
import type { CentralClient } from './central-client';

const MIN = 60_000;

/** Unacknowledged alarms of an office, all kinds together. */
const alarmsOf = (office: OfficeOverview) =>
  Object.values(office.status?.unacknowledged ?? {}).reduce((sum, n) => sum + n, 0);

const overNorm = (office: OfficeOverview) =>
  office.status?.longestWait ? office.status.longestWait.ms > office.status.longestWait.normMin * MIN : false;

/**
 * The company overview (issue 16): every office at a glance — waiting, windows open, the longest wait
 * against its norm, alarms, extra-staff calls, and how the centre stands with its data. It follows the
 * service's live stream (each office's change arrives within moments), reconnecting when it drops.
 */
export const OverviewPage = ({ client }: { client: CentralClient }) => {
  const { t } = useTranslation('central');
  const [offices, setOffices] = useState<Map<string, OfficeOverview>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [connected, setConnected] = useState(true);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    const merge = (changed: OfficeOverview[]) =>
      setOffices((current) => {
        const next = new Map(current);
        for (const office of changed) next.set(office.id, office);
        return next;
      });
    const run = async () => {
      while (!stop.signal.aborted) {
        try {
          const answer = await client.get<OverviewAnswer>('/api/overview');
          setOffices(new Map(answer.offices.map((o) => [o.id, o])));
          setLoaded(true);
          setConnected(true);
          await client.follow((message) => merge(message.offices), stop.signal);
        } catch {
          if (stop.signal.aborted) return;
        }
        setConnected(false);
        await new Promise((r) => setTimeout(r, 2_000));
      }
    };
    void run();
    return () => stop.abort();
  }, [client]);

  const ago = (at: number | null) => {
    if (at === null) return '';
    const s = Math.max(0, Math.round((now - at) / 1000));
    if (s < 5) return t('overview.ago.now');
    if (s < 60) return t('overview.ago.seconds', { n: s });
    if (s < 3600) return t('overview.ago.minutes', { n: Math.floor(s / 60) });
    return t('overview.ago.hours', { n: Math.floor(s / 3600) });
  };

  const list = [...offices.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const totals = {
    offices: list.length,
    silent: list.filter((o) => o.silent).length,
    waiting: list.reduce((n, o) => n + (o.status?.waiting ?? 0), 0),
    overNorm: list.filter(overNorm).length,
    alarms: list.reduce((n, o) => n + alarmsOf(o), 0),
    extraStaff: list.reduce((n, o) => n + (o.status?.extraStaff.active ?? 0), 0),
  };

  return (
    <main className="overview">
      <div className="overview-title">
        <h1>{t('overview.title')}</h1>
        <p className={connected ? 'muted' : 'problem'} role="status">
          {connected ? t('overview.live') : t('overview.reconnecting')}
        </p>
      </div>
      <ul className="tiles" aria-label={t('overview.title')}>
        {(
          [
            ['offices', totals.offices, false],
            ['silent', totals.silent, totals.silent > 0],
            ['waiting', totals.waiting, false],
            ['overNorm', totals.overNorm, totals.overNorm > 0],
            ['alarms', totals.alarms, totals.alarms > 0],
            ['extraStaff', totals.extraStaff, totals.extraStaff > 0],
          ] as const
        ).map(([key, value, alert]) => (
          <li key={key} className={alert ? 'tile alert' : 'tile'} data-tile={key}>
            <span className="tile-value">{value}</span>
            <span className="tile-label">{t(`overview.${key}`)}</span>
          </li>
        ))}
      </ul>
      {loaded && list.length === 0 ? (
        <p className="muted">{t('overview.empty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label={t('overview.title')}>
          <table className="report-table offices-table">
            <thead>
              <tr>
                {(
                  [
                    'office',
                    'preset',
                    'waiting',
                    'windows',
                    'longest',
                    'alarms',
                    'extraStaff',
                    'link',
                  ] as const
                ).map((key, i) => (
                  <th key={key} scope="col" className={i === 0 || i === 1 || i === 7 ? 'text' : 'count'}>
                    {t(`overview.columns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((office) => {
                const status = office.status;
                const longest = status?.longestWait ?? null;
                const alarms = alarmsOf(office);
                const rowClass = office.silent
                  ? 'silent'
                  : overNorm(office) || alarms > 0
                    ? 'attention'
                    : undefined;
                return (
                  <tr key={office.id} data-office={office.id} className={rowClass}>
                    <th scope="row" className="text">
                      {office.name}
                      {status && !status.open && (
                        <span className="muted small"> · {t('overview.closed')}</span>
                      )}
                    </th>
                    <td className="text">{status?.presetTitle ?? office.presetId ?? '—'}</td>
                    <td className="count" data-column="waiting">
                      {status?.waiting ?? '—'}
                    </td>
                    <td className="count">
                      {status
                        ? t('overview.windows', { open: status.windowsOpen, all: status.windows })
                        : '—'}
                    </td>
                    <td className={`count${overNorm(office) ? ' over' : ''}`} data-column="longest">
                      {longest
                        ? t('overview.minutesOfNorm', {
                            wait: Math.floor(longest.ms / MIN),
                            norm: longest.normMin,
                          })
                        : status
                          ? t('overview.nobody')
                          : '—'}
                    </td>
                    <td className={`count${alarms > 0 ? ' over' : ''}`}>{status ? alarms : '—'}</td>
                    <td className="count">
                      {status && status.extraStaff.active > 0
                        ? t('overview.extraStaffCalls', status.extraStaff)
                        : status
                          ? t('overview.none')
                          : '—'}
                    </td>
                    <td className="text" data-column="link">
                      {office.seenAt === null
                        ? t('overview.link.never')
                        : office.silent
                          ? t('overview.link.silent', { ago: ago(office.seenAt) })
                          : t('overview.link.ok', { ago: ago(office.seenAt) })}
                      {office.backlog > 0 && (
                        <span className="small">
                          {' '}
                          · {t('overview.link.backlog', { count: office.backlog })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
};
