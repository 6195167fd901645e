export * from './chime.js';
export * from './i18n.js';
export * from './use-office.js';
export * from './connection-banner.js';
export * from './office-time-format.js';
export * from './sign-in-problem.js';
export * from './staff-sign-in.js';
export * from './staff-session.js';
