// The size of generated/: all of it, and its code alone (what issue 13's goal counts: comments,
// the documentation on hover among them, never reach a bundle). Comments are found with
// TypeScript's own scanner, so text inside strings is never mistaken for one.
// Run: npx tsx bench/generated-size.ts
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = dirname(dirname(fileURLToPath(import.meta.url)))

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []))
}

/** Bytes of comments in TypeScript source text. */
export function commentBytes(text: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text)
  let bytes = 0
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
      bytes += Buffer.byteLength(scanner.getTokenText())
    }
  }
  return bytes
}

export function generatedSize(): { files: number; bytes: number; codeBytes: number } {
  let bytes = 0
  let comments = 0
  const all = files('generated')
  for (const file of all) {
    const text = readFileSync(join(root, file), 'utf8')
    bytes += Buffer.byteLength(text)
    comments += commentBytes(text)
  }
  return { files: all.length, bytes, codeBytes: bytes - comments }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files: n, bytes, codeBytes } = generatedSize()
  console.log(`generated/: ${n} files, ${(bytes / 1e6).toFixed(2)} MB in all, ${(codeBytes / 1e6).toFixed(2)} MB of code (comments left out)`)
}
