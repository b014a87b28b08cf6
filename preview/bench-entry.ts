/** What preview/bench.mjs measures, in one bundle. */
export { PreviewBook } from './book';
export { previewHost } from './forms-host';
export { generateDemo } from './demo-data';
