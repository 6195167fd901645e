import { type Server, type Socket, connect, createServer } from 'node:net';

/**
 * The link between an office and the head office, on the loopback, so a test can cut it: `blackhole`
 * is a line gone dead (nothing arrives, nothing is refused: only timeouts notice), `refuse` a link that
 * answers every attempt with a reset, `open` a working link again.
 */
export type LinkMode = 'open' | 'blackhole' | 'refuse';

export interface TcpProxy {
  readonly port: number;
  set(mode: LinkMode): void;
  close(): Promise<void>;
}

export const startTcpProxy = async (targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> => {
  let mode: LinkMode = 'open';
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((inbound) => {
    if (mode === 'refuse') {
      inbound.resetAndDestroy();
      return;
    }
    const outbound = connect(targetPort, targetHost);
    const pair: [Socket, Socket] = [inbound, outbound];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      inbound.destroy();
      outbound.destroy();
    };
    inbound.on('error', drop).on('close', drop);
    outbound.on('error', drop).on('close', drop);
    inbound.on('data', (chunk) => {
      if (mode === 'open') outbound.write(chunk);
    });
    outbound.on('data', (chunk) => {
      if (mode === 'open') inbound.write(chunk);
    });
  });
  const dropAll = () => {
    for (const [a, b] of pairs) {
      a.destroy();
      b.destroy();
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    set(next) {
      if (next === mode) return;
      mode = next;
      // Refusing drops what is connected; a dead line keeps the sockets and loses their bytes. A line
      // that comes back does not revive a conversation that lost bytes: those connections are dropped.
      if (next !== 'blackhole') dropAll();
    },
    async close() {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
