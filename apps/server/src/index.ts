export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { DEMO_DEVICE_TOKENS, seedOffice } from './seed.js';
export type { HttpRoute, RouteDeps } from './transport/http-routes.js';
