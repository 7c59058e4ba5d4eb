import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 60_000,
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
