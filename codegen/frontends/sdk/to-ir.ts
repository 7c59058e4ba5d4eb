import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type IR, type Member, type Operation, type Shape, renameRefs } from '../../ir/types.js'
import { reachable } from '../../ir/graph.js'
import { emptyDeclarations, readCommandFile, readModelFile } from './declarations.js'

export const SDK_PACKAGE = '@aws-sdk/client-sagemaker'

/** The installed SDK's version, from its package.json. */
export function sdkVersion(packageDir: string): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version
}

/**
 * IR for every operation of the SDK package installed at `packageDir`, and every shape those
 * operations reach. An operation whose model has no input or output structure gets an empty
 * `<Op>Request` / `<Op>Response`; one whose structures are named otherwise (`CreateModelInput`)
 * gets those names as aliases.
 */
export function sdkToIR(packageDir: string): IR {
  const types = join(packageDir, 'dist-types')
  const declarations = emptyDeclarations()
  const modelFiles = readdirSync(join(types, 'models'))
    .filter((f) => f.endsWith('.d.ts') && !/Exception|errors/.test(f))
    .sort()
  for (const f of modelFiles) readModelFile(readFileSync(join(types, 'models', f), 'utf8'), `${SDK_PACKAGE}/dist-types/models/${f}`, declarations)

  // The SDK prefixes `_` where a model name would clash in its own code (`_InstanceType`);
  // the model's name is the one without it.
  const declared = new Set([...declarations.enums.keys(), ...declarations.structures.keys(), ...declarations.unions.keys()])
  const rename = (name: string): string => (name.startsWith('_') && !declared.has(name.slice(1)) ? name.slice(1) : name)
  const members = (list: readonly Member[]): Member[] => list.map((m) => ({ ...m, target: renameRefs(m.target, rename) }))

  const shapes: Record<string, Shape> = {}
  for (const [sdkName, s] of declarations.enums) {
    const name = rename(sdkName)
    shapes[name] = { kind: 'enum', name, values: s.values, ...(s.valueType === undefined ? {} : { valueType: s.valueType }), origin: s.origin }
  }
  for (const [sdkName, s] of declarations.structures) {
    const name = rename(sdkName)
    shapes[name] = { kind: 'structure', name, members: members(s.members), origin: s.origin }
  }
  for (const [sdkName, s] of declarations.unions) {
    const name = rename(sdkName)
    shapes[name] = { kind: 'union', name, members: members(s.members), origin: s.origin }
  }

  const operations: Record<string, Operation> = {}
  const commands = readdirSync(join(types, 'commands'))
    .filter((f) => f.endsWith('Command.d.ts'))
    .sort()
  for (const f of commands) {
    const name = f.slice(0, -'Command.d.ts'.length)
    const io = readCommandFile(readFileSync(join(types, 'commands', f), 'utf8'), f)
    const ensure = (shape: string | undefined, own: string): string => {
      if (shape !== undefined) return shape
      if (shapes[own] !== undefined) throw new Error(`${name}: has no ${own} in its command, but the model declares one`)
      shapes[own] = { kind: 'structure', name: own, members: [] }
      return own
    }
    const input = ensure(io.input === undefined ? undefined : rename(io.input), `${name}Request`)
    const output = ensure(io.output === undefined ? undefined : rename(io.output), `${name}Response`)
    const aliases = {
      ...(input !== `${name}Request` ? { request: `${name}Request` } : {}),
      ...(output !== `${name}Response` ? { response: `${name}Response` } : {}),
    }
    operations[name] = { name, input, output, ...(Object.keys(aliases).length > 0 ? { aliases } : {}) }
  }

  const used = reachable(
    { source: '', shapes, operations },
    Object.values(operations).flatMap((o) => [o.input, o.output!]),
  )
  const kept = Object.fromEntries(
    Object.keys(shapes)
      .filter((n) => used.has(n))
      .sort()
      .map((n) => [n, shapes[n]!]),
  )
  return { source: `${SDK_PACKAGE} ${sdkVersion(packageDir)}`, shapes: kept, operations }
}
