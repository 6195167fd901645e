// `npm start`: builds the UIs once if they are missing, then runs the demo office server.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const apps = ['kiosk', 'operator', 'board', 'reports'];
if (apps.some((app) => !existsSync(`apps/${app}/dist/index.html`))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// A small young generation keeps the office server's memory near 110 MB through a busy day (docs/BENCHMARKS.md).
const server = spawn(
  process.execPath,
  ['--max-semi-space-size=2', '--import', 'tsx', 'apps/server/src/main.ts'],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
