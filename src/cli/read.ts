import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** Beyond this a single document is not a request, an event or a definition but a mistake. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

const PIECE = 1024 * 1024

/**
 * A file's bytes, or `undefined` when it holds more than `limit`. A regular file says its size;
 * a pipe or a device (`/dev/zero`, `<(zcat ...)`) does not, so it is read up to the limit and
 * no further: reading it whole could take all memory, or never end.
 */
export function readFileLimited(path: string, limit: number = MAX_DOCUMENT_BYTES): Buffer | undefined {
  const fd = openSync(path, 'r')
  try {
    const stats = fstatSync(fd)
    if (stats.isFile() && stats.size > limit) return undefined
    const parts: Buffer[] = []
    let size = 0
    for (;;) {
      const part = Buffer.allocUnsafe(Math.min(PIECE, limit + 1 - size))
      const n = readSync(fd, part, 0, part.length, null)
      if (n === 0) return Buffer.concat(parts, size)
      parts.push(n === part.length ? part : part.subarray(0, n))
      size += n
      if (size > limit) return undefined
    }
  } finally {
    closeSync(fd)
  }
}
