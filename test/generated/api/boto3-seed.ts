// Codecs generated at test time from the seed's boto3 syntax (codegen/sources/boto3), through
// the same path as `sagemaker-shapes codegen --boto3`, into a scratch folder of the repository.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type * as t from 'io-ts'
import { boto3Codecs } from '../../../codegen/boto3.js'

export const root = fileURLToPath(new URL('../../..', import.meta.url))

/** Generates the seed operations' codecs and imports them; `dispose` removes the folder. */
export async function loadSeedCodecs(): Promise<{ codecs: Record<string, t.Mixed>; dispose: () => void }> {
  const dir = `.tmp/boto3-seed-${process.pid}-${Math.random().toString(36).slice(2)}`
  const sources = join(root, 'codegen/sources/boto3')
  const pages = readdirSync(sources)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: `codegen/sources/boto3/${f}`, text: readFileSync(join(sources, f), 'utf8') }))
  const files = boto3Codecs(pages, { dir, runtime: { path: 'src/runtime' } })
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const codecs = (await import(pathToFileURL(join(root, dir, 'index.ts')).href)) as Record<string, t.Mixed>
  return { codecs, dispose: () => rmSync(join(root, dir), { recursive: true, force: true }) }
}
