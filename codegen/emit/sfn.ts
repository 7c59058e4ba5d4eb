import type { IR } from '../ir/types.js'
import type { SfnIntegration } from '../overlays/sfn-integrations.js'
import { HEADER } from './modules.js'
import { quote } from './shapes.js'

/** Where the generated Step Functions barrel lives. */
export const SFN_DIR = 'generated/sfn'

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Fails generation when the overlay names an operation the model lacks (or one without a response). */
function assertKnown(ir: IR, integrations: readonly SfnIntegration[]): void {
  for (const { action, operation, syncResponse } of integrations) {
    for (const name of [operation, ...(syncResponse === undefined ? [] : [syncResponse])]) {
      const op = ir.operations[name]
      if (op?.output === undefined) throw new Error(`codegen/overlays/sfn-integrations.ts: ${action} names ${name}, which the model has no operation with a response for`)
    }
  }
}

/**
 * `generated/sfn/index.ts`: the `sagemaker-shapes/sfn` entry. It binds the integrated actions to
 * their operations' own modules (so a bundle holds only those codecs), and re-exports the
 * hand-written runtime of `src/sfn`.
 */
export function emitSfn(ir: IR, integrations: readonly SfnIntegration[]): Map<string, string> {
  assertKnown(ir, integrations)
  const sorted = [...integrations].sort((a, b) => byName(a.action, b.action))
  const imports = new Map<string, string[]>()
  const use = (operation: string, name: string): void => {
    imports.set(operation, [...(imports.get(operation) ?? []), name])
  }
  for (const { operation, syncResponse } of sorted) {
    use(operation, `${operation}Request`)
    use(operation, `${operation}Response`)
    if (syncResponse !== undefined) use(syncResponse, `${syncResponse}Response`)
  }
  const importLines = [...imports.keys()].sort(byName).map((op) => `import { ${[...imports.get(op)!].sort(byName).join(', ')} } from '../api/${op}.js'`)
  const patterns = (i: SfnIntegration): string => `[${i.patterns.map(quote).join(', ')}]`
  const text = [
    HEADER,
    `// Source: Step Functions SageMaker integrations (codegen/overlays/sfn-integrations.ts); ${ir.source}`,
    "import type * as t from 'io-ts'",
    ...importLines,
    "import { type SageMakerIntegrations, type StateMachineValidation, checkStateMachine } from '../../src/sfn/index.js'",
    '',
    "export * from '../../src/sfn/index.js'",
    '',
    '/** Every SageMaker action Step Functions integrates: its operation, the patterns it supports, its strict request codec. */',
    'export const sageMakerIntegrations = {',
    ...sorted.map((i) => `  ${i.action}: { operation: ${quote(i.operation)}, patterns: ${patterns(i)}, request: ${i.operation}Request },`),
    '} as const satisfies SageMakerIntegrations',
    '',
    '/** A SageMaker action Step Functions integrates, as the task `Resource` spells it. */',
    'export type SageMakerAction = keyof typeof sageMakerIntegrations',
    '',
    '/** What a task returns, by action and pattern: the operation\'s response, and for `.sync` the Describe response of the ended job. */',
    'export const sageMakerTaskOutputs = {',
    ...sorted.map((i) => {
      const sync = i.syncResponse === undefined ? '' : `, sync: ${i.syncResponse}Response`
      return `  ${i.action}: { requestResponse: ${i.operation}Response${sync} },`
    }),
    '} as const',
    '',
    '/** The decoded output of a task: `SageMakerTaskOutput<\'createTrainingJob\', \'sync\'>` is `DescribeTrainingJobResponse`. */',
    'export type SageMakerTaskOutput<A extends SageMakerAction, P extends keyof (typeof sageMakerTaskOutputs)[A]> =\n  (typeof sageMakerTaskOutputs)[A][P] extends t.Decoder<unknown, infer T> ? T : never',
    '',
    '/**',
    ' * Checks every SageMaker task of a state machine definition (an object or its JSON text), in',
    ' * Parallel branches and Map item processors too: the resource, the pattern, and the request',
    ' * template against the action\'s strict request codec, with Step Functions semantics',
    ' * (`"Key.$"` stands in for `Key`; JSONata `{% ... %}` values). Never throws.',
    ' */',
    'export const validateStateMachine = (definition: unknown): StateMachineValidation => checkStateMachine(definition, sageMakerIntegrations)',
    '',
  ].join('\n')
  return new Map([[`${SFN_DIR}/index.ts`, text]])
}
