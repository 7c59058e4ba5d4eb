import { type ParseArgsConfig, parseArgs } from 'node:util'

/**
 * A mistake in how the command was called: reported with the usage text, exit status 2.
 *
 * @since 0.1.0
 * @category cli
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * `node:util` `parseArgs` in strict mode, with its errors turned into {@link UsageError}s that
 * name the command, so every subcommand reports a typo the same way.
 *
 * @since 0.1.0
 * @category cli
 */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (e) {
    // parseArgs messages end with advice to use `--`, which none of our commands need.
    const message = (e as Error).message.replace(/\.\s*To specify a positional argument.*$/s, '')
    throw new UsageError(`${command}: ${message}`)
  }
}
