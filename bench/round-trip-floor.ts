import { spawn } from 'node:child_process';
import { io } from 'socket.io-client';
import { type LatencySummary, summarise } from './latency-summary.js';
import { freePort } from './server-process.js';

/** An echo over Socket.IO and nothing else: what the server's process adds to a round trip is zero. */
const ECHO_SERVER = `
import { createServer } from 'node:http';
import { Server } from 'socket.io';
const http = createServer();
new Server(http).on('connection', (socket) => socket.on('echo', (value, ack) => ack(value)));
http.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
`;

/**
 * The floor under every acknowledgement on this machine: a bare Socket.IO round trip between two
 * processes on loopback at the benchmark's steady rate (20 per second), where each message wakes an
 * idle process. Whatever the office server does comes on top of this.
 */
export const roundTripFloor = async (perSecond = 20, count = 300): Promise<LatencySummary> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', ECHO_SERVER], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((ready) => child.stdout?.once('data', () => ready()));
    const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
    await new Promise<void>((connected) => socket.once('connect', () => connected()));
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const sentAt = performance.now();
      await socket.emitWithAck('echo', { i });
      samples.push(performance.now() - sentAt);
      await new Promise((r) => setTimeout(r, 1000 / perSecond));
    }
    socket.close();
    return summarise(samples);
  } finally {
    child.kill();
  }
};
