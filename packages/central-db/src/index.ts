export { MIGRATIONS_DIR, migrate, migrations, type Migration } from './migrate.js';
export { type OfficeStatus, officeStatus, officeStatusSchema } from './office-status.js';
export {
  OFFICE_CHANNEL,
  centrePosition,
  reportStatus,
  shipBatch,
  type CentrePosition,
  type LoggedEvent,
  type OfficeReport,
  type ShipResult,
} from './office-batch.js';
export { latestTemplate, publishedTemplateOf, type TemplateRow } from './config-templates.js';
export { type OfficeLogin, saveOfficeLogin } from './office-logins.js';
