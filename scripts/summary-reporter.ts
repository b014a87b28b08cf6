// A last line CI can read in any runner's terms: "vitest: N passed, N failed, N skipped".
// A suite that failed before its tests ran — it threw at import, or a beforeAll hook failed (no
// browser) — counts as failed: its tests never ran, so they are neither passed nor merely skipped.
// Errors vitest reports outside any test (unhandled rejections) count as failures too.
import type { Reporter, TestModule, TestSuite } from 'vitest/node';

/** Suites (the file itself and its describe blocks) that failed without a failed test of their own to show for it. */
function failedSuites(m: TestModule): number {
  let n = 0;
  const visit = (s: TestModule | TestSuite): boolean => {
    // Whether a test below `s` failed (then that test already counts).
    let testFailed = false;
    for (const c of s.children) {
      if (c.type === 'test') testFailed ||= c.result().state === 'failed';
      else testFailed = visit(c) || testFailed;
    }
    if (s.state() === 'failed' && !testFailed) {
      n++;
      return true;
    }
    return testFailed;
  };
  visit(m);
  return n;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<unknown> = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const test of m.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      failed += failedSuites(m);
    }
    failed += unhandled.length;
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
