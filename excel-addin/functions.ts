/** Entry of dist/excel-addin/functions.js: registers the catalogue with Excel. */
import { associateAll } from './custom-functions';

associateAll();
