// `npm start`: builds the UIs once if they are missing, bundles the server when its sources changed,
// then runs the demo office server from the bundle (docs/BENCHMARKS.md: cold start).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  SERVER_BUNDLE,
  SERVER_ENV,
  SERVER_NODE_FLAGS,
  bundleIsStale,
  bundleServer,
} from './server-bundle.mjs';

const apps = ['kiosk', 'operator', 'board', 'reports', 'visit'];
if (apps.some((app) => !existsSync(`apps/${app}/dist/index.html`))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (bundleIsStale()) await bundleServer();
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_BUNDLE], {
  env: { ...process.env, ...SERVER_ENV },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
