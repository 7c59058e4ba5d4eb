// Our codecs where code generation is not allowed (a Content-Security-Policy without
// 'unsafe-eval', some edge runtimes): run by bench/run.ts as
// `node --disallow-code-generation-from-strings`, it prints `{ name: { is, decode } }` as JSON.
import { codeGenerationAllowed } from '../src/runtime.js'
import { ours, opsPerSecond } from './payloads.js'

if (codeGenerationAllowed()) throw new Error('bench/interpreter.ts: run it with --disallow-code-generation-from-strings')
const out: Record<string, { is: number; decode: number }> = {}
for (const { name, payload, codec } of ours) {
  const decoded = (codec.decode(payload) as { right?: unknown }).right
  if (decoded === undefined || !codec.is(decoded)) throw new Error(`${name}: rejected without code generation`)
  out[name] = { is: opsPerSecond(() => codec.is(decoded)), decode: opsPerSecond(() => codec.decode(payload)) }
}
process.stdout.write(JSON.stringify(out))
