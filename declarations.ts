// After tsup has bundled the JavaScript, the declarations: tsc writes one .d.ts per module
// (tsconfig.types.json) into dist/types/; a copy in dist/types-cjs/ carries a package.json
// that makes them CommonJS for `require` consumers; and each entry point gets a one-line
// .d.ts and .d.cts beside its .js and .cjs that re-exports its module. No shared chunk: a
// consumer of one operation or one event type-checks that module and what it imports.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix, relative } from 'node:path'

/** Writes the declarations for `entries` (entry name, e.g. `api/index`, to its source, e.g. `generated/api/index.ts`). */
export function writeDeclarations(root: string, entries: Readonly<Record<string, string>>): void {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json')], { cwd: root, stdio: 'inherit' })
  const esm = join(root, 'dist/types')
  const cjs = join(root, 'dist/types-cjs')
  cpSync(esm, cjs, { recursive: true })
  writeFileSync(join(cjs, 'package.json'), '{ "type": "commonjs" }\n')
  for (const [entry, source] of Object.entries(entries)) {
    const stub = join(root, 'dist', `${entry}.d.ts`)
    mkdirSync(dirname(stub), { recursive: true })
    const target = (tree: string): string => {
      const path = posix.join(relative(dirname(stub), join(root, 'dist', tree)).split('\\').join('/'), source.replace(/\.ts$/, '.js'))
      return path.startsWith('.') ? path : `./${path}`
    }
    writeFileSync(stub, `export * from '${target('types')}'\n`)
    writeFileSync(join(root, 'dist', `${entry}.d.cts`), `export * from '${target('types-cjs')}'\n`)
  }
}
