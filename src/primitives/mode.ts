/**
 * How a structure treats what it does not know.
 *
 * - `strict` (requests): unknown keys and `null` members are errors, enums are closed.
 * - `lenient` (responses, events): unknown keys are kept, `null` members count as absent,
 *   enums are open.
 *
 * @since 0.1.0
 * @category model
 */
export type Mode = 'strict' | 'lenient'
