import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // Test files share the modules a worker has loaded: the generated codecs are evaluated once
    // per worker, not once per file (about 40% of the suite's CPU time). A test that changes
    // something global (a prototype, a spied function) puts it back before it ends.
    isolate: false,
    testTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
  },
})
