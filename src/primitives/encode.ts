// The wire form of a decoded value: timestamps as ISO-8601 text, bytes as base64, everything
// else as it is. Members the view does not know are copied; undefined members are left out.
import { BLOB, CODEC, ENUM, LIST, MAP, STRUCTURE, TIMESTAMP, UNION } from './description.js'
import { setOwn } from './describe.js'
import { MAX_NESTING } from '../issues.js'
import type { Node } from './nodes.js'
import { encodeScalar } from './rules.js'

/** Encodes `a`; throws a RangeError on a value nested deeper than MAX_NESTING (a cycle, say). */
export function encodeNode(node: Node, a: unknown, depth = 0): unknown {
  if (depth > MAX_NESTING) throw new RangeError(`cannot encode a value nested deeper than ${MAX_NESTING} levels (a cycle?)`)
  // Text where a structure, list, map or timestamp belongs: a value the record hid (CloudTrail's
  // HIDDEN_DUE_TO_SECURITY_REASONS), written back as it came.
  if (typeof a === 'string' && (node.kind === STRUCTURE || node.kind === UNION || node.kind === LIST || node.kind === MAP || node.kind === TIMESTAMP || node.kind === BLOB)) return a
  switch (node.kind) {
    case STRUCTURE:
    case UNION: {
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(a as object)) {
        const value = (a as Record<string, unknown>)[key]
        if (value === undefined) continue
        const member = node.index.get(key)
        setOwn(out, key, member === undefined || value === null ? value : encodeNode(member.node, value, depth + 1))
      }
      return out
    }
    case LIST:
      return (a as unknown[]).map((x) => encodeNode(node.item, x, depth + 1))
    case MAP: {
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(a as object)) setOwn(out, key, encodeNode(node.value, (a as Record<string, unknown>)[key], depth + 1))
      return out
    }
    case CODEC:
      return node.codec.encode(a as never)
    case ENUM:
      return a
    default:
      return node.kind > 6 ? a : encodeScalar(node.kind, a)
  }
}
