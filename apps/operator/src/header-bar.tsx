import type { ConnectionState } from '@queue/client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';

/**
 * The console's top line: which window this is and in what state, who works at it — full name and
 * position, as the window must show them (003 §8.2, 004 §6.6.1) — and whether the server is reachable.
 */
export const HeaderBar = ({
  title,
  status,
  fullName,
  position,
  connection,
  logoutDisabledReason,
  onLogout,
}: {
  title: string;
  status?: ReactNode;
  fullName: string;
  position: string;
  connection: ConnectionState;
  /** While a visitor is at the window the operator cannot sign out; the reason shows on the button. */
  logoutDisabledReason: string | null;
  onLogout: () => void;
}) => {
  const { t } = useTranslation('operator');
  return (
    <header className="header-bar">
      <div className="header-window">
        <h1 data-testid="window-title">{title}</h1>
        {status}
      </div>
      <div className="header-person" data-testid="operator-name">
        <strong>{fullName}</strong>
        <span>{position}</span>
      </div>
      <div className="header-tools">
        <span
          className={`connection-state ${connection}`}
          data-testid="connection-state"
          data-state={connection}
        >
          <span className="dot" aria-hidden="true" />
          {t(`header.connection.${connection}`)}
        </span>
        <LanguageSwitch />
        <button
          type="button"
          onClick={onLogout}
          disabled={logoutDisabledReason !== null}
          title={logoutDisabledReason ?? undefined}
          data-testid="logout"
        >
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
};
