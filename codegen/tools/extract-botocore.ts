// Vendors a botocore service model (`botocore/data/<service>/<version>/service-2.json`) into
// codegen/sources/botocore/<service>/<version>/service-2.json with AWS's prose dropped
// (`documentation`, `deprecatedMessage`): operations, shapes and traits are kept as facts.
//
//   npx tsx codegen/tools/extract-botocore.ts <service-2.json> [out-file]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { extractBotocoreModel, proseKeys } from '../frontends/botocore/extract.js'

const [source, target = 'codegen/sources/botocore/sagemaker/2017-07-24/service-2.json'] = process.argv.slice(2)
if (source === undefined) {
  console.error('usage: extract-botocore <service-2.json> [out-file]')
  process.exit(2)
}
const model = JSON.parse(readFileSync(source, 'utf8')) as { operations: object; shapes: object }
const text = extractBotocoreModel(model)
const again = JSON.parse(text) as { operations: object; shapes: object }
// The extract must keep every operation and shape, and no prose.
if (Object.keys(again.operations).join() !== Object.keys(model.operations).join() || Object.keys(again.shapes).join() !== Object.keys(model.shapes).join()) {
  throw new Error(`${target}: lost an operation or a shape`)
}
const left = proseKeys(again)
if (left.length > 0) throw new Error(`${target}: still holds prose at ${left.slice(0, 3).join(', ')}`)
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, text)
console.log(`${target}: ${Object.keys(again.operations).length} operations, ${Object.keys(again.shapes).length} shapes, ${text.length} bytes`)
