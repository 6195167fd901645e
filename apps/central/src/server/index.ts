export { startCentral, type CentralOptions, type RunningCentral } from './central-server.js';
export { saveUser, DEMO_USERS } from './auth/central-users.js';
