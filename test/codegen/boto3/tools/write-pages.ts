// Writes the boto3 fixture pages from the trimmed models (see render-page.ts). A test renders
// them again and fails when a committed page differs.
//
//   npx tsx test/codegen/boto3/tools/write-pages.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadModel } from '../fixture-models.js'
import { FIXTURE_PAGES } from '../fixture-pages.js'
import { renderPage } from '../render-page.js'

const root = fileURLToPath(new URL('../../../..', import.meta.url))
for (const page of FIXTURE_PAGES) {
  const target = join(root, page.path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, renderPage(loadModel(page.service), page.operation, page.layout))
  console.log(page.path)
}
