import type { ConnectionState } from '@queue/client';
import { useTranslation } from 'react-i18next';

/** Loss of connection is always visible; the replica reconnects by itself. */
export const ConnectionBanner = ({ state }: { state: ConnectionState }) => {
  const { t } = useTranslation('common');
  if (state === 'online') return null;
  return (
    <div className="connection-banner" role="alert" data-connection={state}>
      {t(`connection.${state}`)}
    </div>
  );
};
