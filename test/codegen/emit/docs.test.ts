// Documentation on hover: every member of every generated type says what the model knows of it
// and links to its entry in the API reference; none of it reaches a bundle.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { bundleLikeAUser } from '../../bundle.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const REFERENCE = 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_'

const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : e.name.endsWith('.ts') && e.name !== 'index.ts' ? [`${dir}/${e.name}`] : []))

/** Every member of every exported interface and union alternative: its name, where, and its JSDoc text. */
function members(file: string): Array<{ where: string; doc: string }> {
  const text = readFileSync(join(root, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Array<{ where: string; doc: string }> = []
  const visit = (node: ts.Node, owner: string): void => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) owner = node.name.text
    if (ts.isPropertySignature(node)) {
      const never = node.type !== undefined && node.type.kind === ts.SyntaxKind.NeverKeyword
      const doc = (ts.getLeadingCommentRanges(text, node.pos) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n')
      // A union's other members (`?: never`) are documented where they are set.
      if (!never) out.push({ where: `${owner}.${node.name.getText(source)}`, doc })
    }
    ts.forEachChild(node, (child) => visit(child, owner))
  }
  visit(source, '')
  return out
}

describe('documentation on hover', () => {
  const api = files('generated/api')
  const all = api.flatMap(members)

  it('every member of every API type says whether it is required, what it holds, and links to its reference entry', () => {
    expect(all.length).toBeGreaterThan(6_000)
    const missing = all.filter(({ doc }) => !/\* (Required|Optional|The one member set): .+\.\n/.test(doc) || !doc.includes(`@see ${REFERENCE}`))
    expect(missing.map((m) => m.where).slice(0, 10)).toEqual([])
  })

  // [member, what its comment must say] as the model has it.
  const facts: Array<[string, readonly string[]]> = [
    ['CreateTrainingJobRequest.TrainingJobName', ['Required: text of 1 to 63 characters matching `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`', 'API_CreateTrainingJob.html#sagemaker-CreateTrainingJob-request-TrainingJobName']],
    ['CreateTrainingJobRequest.RoleArn', ['Required: text of 20 to 2048 characters matching `arn:aws']],
    ['CreateTrainingJobRequest.InputDataConfig', ['Optional: a list of 1 to 20 items of a `Channel`']],
    ['CreateTrainingJobRequest.HyperParameters', ['Optional: a map of at most 100 entries, keys text of at most 256 characters']],
    ['ResourceConfig.InstanceCount', ['Optional: an integer, at least 0', 'API_ResourceConfig.html#sagemaker-Type-ResourceConfig-InstanceCount']],
    ['ProcessingS3Input.S3InputMode', ['Optional: one of `"File"`, `"Pipe"`']],
    ['ResourceConfig.InstanceType', ['one of the', 'values of `TrainingInstanceType`']],
    ['DescribeTrainingJobResponse.CreationTime', ['Required: a timestamp, decoded to a `Date`', 'RFC 1123', 'epoch milliseconds', 'API_DescribeTrainingJob.html#sagemaker-DescribeTrainingJob-response-CreationTime']],
  ]
  it.each(facts)('%s', (where, wanted) => {
    const member = all.find((m) => m.where === where)
    expect(member, where).toBeDefined()
    for (const text of wanted) expect(member!.doc).toContain(text)
  })

  it('every operation module links to its reference page', () => {
    const operations = api.filter((f) => !f.includes('/shapes/'))
    expect(operations.length).toBeGreaterThan(400)
    for (const file of operations) {
      const op = file.split('/').at(-1)!.replace(/\.ts$/, '')
      expect(readFileSync(join(root, file), 'utf8'), file).toContain(`// API reference: ${REFERENCE}${op}.html`)
    }
  })

  it('stays in the types: a bundle of a request codec carries none of it', async () => {
    const { text } = await bundleLikeAUser({ code: "import { CreateTrainingJobRequest } from './generated/api/CreateTrainingJob.js'\nconsole.log(CreateTrainingJobRequest.decode({}))" })
    expect(text).toContain('"TrainingJobName"')
    expect(text).not.toContain('docs.aws.amazon.com')
    expect(text).not.toContain('Required:')
  })
})
