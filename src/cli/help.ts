import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What a subcommand does, for `sagemaker-shapes <command> --help`: one line, its usage, every
 * option explained, and an example to copy.
 *
 * @since 0.1.0
 * @category cli
 */
export interface CommandHelp {
  readonly summary: string
  readonly usage: string
  readonly options: ReadonlyArray<readonly [option: string, explanation: string]>
  readonly examples: readonly string[]
}

/**
 * Every subcommand's help, in the order `--help` lists them.
 *
 * @since 0.1.0
 * @category cli
 */
export const COMMAND_HELP: Readonly<Record<'check' | 'check-sfn' | 'demo' | 'codegen', CommandHelp>> = {
  check: {
    summary: 'Check SageMaker events and API requests or responses in JSON files, folders or an NDJSON stream.',
    usage: 'check [--op <Operation>] [--response] [--ndjson] [--json] <files or folders...>',
    options: [
      ['<files or folders...>', 'JSON files to check; folders are searched for .json, .ndjson, .jsonl (and .gz). Events are recognised by detail-type; API objects by --op, or by the operation their folder or file is named after (requests/CreateModel/prod.json).'],
      ['--op <Operation>', 'Check every value as this operation\'s request (CreateProcessingJob), strictly: unknown members and enum values are issues.'],
      ['--response', 'With --op or an operation folder: check values as what AWS returns (lenient) instead of a request.'],
      ['--ndjson', 'Read newline-delimited JSON (one value per line) from standard input, or read the files as such; gzip is unpacked.'],
      ['--json', 'Write one JSON report ({ items, unreadable, summary }) instead of text.'],
    ],
    examples: [
      'sagemaker-shapes check --op CreateProcessingJob job.json',
      'gunzip -c events.gz | sagemaker-shapes check --ndjson --json',
    ],
  },
  'check-sfn': {
    summary: 'Check the SageMaker tasks of Step Functions state machine definitions: resources, patterns, paths and request Parameters.',
    usage: 'check-sfn <definition.json>...',
    options: [['<definition.json>...', 'Amazon States Language files (JSON); each is reported with its SageMaker tasks and their issues.']],
    examples: ['sagemaker-shapes check-sfn statemachine.asl.json'],
  },
  demo: {
    summary: 'Decode the bundled example SageMaker events and print one line per event (detail-type, resource, status, time), then every known detail-type by how its detail is typed.',
    usage: 'demo',
    options: [],
    examples: ['sagemaker-shapes demo'],
  },
  codegen: {
    summary: 'Generate io-ts codecs for any AWS service from boto3 documentation pages pasted into text files.',
    usage: 'codegen --boto3 <page.txt>... --out <dir> [--runtime <specifier>]',
    options: [
      ['--boto3 <page.txt>...', 'Pages copied from boto3\'s documentation: each operation from its "Request Syntax" on, with its parameter list and Response Syntax (descriptions may stay). Several files may follow one --boto3.'],
      ['--out <dir>', 'Folder to write the modules and their index.ts into; created if missing. Nothing is written through a symbolic link that leads out of it.'],
      ['--runtime <specifier>', 'Where the generated modules import their primitives from (default: sagemaker-shapes/runtime).'],
    ],
    examples: ['sagemaker-shapes codegen --boto3 s3-put-object.txt s3-get-object.txt --out src/codecs'],
  },
}

const wrap = (text: string, width: number, indent: string): string => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines.join(`\n${indent}`)
}

/**
 * The text `sagemaker-shapes <command> --help` prints.
 *
 * @since 0.1.0
 * @category cli
 */
export function formatCommandHelp(name: keyof typeof COMMAND_HELP): string {
  const help = COMMAND_HELP[name]
  const out = [`usage: sagemaker-shapes ${help.usage}`, '', help.summary]
  if (help.options.length > 0) {
    out.push('', 'options:')
    for (const [option, explanation] of help.options) out.push(`  ${option}`, `      ${wrap(explanation, 74, '      ')}`)
  }
  out.push('', help.examples.length === 1 ? 'example:' : 'examples:', ...help.examples.map((e) => `  ${e}`))
  return out.join('\n')
}

/**
 * The text `sagemaker-shapes --help` prints: every command with its one line.
 *
 * @since 0.1.0
 * @category cli
 */
export function formatOverview(): string {
  const names = Object.keys(COMMAND_HELP) as Array<keyof typeof COMMAND_HELP>
  const width = Math.max(...names.map((n) => n.length))
  return [
    'usage: sagemaker-shapes <command> [options]',
    '',
    'commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMAND_HELP[n].summary}`),
    '',
    'sagemaker-shapes <command> --help  explains a command and its options',
    'sagemaker-shapes --version         prints the version',
    '',
    'usage:',
    ...names.map((n) => `  sagemaker-shapes ${COMMAND_HELP[n].usage}`),
  ].join('\n')
}

/**
 * The package's version, read from its package.json at run time: the nearest one above this
 * module named `sagemaker-shapes`, whether it runs from `src/cli`, `dist/cli` or a `dist` chunk.
 *
 * @since 0.1.0
 * @category cli
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
      if (manifest.name === 'sagemaker-shapes' && typeof manifest.version === 'string') return manifest.version
    } catch {
      // No package.json at this level: look one folder up.
    }
  }
  return 'unknown'
}
