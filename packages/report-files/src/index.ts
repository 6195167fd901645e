export { tableCsv } from './csv-export.js';
export { reportWorkbook } from './xlsx-export.js';
