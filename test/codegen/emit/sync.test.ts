import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/sync.js'

describe('diffGenerated / applyGenerated', () => {
  let root = ''
  afterEach(() => rmSync(root, { recursive: true, force: true }))
  const files = new Map([
    ['generated/api/A.ts', 'a\n'],
    ['generated/api/shapes/B.ts', 'b\n'],
  ])

  it('finds missing, changed and no-longer-generated files, and is clean after applying', () => {
    root = mkdtempSync(join(tmpdir(), 'sync-'))
    expect(_.diffGenerated(root, files, ['generated/api'])).toEqual({ changed: ['generated/api/A.ts', 'generated/api/shapes/B.ts'], stale: [] })
    _.applyGenerated(root, files, _.diffGenerated(root, files, ['generated/api']))
    expect(_.diffGenerated(root, files, ['generated/api'])).toEqual({ changed: [], stale: [] })

    writeFileSync(join(root, 'generated/api/A.ts'), 'edited by hand\n')
    writeFileSync(join(root, 'generated/api/Old.ts'), 'old\n')
    const diff = _.diffGenerated(root, files, ['generated/api'])
    expect(diff).toEqual({ changed: ['generated/api/A.ts'], stale: ['generated/api/Old.ts'] })
    _.applyGenerated(root, files, diff)
    expect(_.diffGenerated(root, files, ['generated/api'])).toEqual({ changed: [], stale: [] })
  })
})
