import { describe, expect, it } from 'vitest'
import * as _ from '../../src/cli/progress.js'

const state = (lines: number, bytes: number, invalid = 0): _.ProgressState => ({ source: 'archive.ndjson', lines, bytes, invalid })

function terminal(isTTY: boolean) {
  const written: string[] = []
  let now = 0
  const progress = new _.Progress({ isTTY, write: (s) => (written.push(s), true) }, () => now)
  return { written, progress, advance: (ms: number) => (now += ms) }
}

describe('Progress', () => {
  it('redraws at most every 250 ms on a terminal, and clears itself', () => {
    const { written, progress, advance } = terminal(true)
    progress.update(state(10, 1e6))
    advance(100)
    progress.update(state(20, 2e6))
    expect(written).toEqual([])
    advance(150)
    progress.update(state(12345, 45.6e6, 3))
    expect(written).toEqual(['\r\x1b[Karchive.ndjson: 12,345 lines, 45.6 MB (182.4 MB/s), 3 with issues'])
    advance(100)
    progress.update(state(20000, 50e6))
    expect(written).toHaveLength(1)
    progress.clear()
    progress.clear()
    expect(written.slice(1)).toEqual(['\r\x1b[K'])
  })

  it('writes nothing when stderr is not a terminal (logs, pipes, CI)', () => {
    const { written, progress, advance } = terminal(false)
    advance(10_000)
    progress.update(state(1, 1))
    progress.clear()
    expect(written).toEqual([])
  })

  it('escapes a file name that would act on the terminal, and cuts a long one', () => {
    const text = _.progressText({ ...state(1, 5e5), source: `\u001b[2J\u202e${'a'.repeat(10_000)}` }, 0)
    expect(text).toMatch(/^\\u001b\[2J\\u202ea+\.\.\. \([\d,]+ more characters\): 1 lines, 0\.5 MB, 0 with issues$/)
    expect(text.length).toBeLessThan(200)
  })

  it('leaves the rate out before any time has passed', () => {
    expect(_.progressText(state(1, 5e5), 0)).toBe('archive.ndjson: 1 lines, 0.5 MB, 0 with issues')
  })
})
