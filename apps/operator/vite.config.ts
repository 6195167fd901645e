import { officeAppConfig } from '../../vite.office-app';

export default officeAppConfig('operator');
