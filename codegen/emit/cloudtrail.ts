// `generated/events/cloudtrail.ts`: the `AWS API Call via CloudTrail` event of every SageMaker
// operation, typed by `detail.eventName`. Nothing here describes a shape: each operation's
// request and response are the API's own descriptions (generated/api), read by the runtime in its
// CloudTrail view; this module only names them, by operation.
import type { IR } from '../ir/types.js'
import { HEADER, PACKAGE_OUTPUT } from './modules.js'
import { planModules, variantName } from './plan.js'
import { descriptionName } from './shapes.js'

/** Where the module is written. */
export const CLOUDTRAIL_MODULE = 'generated/events/cloudtrail.ts'
/** Where its type tests are written: `switch (e.detail.eventName)` narrows every operation. */
export const CLOUDTRAIL_TYPE_TESTS = 'test/types/generated/cloudtrail.test-d.ts'

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The operations an API call event is typed for: every operation of the API, by name. */
export function cloudTrailOperations(ir: IR): string[] {
  return Object.keys(ir.operations).sort(byName)
}

/** The module, from the published API's IR (the same IR, and plan, as generated/api). */
export function emitCloudTrail(ir: IR): Map<string, string> {
  const plan = planModules(ir, 'both')
  const operations = cloudTrailOperations(ir)
  // What each API module gives: the lenient types (enums open, as CloudTrail may carry values
  // added later) and the descriptions.
  const imports = new Map<string, Set<string>>()
  const want = (shape: string, names: readonly string[]): void => {
    const path = `../api/${plan.moduleOf.get(shape)!}.js`
    const set = imports.get(path) ?? new Set<string>()
    for (const n of names) set.add(n)
    imports.set(path, set)
  }
  const details: string[] = []
  const table: string[] = []
  for (const name of operations) {
    const op = ir.operations[name]!
    const request = variantName(plan, op.input, 'lenient')
    want(op.input, [`type ${request}`, descriptionName(op.input)])
    let response = 'Record<string, unknown>'
    let responseDescription = ''
    if (op.output !== undefined) {
      response = `CloudTrailView<${variantName(plan, op.output, 'lenient')}>`
      want(op.output, [`type ${variantName(plan, op.output, 'lenient')}`, descriptionName(op.output)])
      responseDescription = `, ${descriptionName(op.output)}`
    }
    details.push(`  ${name}: SageMakerApiCallDetail<'${name}', CloudTrailView<${request}>, ${response}>`)
    table.push(`  ${name}: () => sageMakerApiCallEvent('${name}', ${descriptionName(op.input)}${responseDescription}),`)
  }
  const unquoted = (n: string): string => n.replace(/^type /, '')
  const importLines = [...imports.keys()].sort(byName).map((path) => {
    const names = [...imports.get(path)!].sort((a, b) => byName(unquoted(a), unquoted(b)) || byName(a, b))
    return `import { ${names.join(', ')} } from '${path}'`
  })
  const runtime = 'path' in PACKAGE_OUTPUT.runtime ? '../../src/runtime.js' : PACKAGE_OUTPUT.runtime.specifier
  const text = [
    HEADER,
    `// Source: ${ir.source}`,
    `import { type CloudTrailView, type SafeDecodeResult, type SageMakerApiCallDetail, type SageMakerApiCallEnvelope, type UnknownSageMakerApiCallEvent, safeDecode, sageMakerApiCallEvent, sageMakerApiCallUnion } from '${runtime}'`,
    ...importLines,
    '',
    '/** Every SageMaker API operation, as `detail.eventName` of its `AWS API Call via CloudTrail` event. */',
    `export const sageMakerApiCallOperations = [\n${operations.map((n) => `  '${n}',`).join('\n')}\n] as const`,
    'export type SageMakerOperationName = (typeof sageMakerApiCallOperations)[number]',
    '',
    '/** The CloudTrail record of each operation\'s call: its request and response in the CloudTrail view. */',
    'export interface SageMakerApiCallDetails {',
    ...details,
    '}',
    '',
    "/** The `AWS API Call via CloudTrail` event of one operation: `SageMakerApiCall<'CreateEndpoint'>`. */",
    'export type SageMakerApiCall<N extends SageMakerOperationName> = SageMakerApiCallEnvelope<SageMakerApiCallDetails[N]>',
    '',
    '/**',
    ' * Any SageMaker API call CloudTrail delivers: `switch (e.detail.eventName)` narrows',
    ' * `requestParameters` and `responseElements` to the operation\'s; an operation this version does',
    ' * not know decodes to `UnknownSageMakerApiCallEvent`.',
    ' */',
    'export type SageMakerApiCallEvent = { [N in SageMakerOperationName]: SageMakerApiCall<N> }[SageMakerOperationName] | UnknownSageMakerApiCallEvent',
    'export const SageMakerApiCallEvent = /*#__PURE__*/ sageMakerApiCallUnion<SageMakerApiCallEvent>(\'SageMakerApiCallEvent\', {',
    ...table,
    '})',
    '',
    '/** Decodes an `AWS API Call via CloudTrail` event from `aws.sagemaker`, typed by its operation. */',
    'export const decodeSageMakerApiCall = (input: unknown): SafeDecodeResult<SageMakerApiCallEvent> => safeDecode(SageMakerApiCallEvent, input)',
    '',
    "export { API_CALL_DETAIL_TYPE, CLOUDTRAIL, HIDDEN, cloudTrailTimestamp, isHidden, sageMakerApiCallEvent, type CloudTrailView, type Hidden, type SageMakerApiCallDetail, type SageMakerApiCallEnvelope, type UnknownOperationName, type UnknownSageMakerApiCallEvent } from '../../src/events/cloudtrail.js'",
    '',
  ].join('\n')
  return new Map([
    [CLOUDTRAIL_MODULE, text],
    [CLOUDTRAIL_TYPE_TESTS, typeTests(ir, operations)],
  ])
}

/**
 * One `case` per operation: inside it, the event's detail must be that operation's detail and
 * nothing else (a union of details is not assignable to one of them), so each case proves that
 * the `switch` narrowed `requestParameters` and `responseElements`.
 */
function typeTests(ir: IR, operations: readonly string[]): string {
  return [
    HEADER,
    `// Source: ${ir.source}`,
    "import { expectTypeOf, test } from 'vitest'",
    "import type { SageMakerApiCallDetails, SageMakerApiCallEvent, SageMakerOperationName, UnknownOperationName } from '../../../generated/events/cloudtrail.js'",
    '',
    'declare function only<N extends SageMakerOperationName>(name: N, detail: SageMakerApiCallDetails[N]): void',
    '',
    "test('switch (e.detail.eventName) narrows every SageMaker operation', () => {",
    '  const check = (e: SageMakerApiCallEvent): void => {',
    '    switch (e.detail.eventName) {',
    ...operations.flatMap((n) => [`      case '${n}':`, `        only('${n}', e.detail)`, '        break']),
    '      default:',
    '        expectTypeOf(e.detail.eventName).toEqualTypeOf<UnknownOperationName>()',
    '    }',
    '  }',
    '  expectTypeOf(check).toBeFunction()',
    '})',
    '',
  ].join('\n')
}
