import { refusalText, serverUrl } from '@queue/ui';
import { renderSVG } from 'uqr';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpFailure } from '@queue/client';
import type { DeviceInfo } from '@queue/protocol';
import type { Api } from '../api';
import { KioskPrinterForm } from './kiosk-printer-form';

type DeviceRole = DeviceInfo['role'];

/** Prints the QR card alone: the page's print styles hide the rest only while this prints. */
const printCard = () => {
  document.body.classList.add('printing-device-qr');
  try {
    window.print();
  } finally {
    document.body.classList.remove('printing-device-qr');
  }
};

/**
 * Kiosks, hall displays and integrations, each with its own token (DESIGN §4). A new token is shown once
 * and never again (the server keeps only its hash); a revoked token stops working at once, even on a
 * device that is connected.
 */
export const DevicesPanel = ({ api }: { api: Api }) => {
  const { t, i18n } = useTranslation('settings');
  const [devices, setDevices] = useState<DeviceInfo[]>([]);
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [label, setLabel] = useState('');
  const [issued, setIssued] = useState<{ device: DeviceInfo; token: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printerOf, setPrinterOf] = useState<DeviceInfo | null>(null);
  const ids = { role: useId(), label: useId() };

  const refresh = useCallback(async () => {
    try {
      setDevices((await api.call('devices')).devices);
    } catch (failure) {
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed'));
    }
  }, [api, t, i18n]);
  useEffect(() => void refresh(), [refresh]);

  const issue = async () => {
    setError(null);
    setMessage(null);
    try {
      setIssued(await api.call('registerDevice', { body: { role, label } }));
      setLabel('');
      await refresh();
    } catch (failure) {
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed'));
    }
  };
  const revoke = async (device: DeviceInfo) => {
    setError(null);
    setIssued(null);
    try {
      await api.call('revokeDevice', { body: { deviceId: device.id } });
      setMessage(t('devices.revoked', { label: device.label }));
      await refresh();
    } catch (failure) {
      setError((failure instanceof HttpFailure && refusalText(failure, i18n)) || t('common.failed'));
    }
  };
  const printerSaved = async (device: DeviceInfo, removed: boolean) => {
    setPrinterOf(null);
    // The table shows the printer in force by the time the message says so.
    await refresh();
    setMessage(t(removed ? 'printer.removed' : 'printer.saved', { label: device.label }));
  };
  const printerText = ({ printer }: DeviceInfo) =>
    printer === null
      ? t('printer.none')
      : [
          `${printer.host}:${printer.port}`,
          printer.paper && t(`printer.papers.${printer.paper}`),
          printer.codePage === 'WPC1251' ? 'Windows-1251' : printer.codePage,
          printer.queryStatus ? null : t('printer.noQuery'),
        ]
          .filter(Boolean)
          .join(', ');
  const address = (d: DeviceInfo, token: string) =>
    d.role === 'integration' || d.role === 'door'
      ? null
      : `${serverUrl()}/${d.role === 'kiosk' ? 'kiosk' : 'board'}/?token=${token}`;

  return (
    <section className="editor" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.title')}</h2>
      <p className="hint">{t('devices.hint')}</p>
      {issued && (
        <div className="secret" role="status" data-secret="token">
          <p>
            {t('devices.issued', { label: issued.device.label })} <code>{issued.token}</code>
          </p>
          {address(issued.device, issued.token) && (
            <>
              <p>
                {t('devices.address')} <code>{address(issued.device, issued.token)}</code>
              </p>
              <figure className="device-qr" data-qr="device">
                {/* uqr's SVG: only black modules on white, built from the address, nothing else. */}
                <div
                  role="img"
                  aria-label={t('devices.qr')}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG generated here from the address
                  dangerouslySetInnerHTML={{
                    __html: renderSVG(address(issued.device, issued.token)!, { border: 2 }),
                  }}
                />
                <figcaption>
                  {issued.device.label}: {address(issued.device, issued.token)}
                </figcaption>
              </figure>
              <button type="button" onClick={printCard} data-action="print-qr">
                {t('devices.print')}
              </button>
            </>
          )}
          <p>{t('devices.once')}</p>
        </div>
      )}
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
      <table className="edit-table">
        <thead>
          <tr>
            <th scope="col">{t('devices.label')}</th>
            <th scope="col">{t('devices.role')}</th>
            <th scope="col">{t('devices.state')}</th>
            <th scope="col">{t('printer.column')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id} data-device={d.id}>
              <th scope="row">{d.label}</th>
              <td>{t(`devices.roles.${d.role}`)}</td>
              <td className={d.revoked ? 'revoked' : 'active'}>
                {d.revoked ? t('devices.isRevoked') : t('devices.isActive')}
              </td>
              <td data-printer={d.id}>{d.role === 'kiosk' ? printerText(d) : null}</td>
              <td>
                <div className="device-actions">
                  {!d.revoked && d.role === 'kiosk' && (
                    <button
                      type="button"
                      onClick={() => setPrinterOf(d)}
                      aria-expanded={printerOf?.id === d.id}
                      data-action="printer"
                    >
                      {t('printer.edit')}
                      <span className="visually-hidden">: {d.label}</span>
                    </button>
                  )}
                  {!d.revoked && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void revoke(d)}
                      data-action="revoke"
                    >
                      {t('devices.revoke')}
                      <span className="visually-hidden">: {d.label}</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {printerOf && (
        <KioskPrinterForm
          key={printerOf.id}
          api={api}
          device={printerOf}
          onSaved={(device, removed) => void printerSaved(device, removed)}
          onCancel={() => setPrinterOf(null)}
        />
      )}
      <h3>{t('devices.newDevice')}</h3>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void issue();
        }}
      >
        <label htmlFor={ids.role}>{t('devices.role')}</label>
        <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as DeviceRole)}>
          {(['kiosk', 'board', 'integration', 'door'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`devices.roles.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.label}>{t('devices.label')}</label>
        <input
          id={ids.label}
          required
          maxLength={100}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit">{t('devices.issue')}</button>
      </form>
    </section>
  );
};
