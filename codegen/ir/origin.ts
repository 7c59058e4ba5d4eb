/** Where something came from in a source file, 1-based. */
export interface Origin {
  readonly file: string
  readonly line: number
  readonly column: number
}

export const formatOrigin = (o: Origin): string => `${o.file}:${o.line}:${o.column}`

/** An error in a codegen source, reported as `file:line:column: message`. */
export class SourceError extends Error {
  constructor(
    readonly origin: Origin,
    readonly reason: string,
  ) {
    super(`${formatOrigin(origin)}: ${reason}`)
    this.name = 'SourceError'
  }
}
