// The boto3 fixture pages (ten operations of six services, each in today's layout and the 2020
// one) against the botocore models they were rendered from, and as users paste them.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { boto3PagesToIR } from '../../../codegen/boto3.js'
import { readBoto3Page } from '../../../codegen/frontends/boto3/page.js'
import { codegen } from '../../../src/cli/codegen.js'
import { typeErrors } from '../typecheck.js'
import { composePage } from './compose-page.js'
import { loadModel } from './fixture-models.js'
import { FIXTURE_PAGES, type FixturePage } from './fixture-pages.js'
import { type Difference, compareOperation } from './model-diff.js'
import { renderPage } from './render-page.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const read = (page: FixturePage): string => readFileSync(join(root, page.path), 'utf8')
const cases = FIXTURE_PAGES.map((page) => [`${page.layout}/${page.service}.${page.operation}`, page] as const)

/**
 * What a page cannot show, and so what may differ between the IR read from it and the model,
 * each with why. Every other difference fails the test.
 */
const EXPLAINED: ReadonlyArray<{ readonly name: string; readonly why: string; readonly applies: (d: Difference, page: FixturePage) => boolean }> = [
  {
    name: 'required members of a response',
    why: "The Response Structure prints no [REQUIRED]: botocore's response documenter has no required flag, so every response member reads as optional.",
    applies: (d) => d.role === 'response' && d.kind === 'required' && d.model === 'true' && d.page === 'false',
  },
  {
    name: 'enum map keys',
    why: "botocore's example documenter writes every map key as 'string' and its parameter line as (string), whatever the key's enum: the values are not on the page.",
    applies: (d) => d.kind === 'map key' && d.model === 'enum' && d.page === 'string',
  },
  {
    name: "S3's ExpiresString",
    why: "botocore's S3 documentation customization (document_expires_shape) adds a synthetic 'ExpiresString' string after 'Expires' in responses; boto3 fills it from the raw header. The page shows a member the model lacks.",
    applies: (d, page) => page.service === 's3' && d.kind === 'extra member' && d.role === 'response' && d.path.endsWith('.response.ExpiresString'),
  },
  {
    name: 'an auto-populated parameter whose name a 2020 copy lost',
    why: 'boto3 fills SSECustomerKeyMD5 in itself: the syntax omits it and the parameter list documents it; the 2020 copy kept only its type line, which joins with nothing, so it is skipped (it is optional).',
    applies: (d, page) => page.layout === '2020' && d.kind === 'missing member' && d.role === 'request' && /\.request\.SSECustomerKeyMD5$/.test(d.path),
  },
]

describe('boto3 fixture pages', () => {
  it('cover ten operations of six services, in both layouts', () => {
    expect(new Set(FIXTURE_PAGES.map((p) => p.operation)).size).toBe(10)
    expect(new Set(FIXTURE_PAGES.map((p) => p.service)).size).toBe(6)
    expect(FIXTURE_PAGES.filter((p) => p.layout === 'current').length).toBe(10)
    expect(FIXTURE_PAGES.filter((p) => p.layout === '2020').length).toBe(10)
  })

  it.each(cases)('%s is what botocore renders from the pinned model', (_name, page) => {
    expect(read(page)).toBe(renderPage(loadModel(page.service), page.operation, page.layout))
  })

  const seen = new Set<string>()
  it.each(cases)('%s reads to the model: every difference is one a page cannot show', (_name, page) => {
    const ir = boto3PagesToIR([{ file: page.path, text: read(page) }])
    const differences = compareOperation(loadModel(page.service), page.operation, ir)
    const unexplained = differences.filter((d) => {
      const reason = EXPLAINED.find((e) => e.applies(d, page))
      if (reason !== undefined) seen.add(reason.name)
      return reason === undefined
    })
    expect(unexplained).toEqual([])
  })

  it('every allowed difference occurs in some page (none is a dead allowance)', () => {
    expect([...seen].sort()).toEqual(EXPLAINED.map((e) => e.name).sort())
  })
})

describe('boto3 pages as users paste them: prose, headings, notes and examples around the facts', () => {
  const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'origin' || k === 'factLines' ? undefined : x)))
  const variants = [
    ['today, as copied', { layout: 'current' }],
    ['today, [REQUIRED] before its line', { layout: 'current', flagsBefore: true }],
    ['today, through a plain-text converter (no bullets, --)', { layout: 'current', plain: true }],
    ['2020, as copied', { layout: '2020' }],
  ] as const
  const composed = variants.flatMap(([variant, options]) =>
    FIXTURE_PAGES.filter((p) => p.layout === options.layout).map((page) => [`${variant}: ${page.service}.${page.operation}`, { page, options }] as const),
  )
  it.each(composed)('%s reads to the same operation as its facts', (_name, { page, options }) => {
    const facts = read(page)
    const whole = composePage(facts, options)
    expect(whole.length).toBeGreaterThan(facts.length * 1.5)
    expect(strip(readBoto3Page(whole, 'whole.txt'))).toEqual(strip(readBoto3Page(facts, 'facts.txt')))
  })
})

describe('sagemaker-shapes codegen --boto3 on every fixture page', () => {
  const scratch = join(root, `.tmp/boto3-fixtures-${process.pid}`)
  const outputs: string[] = []
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it.each(cases)('%s generates codecs (exit 0)', async (_name, page) => {
    const out = join(scratch, page.layout, `${page.service}.${page.operation}`)
    mkdirSync(out, { recursive: true })
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error')
    try {
      expect(await codegen(['--boto3', join(root, page.path), '--out', out])).toBe(0)
      expect(error).not.toHaveBeenCalled()
    } finally {
      log.mockRestore()
      error.mockRestore()
    }
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    expect(files).toContain(`${page.operation}.ts`)
    outputs.push(...files.map((f) => join(out, f)))
  })

  // A 2020 page reads to the same operation as today's, so its codecs are today's but for the
  // header: only where the IR differs (S3, see EXPLAINED) are both compiled.
  const sameAsToday = (page: FixturePage): boolean => page.layout === '2020' && page.service !== 's3'
  const withoutHeader = (text: string): string => text.replace(/^\/\/ Source: .*\n/m, '')

  it('a 2020 page whose operation reads as today\'s generates the same codecs (but for the header)', () => {
    const pages = FIXTURE_PAGES.filter(sameAsToday)
    expect(pages.length).toBe(8)
    for (const page of pages) {
      const dir = join(scratch, '2020', `${page.service}.${page.operation}`)
      const today = join(scratch, 'current', `${page.service}.${page.operation}`)
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'))) {
        expect(withoutHeader(readFileSync(join(dir, f), 'utf8')), f).toBe(withoutHeader(readFileSync(join(today, f), 'utf8')))
      }
    }
  })

  it('the generated codecs type-check against the local runtime (one program)', () => {
    const distinct = outputs.filter((f) => !FIXTURE_PAGES.some((p) => sameAsToday(p) && f.startsWith(join(scratch, '2020', `${p.service}.${p.operation}`))))
    expect(distinct.length).toBeGreaterThan(20)
    expect(typeErrors(distinct)).toEqual([])
  })
})
