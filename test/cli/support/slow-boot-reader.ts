// The real reader behind a module that takes two seconds to load, as on a busy machine (test/cli/read-isolated.test.ts).
await new Promise((resolve) => setTimeout(resolve, 2_000));
export { readReport } from '../../../functions/parse/read-report.js';
