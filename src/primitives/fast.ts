/**
 * A fast path's "not valid, or not sure": the careful path then decides, and says why.
 *
 * @since 0.1.0
 * @category model
 */
export const FAIL: unique symbol = Symbol('sagemaker-shapes/fail')

/**
 * A straight-line check derived from a description: given a value at depth `d` (keys and list
 * positions below the root), the decoded value (the input itself when nothing changes) or FAIL.
 * It never reports: anything unusual is FAIL, and the careful path takes over.
 *
 * @since 0.1.0
 * @category model
 */
export type Fast = (u: unknown, d: number) => unknown

/**
 * How much recursive work (recursive shapes, documents) one fast-path call may do before it
 * gives up: past it the careful path, which remembers what it has seen, takes over. This keeps
 * shared sub-objects and cycles from making the fast path exponential.
 */
export const STEP_BUDGET = 100_000

/** The fast path's step counter, reset on every root call (fast paths never run reentrantly). */
export const budget = { steps: 0 }
