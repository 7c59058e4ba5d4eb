// Type-checks TypeScript files with the compiler API, in one program, against the local
// runtime: generated code imports `sagemaker-shapes/runtime`, which is `src/runtime.ts` here.
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../..', import.meta.url))

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es2022.d.ts'],
  // The package's entry points, as tsconfig.json maps them.
  paths: {
    'sagemaker-shapes': [`${root}src/index.ts`],
    'sagemaker-shapes/api': [`${root}generated/api/index.ts`],
    'sagemaker-shapes/api/*': [`${root}generated/api/*.ts`],
    'sagemaker-shapes/catalog': [`${root}generated/catalog/index.ts`],
    'sagemaker-shapes/events': [`${root}generated/events/index.ts`],
    'sagemaker-shapes/events/testing': [`${root}generated/events/testing.ts`],
    'sagemaker-shapes/sfn': [`${root}generated/sfn/index.ts`],
    'sagemaker-shapes/runtime': [`${root}src/runtime.ts`],
  },
}

/**
 * Every error in `files` and what they import, as `file:line:column: message`. `nodeTypes`
 * adds Node's globals (`console`), which generated code does not use but examples do.
 */
export function typeErrors(files: readonly string[], { nodeTypes = false }: { nodeTypes?: boolean } = {}): string[] {
  const options = nodeTypes ? { ...OPTIONS, types: ['node'] } : OPTIONS
  const program = ts.createProgram({ rootNames: [...files], options })
  // Only the given files are checked in full; what they import is checked as far as they use it.
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((f) => {
      const source = program.getSourceFile(f)
      return source === undefined ? [] : [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
    }),
  ]
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n')
    if (d.file === undefined || d.start === undefined) return message
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start)
    return `${d.file.fileName}:${line + 1}:${character + 1}: ${message}`
  })
}
