export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { DEMO_DEVICE_TOKENS, seedOffice } from './seed.js';
export type { OfficeDeps, OfficeRoutes } from './http/office-deps.js';
export { printingRoutes, type PrintingRoutesOptions } from './printing/printing-routes.js';
export type { ServerPrinting } from './printing/server-printing.js';
