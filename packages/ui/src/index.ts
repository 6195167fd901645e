export * from './i18n.js';
export * from './use-office.js';
export * from './connection-banner.js';
export * from './office-time-format.js';
