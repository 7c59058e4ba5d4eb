import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import * as _ from '../../src/cli/ndjson.js'

const event = (path: string): string => JSON.stringify(JSON.parse(readFileSync(new URL(`../fixtures/events/${path}`, import.meta.url), 'utf8')))
const training = event('training-job-state-change/docs-01.json')
const endpoint = event('endpoint-state-change/seed-01.json')

interface Split {
  lines: Array<[number, string]>
  overlong: Array<[number, number]>
}

/** Feeds `bytes` to a splitter in chunks of `size` bytes. */
function split(bytes: Buffer, size: number, maxLineBytes?: number): Split {
  const out: Split = { lines: [], overlong: [] }
  const splitter = new _.LineSplitter(
    { line: (text, n) => out.lines.push([n, text]), overlong: (n, b) => out.overlong.push([n, b]) },
    maxLineBytes,
  )
  for (let i = 0; i < bytes.length; i += size) splitter.push(bytes.subarray(i, i + size))
  splitter.end()
  return out
}

describe('LineSplitter', () => {
  const cases: Array<[string, { given: string; want: Array<[number, string]> }]> = [
    ['LF', { given: `${training}\n${endpoint}\n`, want: [[1, training], [2, endpoint]] }],
    ['CRLF', { given: `${training}\r\n${endpoint}\r\n`, want: [[1, training], [2, endpoint]] }],
    ['no final newline', { given: `${training}\n${endpoint}`, want: [[1, training], [2, endpoint]] }],
    ['blank and whitespace lines are skipped but counted', { given: `\n${training}\n  \t\r\n\r\n${endpoint}\n\n`, want: [[2, training], [5, endpoint]] }],
    ['a byte-order mark before the first line', { given: `\uFEFF${training}\n`, want: [[1, training]] }],
    ['UTF-8 beyond ASCII', { given: '{"a":"Zürich – 東京 🚀"}\r\n{"b":1}', want: [[1, '{"a":"Zürich – 東京 🚀"}'], [2, '{"b":1}']] }],
    ['empty input', { given: '', want: [] }],
    ['only newlines', { given: '\n\r\n\n', want: [] }],
  ]
  // Chunk sizes of 1 and 7 bytes cut lines, CRLF pairs and multi-byte characters apart.
  for (const size of [1, 7, 64 * 1024]) {
    it.each(cases)(`%s (chunks of ${size} bytes)`, (_name, { given, want }) => {
      expect(split(Buffer.from(given), size).lines).toEqual(want)
    })
  }

  it('skips a line longer than the limit without holding it, then goes on', () => {
    const long = `{"x":"${'a'.repeat(100)}"}`
    const { lines, overlong } = split(Buffer.from(`{"a":1}\n${long}\n{"b":2}\n${long}`), 16, 64)
    expect(lines).toEqual([[1, '{"a":1}'], [3, '{"b":2}']])
    expect(overlong).toEqual([
      [2, long.length],
      [4, long.length],
    ])
  })

  it('counts lines and bytes for the progress line', () => {
    const splitter = new _.LineSplitter({ line: () => {}, overlong: () => {} })
    splitter.push(Buffer.from(`${training}\n\n${endpoint}`))
    splitter.end()
    expect([splitter.lines, splitter.bytes]).toEqual([3, Buffer.byteLength(training) + Buffer.byteLength(endpoint) + 2])
  })
})

describe('decompressed', () => {
  async function collect(chunks: Buffer[]): Promise<string> {
    const parts: Buffer[] = []
    for await (const chunk of _.decompressed((async function* () {
      yield* chunks
    })())) parts.push(chunk)
    return Buffer.concat(parts).toString('utf8')
  }
  const text = `${training}\n${endpoint}\n`

  it.each([
    ['plain bytes pass through', [Buffer.from(text)]],
    ['gzip is recognised by its magic number', [gzipSync(text)]],
    ['gzip split into tiny chunks', [...gzipSync(text)].map((b) => Buffer.from([b]))],
    // Firehose appends gzip members to one object.
    ['concatenated gzip members', [gzipSync(`${training}\n`), gzipSync(`${endpoint}\n`)]],
    ['empty chunks first', [Buffer.alloc(0), Buffer.from(text)]],
  ] as Array<[string, Buffer[]]>)('%s', async (_name, chunks) => {
    expect(await collect(chunks)).toBe(text)
  })

  it('rejects a corrupt gzip stream (the caller reports it as unreadable)', async () => {
    const broken = gzipSync(text).subarray(0, 30)
    await expect(collect([Buffer.concat([broken, Buffer.from('garbage')])])).rejects.toThrow()
  })
})

describe('concatenatedValues', () => {
  it.each([
    ['two objects back to back', { given: `${training}${endpoint}`, want: [training, endpoint] }],
    ['with spaces between', { given: `${training} \t${endpoint}`, want: [training, endpoint] }],
    ['braces inside strings do not count', { given: '{"a":"}{"}{"b":"\\"}"}', want: ['{"a":"}{"}', '{"b":"\\"}"}'] }],
    ['one value is not a concatenation', { given: training, want: undefined }],
    ['text after the values', { given: `${training}${endpoint}x`, want: undefined }],
    ['a value left open', { given: `${training}${endpoint}{`, want: undefined }],
    ['text between values', { given: `${training},${endpoint}`, want: undefined }],
    ['unbalanced', { given: '{"a":1}}{', want: undefined }],
  ] as Array<[string, { given: string; want: string[] | undefined }]>)('%s', (_name, { given, want }) => {
    const values = [..._.concatenatedValues(given)].map(([start, end]) => given.slice(start, end))
    expect(values).toEqual(want ?? [])
  })
})
