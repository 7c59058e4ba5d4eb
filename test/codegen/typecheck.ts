// Type-checks TypeScript files with the compiler API, in one program, against the local
// runtime: generated code imports `sagemaker-shapes/runtime`, which is `src/runtime.ts` here.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The package's entry points, as tsconfig.json maps them (one list, kept there). */
function entryPaths(): Record<string, string[]> {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config as { compilerOptions: { paths: Record<string, string[]> } }
  return Object.fromEntries(Object.entries(config.compilerOptions.paths).map(([name, targets]) => [name, targets.map((t) => join(root, t))]))
}

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
  paths: entryPaths(),
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
