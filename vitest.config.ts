import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    pool: 'threads',
    maxWorkers: 2,
    // Test files share the modules a worker has loaded: the generated codecs are evaluated once
    // per worker, not once per file (about 40% of the suite's CPU time). A test that changes
    // something global (a prototype, a spied function) puts it back before it ends.
    isolate: false,
    testTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'all', include: ['test/**/*.test.ts'] } },
      // Decoding once more where code generation from strings is not allowed (a
      // Content-Security-Policy, an edge runtime): no compiled fast path, the careful path alone.
      {
        extends: true,
        test: {
          name: 'no-codegen',
          include: ['test/generated/**/*.test.ts', 'test/runtime/**/*.test.ts'],
          pool: 'forks',
          execArgv: ['--disallow-code-generation-from-strings'],
        },
      },
    ],
  },
})
