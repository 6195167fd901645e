export * from './command-schemas.js';
export * from './config-schema.js';
export * from './errors.js';
export * from './roles.js';
export * from './views.js';
export * from './socket-events.js';
export * from './auth.js';
export * from './ticket-qr.js';
