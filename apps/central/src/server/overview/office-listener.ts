import { OFFICE_CHANNEL } from '@queue/central-db';
import pg from 'pg';

/**
 * Hears every office's report as it is committed: `LISTEN office_changed` on a connection of its own.
 * PostgreSQL delivers the notification with the commit of the batch that raised it, so the overview
 * moves within moments of a call in an office, and nothing is polled while nothing happens. If the
 * connection drops (the centre's database restarted), it connects again and says so (`onReconnect`),
 * because what was notified meanwhile was lost: the listener's owner reads everything afresh.
 */
export class OfficeListener {
  private client: pg.Client | null = null;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly onOffice: (officeId: string) => void,
    private readonly onReconnect: () => void,
  ) {}

  async start(): Promise<void> {
    await this.connect().catch(() => this.retry());
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'queue-central:listen',
      keepAlive: true,
    });
    client.on('notification', (message) => {
      if (message.channel === OFFICE_CHANNEL && message.payload) this.onOffice(message.payload);
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => {});
      this.retry();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${OFFICE_CHANNEL}`);
    this.client = client;
    this.onReconnect();
  }

  private retry(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.closed) this.connect().catch(() => this.retry());
    }, 1_000);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
