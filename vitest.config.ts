import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'apps-script/**/*.test.ts', 'excel-addin/**/*.test.ts', 'ui/**/*.test.ts', 'preview/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    // Browser tests share one preview server and one Chromium; files run one at a time on 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
