export * from './replica-store.js';
export * from './office-client.js';
export * from './office-http.js';
export * from './scanned-token.js';
