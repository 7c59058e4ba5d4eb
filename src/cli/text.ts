// What the tool prints quotes its input: file names, keys, detail-types, state names, values.
// On a terminal an escape sequence could rewrite the screen, a right-to-left override (U+202E)
// could make a line say something else than it does, and a 1 MB key would make a 2 MB line.
// So every piece of input text is shown through these two functions: escaped, and cut to a
// length that does not depend on the input's.

/** The longest file name or path shown. */
export const MAX_SOURCE = 300
/** The longest name shown: a detail-type, an operation, a state name. */
export const MAX_NAME = 120
/** The longest message shown. */
export const MAX_MESSAGE = 500
/** The longest issue line: a path, a message, a suggestion. */
export const MAX_LINE = 1000

const more = (n: number): string => `... (${n.toLocaleString('en-US')} more character${n === 1 ? '' : 's'})`

const HEX = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`

/**
 * Characters a terminal acts on or a reader cannot see: C0 and C1 controls and DEL; format
 * characters (bidirectional overrides and isolates, zero-width characters, the byte-order mark,
 * the soft hyphen); the line and paragraph separators. Lone surrogates are judged by the caller.
 */
function unsafe(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  if (code < 0xad) return false
  return (
    code === 0xad ||
    (code >= 0x600 && code <= 0x605) ||
    code === 0x61c ||
    code === 0x6dd ||
    code === 0x70f ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff ||
    (code >= 0xfff9 && code <= 0xfffb)
  )
}

// The characters of `unsafe` that JSON.stringify leaves as they are (it escapes those below 0x20).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * `text` as it may be printed on a terminal: unsafe characters as `\uXXXX`, and at most `max`
 * characters of output, the rest counted (`... (1,234 more characters)`). Reads at most about
 * `max` characters of `text`, whatever its length.
 */
export function shown(text: string, max: number = MAX_MESSAGE): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const pair = isHigh(code) && isLow(text.charCodeAt(i + 1))
    const piece = pair ? text.slice(i, i + 2) : isHigh(code) || isLow(code) || unsafe(code) ? HEX(code) : text[i]!
    if (out.length + piece.length > max) break
    out += piece
    i += pair ? 2 : 1
  }
  return i >= text.length ? out : out + more(text.length - i)
}

/**
 * `text` cut to at most `max` characters (never between the halves of a surrogate pair), the
 * rest counted: for values written as JSON, whose escaping {@link safeJson} does.
 */
export function cut(text: string, max: number = MAX_MESSAGE): string {
  if (text.length <= max) return text
  const end = isHigh(text.charCodeAt(max - 1)) ? max - 1 : max
  return text.slice(0, end) + more(text.length - end)
}

/**
 * JSON text with no unsafe character in it: JSON.stringify escapes C0 controls but leaves C1
 * controls, format characters and the line separators as they are. They can only occur inside
 * strings, where `\uXXXX` means the same character, so the value read back is unchanged.
 */
export function safeJson(value: unknown): string {
  const text = JSON.stringify(value)
  // Almost always there is none: one native scan says so.
  if (!UNSAFE_IN_JSON.test(text)) return text
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x7f || !unsafe(code)) continue
    out += text.slice(from, i) + HEX(code)
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}
