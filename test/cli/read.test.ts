import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as _ from '../../src/cli/read.js'
import { scratchFolder } from './run-check.js'

const { dir } = scratchFolder('read-')

describe('readFileLimited', () => {
  const file = (name: string, bytes: number): string => {
    const path = join(dir, name)
    writeFileSync(path, Buffer.alloc(bytes, 0x61))
    return path
  }

  it.each([
    ['a regular file within the limit, whole', { path: () => file('small', 1000), limit: 1000, want: 1000 }],
    ['an empty file', { path: () => file('empty', 0), limit: 1000, want: 0 }],
    ['a regular file over the limit, by its size', { path: () => file('large', 1001), limit: 1000, want: undefined }],
    // /dev/zero never ends and says it has no size: read up to the limit, then given up.
    ['a device that never ends', { path: () => '/dev/zero', limit: 3 * 1024 * 1024, want: undefined }],
    ['a device that is empty', { path: () => '/dev/null', limit: 1000, want: 0 }],
  ])('%s', (_name, { path, limit, want }) => {
    expect(_.readFileLimited(path(), limit)?.length).toBe(want)
  })
})
