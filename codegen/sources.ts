import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Boto3Operation, readBoto3Page } from './frontends/boto3/page.js'

/** The codegen sources folder, relative to the repository root (origins use this form). */
export const SOURCES_DIR = 'codegen/sources'

/** Every operation in `codegen/sources/boto3/*.txt`, read from `root`. */
export function readBoto3Sources(root: string): Boto3Operation[] {
  const dir = join(SOURCES_DIR, 'boto3')
  const files = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
  return files.flatMap((f) => readBoto3Page(readFileSync(join(root, dir, f), 'utf8'), `${dir}/${f}`))
}
