import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

/**
 * The longest line kept: far above EventBridge's 256 KB event limit, and enough for a Firehose
 * object written without a newline delimiter (events back to back on one line) at its default
 * 5 MiB buffer size. Longer lines are reported and skipped without being held in memory.
 */
export const MAX_LINE_BYTES = 32 * 1024 * 1024

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d

export interface LineSink {
  /** A line without its `\n` or `\r\n`; blank lines are not passed on. */
  line(text: string, lineNumber: number): void
  /** A line longer than the limit: it was skipped. */
  overlong(lineNumber: number, bytes: number): void
}

/**
 * Splits a byte stream into lines with memory bounded by the longest line, not the stream.
 * Synchronous per chunk, because an async step per line would cost more than parsing it. Bytes
 * are joined before decoding, so a UTF-8 character split across chunks arrives whole.
 */
export class LineSplitter {
  private pending: Buffer[] = []
  private pendingBytes = 0
  private skipping = false
  private lineNumber = 0
  /** Bytes seen so far (for progress). */
  bytes = 0

  /** Lines seen so far, blank ones included. */
  get lines(): number {
    return this.lineNumber
  }

  constructor(
    private readonly sink: LineSink,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length
    let start = 0
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start)
      if (end < 0) break
      this.finishLine(chunk, start, end)
      start = end + 1
    }
    if (start < chunk.length) this.hold(chunk.subarray(start))
  }

  /** The last line, when the stream does not end with a newline. */
  end(): void {
    if (this.pendingBytes > 0 || this.skipping) this.finishLine(Buffer.alloc(0), 0, 0)
  }

  private hold(part: Buffer): void {
    if (this.skipping) {
      this.pendingBytes += part.length
      return
    }
    this.pendingBytes += part.length
    if (this.pendingBytes > this.maxLineBytes) {
      this.pending = []
      this.skipping = true
      return
    }
    // A copy: the stream may reuse the chunk's memory, and a view would pin the whole chunk.
    this.pending.push(Buffer.from(part))
  }

  private finishLine(chunk: Buffer, start: number, end: number): void {
    const lineNumber = ++this.lineNumber
    if (this.skipping || this.pendingBytes + (end - start) > this.maxLineBytes) {
      this.sink.overlong(lineNumber, this.pendingBytes + (end - start))
      this.pending = []
      this.pendingBytes = 0
      this.skipping = false
      return
    }
    let text: string
    if (this.pendingBytes === 0) {
      const stop = end > start && chunk[end - 1] === CARRIAGE_RETURN ? end - 1 : end
      text = chunk.toString('utf8', start, stop)
    } else {
      this.pending.push(chunk.subarray(start, end))
      const whole = Buffer.concat(this.pending)
      this.pending = []
      this.pendingBytes = 0
      text = whole.toString('utf8', 0, whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length)
    }
    if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.length === 0 || (text.charCodeAt(0) <= 0x20 && text.trim() === '')) return
    this.sink.line(text, lineNumber)
  }
}

const isGzip = (chunk: Buffer): boolean => chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b

/**
 * The stream's bytes, gunzipped when they start with the gzip magic number: Firehose writes
 * `.gz` objects when compression is on, and people pipe them in as they are. Judged by content,
 * not by name, because Firehose object names carry no extension.
 */
export async function* decompressed(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]()
  const next = async (): Promise<Buffer | undefined> => {
    const r = await iterator.next()
    return r.done ? undefined : typeof r.value === 'string' ? Buffer.from(r.value) : r.value
  }
  // Enough bytes to see the magic number, however the source happens to chunk them.
  let head: Buffer = Buffer.alloc(0)
  while (head.length < 2) {
    const more = await next()
    if (more === undefined) break
    head = head.length === 0 ? more : Buffer.concat([head, more])
  }
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head
    for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk
  }
  if (!isGzip(head)) {
    yield* all()
    return
  }
  const gunzip = Readable.from(all()).pipe(createGunzip())
  for await (const chunk of gunzip) yield chunk as Buffer
}

/**
 * The most values checked on one line. Firehose writes a whole buffer (5 MiB by default) as one
 * line when no delimiter is configured: a few thousand events. A line of a million `{}` is no
 * such object; past this many values the rest of the line is skipped with an issue.
 */
export const MAX_VALUES_PER_LINE = 100_000

/**
 * Where each JSON value of a line holding several back to back (`{...}{...}`, what Firehose
 * writes when no delimiter is configured) starts and ends, in order, as the values are needed:
 * a line of many values never has them all in memory at once. Yields nothing unless there are
 * at least two and nothing but whitespace between them, which takes a first scan of the line
 * (it keeps nothing). Strings are skipped, so braces inside them do not count.
 */
export function* concatenatedValues(text: string): Generator<[start: number, end: number]> {
  const scan = valueRanges(text)
  let count = 0
  let r = scan.next()
  for (; r.done !== true; r = scan.next()) count++
  if (!r.value || count < 2) return
  yield* valueRanges(text)
}

/** The ranges of the values back to back in `text`; returns whether that is all the text holds. */
function* valueRanges(text: string): Generator<[start: number, end: number], boolean> {
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (depth++ === 0) start = i
    } else if (c === 0x7d || c === 0x5d) {
      if (--depth < 0) return false
      if (depth === 0) yield [start, i + 1]
    } else if (depth === 0 && c !== 0x20 && c !== 0x09) return false
  }
  return depth === 0
}
