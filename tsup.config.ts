import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'api/index': 'generated/api/index.ts',
    'cli/main': 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: false,
  minify: false,
  clean: true,
  target: 'node20',
  external: ['io-ts', 'fp-ts'],
})
