export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { DEMO_DEVICE_TOKENS, seedOffice } from './seed.js';
export type { OfficeDeps, OfficeRoutes } from './http/office-deps.js';
export { printingRoutes, type PrintingRoutesOptions } from './printing/printing-routes.js';
export type { ServerPrinting } from './printing/server-printing.js';
export { hashDeviceToken, issueSessionToken } from './auth/session-token.js';
export { hashPinBeforeStart } from './auth/pin-hash.js';
export { publicView, staffView } from './projection/views.js';
export { pointKioskAtPrinter } from './printing/demo-virtual-printer.js';
