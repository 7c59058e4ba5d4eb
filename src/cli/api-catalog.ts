import type * as t from 'io-ts'
import { suggest } from '../suggest.js'
import { UsageError } from './args.js'

/** The request and response codecs of every operation, by operation name. */
export interface ApiCatalog {
  readonly operations: ReadonlySet<string>
  codec(operation: string, response: boolean): t.Decoder<unknown, unknown> | undefined
}

let loading: Promise<ApiCatalog> | undefined

/**
 * Loads the API codecs on first use only: importing all 404 operations takes about half a
 * second, which a check of events (the common case, and the one run on long streams) never needs.
 */
export function loadApiCatalog(): Promise<ApiCatalog> {
  loading ??= import('../../generated/api/index.js').then((module) => {
    const codecs = module as unknown as Readonly<Record<string, t.Decoder<unknown, unknown> | undefined>>
    const operations = new Set(
      Object.keys(codecs)
        .filter((name) => name.endsWith('Request') && codecs[`${name.slice(0, -'Request'.length)}Response`] !== undefined)
        .map((name) => name.slice(0, -'Request'.length)),
    )
    return {
      operations,
      codec: (operation, response) => (operations.has(operation) ? codecs[`${operation}${response ? 'Response' : 'Request'}`] : undefined),
    }
  })
  return loading
}

/** Fails with a did-you-mean when `operation` is not a SageMaker operation. */
export function assertOperation(catalog: ApiCatalog, operation: string): void {
  if (catalog.operations.has(operation)) return
  const guess = suggest(operation, [...catalog.operations])
  throw new UsageError(`unknown operation ${JSON.stringify(operation)}${guess === undefined ? '' : ` (did you mean ${guess}?)`}`)
}
