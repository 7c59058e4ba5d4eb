// Bundles code the way a user ships it (esbuild, ESM, mainFields module,main; `sagemaker-shapes/*`
// imports resolve through tsconfig paths), for tests that run or inspect the result.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The bundle of a file (`entry`, relative to the repository root) or of `code`. */
export async function bundleLikeAUser(input: { readonly entry: string } | { readonly code: string }): Promise<{ text: string; bytes: number }> {
  const result = await build({
    ...('entry' in input ? { entryPoints: [join(root, input.entry)] } : { stdin: { contents: input.code, resolveDir: root, loader: 'ts' as const } }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  })
  const file = result.outputFiles[0]!
  return { text: file.text, bytes: file.contents.length }
}
