// The CSV parser lives with the app's Node-safe core, which the app's CSV uploads share.
export { parseCsv, readCsvRecords } from '../../src/lib/server/csv.ts';
