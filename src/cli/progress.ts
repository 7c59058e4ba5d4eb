import { MAX_NAME, shown } from './text.js'

/** The part of `process.stderr` a progress line needs. */
export interface Terminal {
  readonly isTTY?: boolean
  write(text: string): boolean
}

export interface ProgressState {
  readonly source: string
  readonly lines: number
  readonly bytes: number
  readonly invalid: number
}

const INTERVAL_MS = 250
const CLEAR_LINE = '\r\x1b[K'

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`

/** `events.ndjson: 12,345 lines, 45.6 MB (120.0 MB/s), 3 with issues`, the file name escaped and cut. */
export function progressText(state: ProgressState, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? ` (${((state.bytes / 1e6) * (1000 / elapsedMs)).toFixed(1)} MB/s)` : ''
  return `${shown(state.source, MAX_NAME)}: ${state.lines.toLocaleString('en-US')} lines, ${megabytes(state.bytes)}${rate}, ${state.invalid} with issues`
}

/**
 * A progress line on stderr, redrawn at most every 250 ms, for long streams; only on a
 * terminal, so logs and pipes get no carriage returns. Cleared before anything else is printed.
 */
export class Progress {
  private readonly enabled: boolean
  private readonly started: number
  private lastDrawn: number
  private shown = false

  constructor(
    private readonly terminal: Terminal,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.enabled = terminal.isTTY === true
    this.started = now()
    this.lastDrawn = this.started
  }

  update(state: ProgressState): void {
    if (!this.enabled) return
    const now = this.now()
    if (now - this.lastDrawn < INTERVAL_MS) return
    this.lastDrawn = now
    this.terminal.write(`${CLEAR_LINE}${progressText(state, now - this.started)}`)
    this.shown = true
  }

  clear(): void {
    if (!this.shown) return
    this.terminal.write(CLEAR_LINE)
    this.shown = false
  }
}
