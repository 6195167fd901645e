import type { PublicView } from '@queue/protocol';
import { officeClock, officeDate, useServerNow } from '@queue/ui';
import { useKiosk } from '../kiosk-context.js';

/** The office's name and its local date and time, on every screen. */
export const KioskHeader = ({ view }: { view: PublicView }) => {
  const { client } = useKiosk();
  const now = useServerNow(client, 10_000);
  const { name, timeZone } = view.office;
  return (
    <header className="kiosk-header">
      <div className="office-name">{name}</div>
      <div className="office-time">
        <span>{officeDate(now, timeZone)}</span> <strong>{officeClock(now, timeZone)}</strong>
      </div>
    </header>
  );
};
