import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OfficeClient, connectOffice, login } from '@queue/client';
import { ALWAYS_OPEN, type OfficeConfig, demoOffice } from '@queue/engine';
import type { StaffView, View } from '@queue/protocol';
import { type RunningServer, type ServerOptions, startServer } from '@queue/server';

/** A real office server on a free port with its own data folder, and real Socket.IO clients. */
export class TestOfficeServer {
  server!: RunningServer;
  readonly clients: OfficeClient[] = [];

  private constructor(
    readonly dataDir: string,
    private readonly options: Partial<ServerOptions>,
  ) {}

  static async start(options: Partial<ServerOptions> & { config?: OfficeConfig; dataDir?: string } = {}) {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'office-'));
    const office = new TestOfficeServer(dataDir, options);
    await office.boot();
    return office;
  }

  private async boot() {
    this.server = await startServer({
      config: demoOffice({ hours: ALWAYS_OPEN }),
      tickMs: 200,
      ...this.options,
      dataDir: this.dataDir,
    });
  }

  get url() {
    return this.server.url;
  }

  /** Stops and starts the server on the same data; clients reconnect by themselves. */
  async restart(port = this.server.port) {
    await this.down();
    await this.up(port);
  }

  /** Stops the server and keeps its data, so a test can watch the clients while it is gone. */
  async down() {
    await this.server.close();
  }

  /** Starts it again on the same data and port (after `down`). */
  async up(port: number) {
    this.options.port = port;
    await this.boot();
  }

  async token(loginName: string, pin: string) {
    return (await login(this.url, loginName, pin)).token;
  }

  async connect<V extends View = StaffView>(token: string): Promise<OfficeClient<V>> {
    const client = connectOffice<V>({ url: this.url, token });
    this.clients.push(client as unknown as OfficeClient);
    await until(() => client.store.getState().view !== null);
    return client;
  }

  async staff(loginName: string, pin: string) {
    return this.connect<StaffView>(await this.token(loginName, pin));
  }

  async stop(keepData = false) {
    for (const client of this.clients) client.close();
    await this.server.close();
    if (!keepData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export const until = async (condition: () => boolean, timeoutMs = 5000): Promise<void> => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};
