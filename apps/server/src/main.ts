import { resolve } from 'node:path';
import { ALWAYS_OPEN, demoOffice, isPresetId } from '@queue/engine';
import { DEMO_DEVICE_TOKENS } from './seed.js';
import { startServer } from './server.js';

/**
 * `npm start`: the demo office on PORT (8080), data in DATA_DIR (./data). OFFICE_PRESET picks the norm
 * preset of a new office; DEMO_HOURS=always opens the demo office round the clock.
 */
const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const preset = process.env.OFFICE_PRESET ?? 'default';
if (!isPresetId(preset)) {
  console.error(`Unknown OFFICE_PRESET "${preset}".`);
  process.exit(1);
}

const server = await startServer({
  port,
  dataDir,
  config: demoOffice({ preset, ...(process.env.DEMO_HOURS === 'always' ? { hours: ALWAYS_OPEN } : {}) }),
});

const base = `http://localhost:${server.port}`;
console.log(`${server.runtime.state.config.name}: office server on ${base} (data: ${dataDir})`);
console.log(`  kiosk:          ${base}/kiosk/?token=${DEMO_DEVICE_TOKENS['kiosk-1']}`);
console.log(`  operator:       ${base}/operator/`);
console.log(`  board (hall):   ${base}/board/?token=${DEMO_DEVICE_TOKENS['board-1']}`);
console.log(`  board (admin):  ${base}/board/admin`);
console.log(`  reports:        ${base}/reports/`);
console.log(`  health:         ${base}/health`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
