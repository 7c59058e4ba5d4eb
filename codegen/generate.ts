import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { type CatalogRecordSource, emitCatalog } from './emit/catalog.js'
import { emitApi } from './emit/modules.js'
import { emitEvents, exampleResources } from './emit/events.js'
import { emitCloudTrail } from './emit/cloudtrail.js'
import { emitSdkCompat } from './emit/sdk-compat.js'
import { emitSfn } from './emit/sfn.js'
import { eventsToIR } from './frontends/events/to-ir.js'
import { EVENT_OVERLAYS } from './overlays/events.js'
import { SAGEMAKER_SFN_INTEGRATIONS } from './overlays/sfn-integrations.js'
import { catalogToIR } from './frontends/catalog/to-ir.js'
import { CATALOG_TABLES } from './overlays/catalog.js'
import { SDK_PACKAGE, sdkToIR } from './frontends/sdk/to-ir.js'
import { botocoreToIR } from './frontends/botocore/to-ir.js'
import { UNTRANSLATABLE_PATTERNS } from './overlays/botocore-patterns.js'
import { refineWithModel } from './ir/refine.js'
import type { IR } from './ir/types.js'
import { assertValidIR } from './ir/validate.js'
import { SOURCES_DIR, readBotocoreSource, readCatalogSource, readEventSources } from './sources.js'

/** Folders the generator owns entirely: files there that it did not produce are stale. */
export const OWNED_DIRS = ['generated/api', 'generated/catalog', 'generated/events', 'generated/sfn', 'test/types/generated', 'test/fixtures/events']

/** Where the pinned SDK package is installed, as seen from `root`. */
export function sdkPackageDir(root: string): string {
  const require = createRequire(join(root, 'package.json'))
  return dirname(require.resolve(`${SDK_PACKAGE}/package.json`))
}

/** The SDK model as its declarations give it. */
export function modelIR(root: string): IR {
  const ir = sdkToIR(sdkPackageDir(root))
  assertValidIR(ir)
  return ir
}

/** boto3's own model (codegen/sources/botocore): number kinds, constraints, required members. */
export function botocoreIR(root: string): IR {
  const { model, text, file } = readBotocoreSource(root)
  const ir = botocoreToIR(model, text, file, { untranslatable: new Set(UNTRANSLATABLE_PATTERNS.map((p) => p.pattern)) })
  assertValidIR(ir)
  return ir
}

/**
 * The IR the published API codecs come from: the SDK model (what the types must stay assignable
 * to), refined by botocore's where the SDK's declarations are silent: integer vs float numbers
 * and every `min`, `max` and `pattern`, matched by shape and member name.
 */
export function publishedIR(root: string): IR {
  const botocore = botocoreIR(root)
  const { ir } = refineWithModel(modelIR(root), botocore, 'integers and constraints from botocore')
  assertValidIR(ir)
  return ir
}

/** Every generated file, by repository-relative path, from the sources under `root`. */
export function generate(root: string): Map<string, string> {
  const ir = publishedIR(root)
  const events = eventIR(root, ir)
  return new Map([
    ...emitApi(ir),
    ...emitSdkCompat(ir, SDK_PACKAGE),
    ...emitEvents(events.ir, events.firstDetails, exampleResources(events.repaired.values())),
    ...emitCloudTrail(ir),
    ...emitSfn(ir, SAGEMAKER_SFN_INTEGRATIONS),
    ...eventFixtures(events.repaired),
    ...emitCatalog(catalogRecords(root), ir),
  ])
}

/** Every resource-catalog table in codegen/sources/catalog, read and turned into its record's IR. */
export function catalogRecords(root: string): CatalogRecordSource[] {
  return CATALOG_TABLES.map((config) => {
    const table = readCatalogSource(root, config.table)
    const ir = catalogToIR(table, config.record)
    assertValidIR(ir)
    return { config, table, ir, file: `${SOURCES_DIR}/catalog/${config.table}.txt` }
  })
}

/** The events' IR: examples and the schema registry, typed by the published API IR. */
export function eventIR(
  root: string,
  api: IR = publishedIR(root),
): { ir: IR; repairs: string[]; firstDetails: Map<string, Record<string, unknown>>; repaired: Map<string, unknown> } {
  const { sources, repairs, firstDetails, repaired } = readEventSources(root)
  const schemaSources = [...new Set(sources.flatMap((s) => (s.schema === undefined ? [] : [s.schema.source])))]
  const source = ['event examples (codegen/sources/events)', ...schemaSources.map((s) => `schema registry (${s})`), api.source].join('; ')
  const ir = eventsToIR(sources, EVENT_OVERLAYS, api, source)
  assertValidIR(ir)
  return { ir, repairs, firstDetails, repaired }
}

/**
 * test/fixtures/events/<slug>/<example>.json: every event example as the tolerant reader repaired
 * it (see the repairs with `npm run codegen -- --repairs`), so fixtures never drift from sources.
 */
function eventFixtures(repaired: ReadonlyMap<string, unknown>): Map<string, string> {
  const out = new Map<string, string>()
  for (const [file, event] of repaired) {
    const path = file.replace(/^codegen\/sources\/events\//, 'test/fixtures/events/').replace(/\.txt$/, '.json')
    out.set(path, `${JSON.stringify(event, null, 2)}\n`)
  }
  return out
}
