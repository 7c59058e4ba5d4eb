import { readdirSync } from 'node:fs'
import { defineConfig } from 'tsup'
import { writeDeclarations } from './declarations.js'

// One entry per operation module, so `sagemaker-shapes/api/<Operation>` loads just that one.
const operations = Object.fromEntries(
  readdirSync('generated/api')
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => [`api/${f.slice(0, -3)}`, `generated/api/${f}`]),
)

const library = {
  index: 'src/index.ts',
  'api/index': 'generated/api/index.ts',
  ...operations,
  'catalog/index': 'generated/catalog/index.ts',
  'events/index': 'generated/events/index.ts',
  'events/cloudtrail': 'generated/events/cloudtrail.ts',
  'events/testing': 'generated/events/testing.ts',
  'sfn/index': 'generated/sfn/index.ts',
  'sfn/sdk': 'generated/sfn/sdk.ts',
  runtime: 'src/runtime.ts',
}

export default defineConfig({
  // The CLI shares the library's chunks (one copy of every codec in the package); it needs no
  // declarations of its own.
  entry: { ...library, 'cli/main': 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  // Declarations come from tsc, one file per module (declarations.ts), not a bundle of them.
  onSuccess: async () => writeDeclarations(process.cwd(), library),
  splitting: true,
  treeshake: false,
  minify: false,
  clean: true,
  target: 'node20',
  external: ['io-ts', 'fp-ts'],
})
