import { distance } from 'fastest-levenshtein'

// Only strict codecs (unknown members, closed enums) suggest, so only their bundles carry the
// edit-distance code: lenient ones (events, responses) never reach this module.

const fold = (s: string): string => s.replace(/[_\s-]/g, '').toLowerCase()

/**
 * The candidate probably meant by `word`: one that differs only in case or separators
 * (`FULLYREPLICATED` -> `FullyReplicated`), else the nearest by edit distance when it is close
 * enough to be a typo (`ml.m5.larg` -> `ml.m5.large`).
 *
 * @since 0.1.0
 * @category suggestions
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 200) return undefined
  const folded = fold(word)
  const same = candidates.find((c) => fold(c) === folded)
  if (same !== undefined) return same
  const limit = Math.max(1, Math.floor(word.length / 3))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue
    const d = distance(word, c)
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c
      bestDistance = d
    }
  }
  return best
}
