import { lstatSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { boto3Codecs } from '../../codegen/boto3.js'
import { SourceError } from '../../codegen/ir/origin.js'
import { UsageError, parseCommandArgs } from './args.js'

/** A failure reported as one line on stderr with exit status 2. */
class CodegenError extends Error {}

// A module specifier goes into `from '...'` as written: nothing that could end the literal.
const SPECIFIER = /^[A-Za-z0-9@._/~-]+$/

/**
 * `sagemaker-shapes codegen`: codecs from boto3 documentation pages pasted into files, for any
 * AWS service. Every failure (a page that is not syntax, an unreadable file, an output folder
 * that is a file or leads elsewhere through a link) is one message and exit status 2.
 *
 * @since 0.1.0
 * @category cli
 */
export async function codegen(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('codegen', args, {
    boto3: { type: 'string', multiple: true },
    out: { type: 'string' },
    runtime: { type: 'string', default: 'sagemaker-shapes/runtime' },
  })
  // `--boto3 a.txt b.txt`: the pages after the first need no flag of their own.
  const pages = [...(values.boto3 ?? []), ...(values.boto3 === undefined ? [] : positionals)]
  if (values.boto3 === undefined && positionals.length > 0) throw new UsageError(`codegen: unexpected argument ${positionals[0]}`)
  if (pages.length === 0 || values.out === undefined) throw new UsageError('codegen needs --boto3 <page.txt> and --out <dir>')
  if (!SPECIFIER.test(values.runtime)) throw new UsageError(`codegen: --runtime ${JSON.stringify(values.runtime)} is not a module specifier`)
  try {
    const stat = statSync(values.out, { throwIfNoEntry: false })
    if (stat !== undefined && !stat.isDirectory()) throw new CodegenError(`--out ${values.out} is not a folder`)
    const texts = pages.map((file) => ({ file: basename(file), text: readPage(file) }))
    const files = boto3Codecs(texts, { dir: '.', runtime: { specifier: values.runtime } })
    const problems = await syntaxProblems(files, resolve(values.out))
    if (problems.length > 0) throw new CodegenError(`the generated code would not compile, so nothing was written:\n  ${problems.join('\n  ')}`)
    const out = outputFolder(values.out)
    // Every target is checked before the first is written: a refusal leaves the folder as it was.
    for (const path of files.keys()) assertInside(out, path)
    for (const [path, text] of files) write(out, path, text)
    console.log(`sagemaker-shapes codegen: wrote ${files.size} files to ${values.out}`)
    return 0
  } catch (e) {
    if (e instanceof SourceError || e instanceof CodegenError) {
      console.error(`sagemaker-shapes codegen: ${e.message}`)
    } else {
      // A bug of the generator, not of the page: still a message, never a stack trace.
      console.error(`sagemaker-shapes codegen: could not generate codecs (${(e as Error).message ?? String(e)})`)
    }
    return 2
  }
}

function readPage(file: string): string {
  try {
    if (!statSync(file).isFile()) throw new CodegenError(`${file} is not a file`)
    return readFileSync(file, 'utf8')
  } catch (e) {
    if (e instanceof CodegenError) throw e
    throw new CodegenError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** The output folder, created if missing, by its real path. */
function outputFolder(out: string): string {
  try {
    mkdirSync(out, { recursive: true })
    return realpathSync(out)
  } catch (e) {
    throw new CodegenError(`cannot create --out ${out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep)
}

/**
 * Refuses a `path` (relative) under `folder` that passes through a symbolic link leading out of
 * `folder`: a link left in an output folder must not let codegen overwrite files elsewhere.
 */
function assertInside(folder: string, path: string): void {
  let at = folder
  for (const part of path.split('/')) {
    at = join(at, part)
    const stat = lstatSync(at, { throwIfNoEntry: false })
    if (stat === undefined) return
    if (!stat.isSymbolicLink()) continue
    let target: string | undefined
    try {
      target = realpathSync(at)
    } catch {
      target = undefined
    }
    if (target === undefined || !isInside(folder, target)) {
      throw new CodegenError(`refusing to write ${join(folder, path)}: ${at} is a symbolic link that leads out of the output folder`)
    }
  }
}

function write(folder: string, path: string, text: string): void {
  const target = join(folder, path)
  try {
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  } catch (e) {
    throw new CodegenError(`cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/**
 * Syntax errors in the generated modules, found with the TypeScript compiler of the project
 * the code is generated into (the one that will compile it), when it has one. The generator
 * escapes what it copies from a page; this is the check that nothing slipped through.
 *
 * @since 0.1.0
 * @category cli
 */
export async function syntaxProblems(files: ReadonlyMap<string, string>, out: string): Promise<string[]> {
  let ts: typeof import('typescript')
  try {
    const path = createRequire(join(out, 'package.json')).resolve('typescript')
    const loaded = (await import(pathToFileURL(path).href)) as { default?: typeof import('typescript') }
    ts = loaded.default ?? (loaded as unknown as typeof import('typescript'))
  } catch {
    return []
  }
  const problems: string[] = []
  for (const [path, text] of files) {
    const { diagnostics = [] } = ts.transpileModule(text, { fileName: path, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } })
    for (const d of diagnostics) {
      const at = d.file === undefined || d.start === undefined ? undefined : d.file.getLineAndCharacterOfPosition(d.start)
      problems.push(`${path}${at === undefined ? '' : `:${at.line + 1}:${at.character + 1}`}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
    }
  }
  return problems
}
