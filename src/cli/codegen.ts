import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { boto3Codecs } from '../../codegen/boto3.js'
import { SourceError } from '../../codegen/ir/origin.js'
import { UsageError, parseCommandArgs } from './args.js'

/**
 * `sagemaker-shapes codegen`: codecs from boto3 documentation pages pasted into files, for any
 * AWS service.
 *
 * @since 0.1.0
 * @category cli
 */
export function codegen(args: readonly string[]): number {
  const { values, positionals } = parseCommandArgs('codegen', args, {
    boto3: { type: 'string', multiple: true },
    out: { type: 'string' },
    runtime: { type: 'string', default: 'sagemaker-shapes/runtime' },
  })
  // `--boto3 a.txt b.txt`: the pages after the first need no flag of their own.
  const pages = [...(values.boto3 ?? []), ...(values.boto3 === undefined ? [] : positionals)]
  if (values.boto3 === undefined && positionals.length > 0) throw new UsageError(`codegen: unexpected argument ${positionals[0]}`)
  if (pages.length === 0 || values.out === undefined) throw new UsageError('codegen needs --boto3 <page.txt> and --out <dir>')
  let files: Map<string, string>
  try {
    const texts = pages.map((file) => ({ file: basename(file), text: readFileSync(file, 'utf8') }))
    files = boto3Codecs(texts, { dir: '.', runtime: { specifier: values.runtime } })
  } catch (e) {
    if (e instanceof SourceError || (e as NodeJS.ErrnoException).code !== undefined) {
      console.error(`sagemaker-shapes codegen: ${(e as Error).message}`)
      return 2
    }
    throw e
  }
  for (const [path, text] of files) {
    const target = resolve(values.out, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  console.log(`sagemaker-shapes codegen: wrote ${files.size} files to ${values.out}`)
  return 0
}
