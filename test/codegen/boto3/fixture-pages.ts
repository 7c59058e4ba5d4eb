// The boto3 fixture pages (test/fixtures/boto3/pages/<layout>/<service>.<method>.txt): each
// fixture operation in each layout, rendered from the trimmed models by render-page.ts.
import { FIXTURE_OPERATIONS, methodName } from './fixture-models.js'
import type { Layout } from './render-page.js'

export const PAGES_DIR = new URL('../../fixtures/boto3/pages/', import.meta.url)
export const LAYOUTS: readonly Layout[] = ['current', '2020']

export interface FixturePage {
  readonly service: string
  readonly operation: string
  readonly layout: Layout
  /** Relative to the repository root. */
  readonly path: string
}

export const FIXTURE_PAGES: readonly FixturePage[] = LAYOUTS.flatMap((layout) =>
  Object.entries(FIXTURE_OPERATIONS).flatMap(([service, operations]) =>
    operations.map((operation) => ({
      service,
      operation,
      layout,
      path: `test/fixtures/boto3/pages/${layout}/${service}.${methodName(operation)}.txt`,
    })),
  ),
)
