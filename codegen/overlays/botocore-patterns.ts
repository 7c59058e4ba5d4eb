// Reviewed facts about the `pattern` traits of the vendored botocore model
// (codegen/sources/botocore). The pattern test fails on a pattern that is not translatable and
// not listed here, on a translation that changes a pattern in a way not listed here, on a nested
// repetition not listed here, and on an entry that no longer matches a pattern of the model.

export interface ReviewedPattern {
  /** The pattern as the model writes it. */
  readonly pattern: string
  readonly reason: string
}

/**
 * Patterns without an ECMA-262 form: their shapes keep `min` and `max` and drop the pattern.
 * None in botocore 1.43.67: every pattern translates (see codegen/frontends/botocore/pattern.ts).
 */
export const UNTRANSLATABLE_PATTERNS: readonly ReviewedPattern[] = []

const IDENTITY_ESCAPE = 'Java and Python read an escaped non-syntax character (\\_, \\ , \\- outside a class) as the character; Unicode mode rejects the escape'
const POSIX_CLASS = 'In Java, \\p{Alnum} is the POSIX class [a-zA-Z0-9] (ASCII); ECMA-262 has no such property'
const QUANTIFIED_END = 'Java repeats the end-of-input assertion $ one or more times, which asserts it once; Unicode mode forbids quantifying an assertion'

/** Patterns the translation changes, with the ECMA-262 source it gives and why. */
export const TRANSLATED_PATTERNS: readonly (ReviewedPattern & { readonly translation: string })[] = [
  { pattern: '([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,128}', translation: '([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)$', reason: QUANTIFIED_END },
  { pattern: '([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,256}', translation: '([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)$', reason: QUANTIFIED_END },
  { pattern: '[a-zA-Z0-9\\ \\_\\.]+', translation: '[a-zA-Z0-9 _\\.]+', reason: IDENTITY_ESCAPE },
  { pattern: '[a-zA-Z0-9\\_\\-]+', translation: '[a-zA-Z0-9_\\-]+', reason: IDENTITY_ESCAPE },
  { pattern: '[a-z]+\\-[0-9a-z\\-]+', translation: '[a-z]+-[0-9a-z\\-]+', reason: IDENTITY_ESCAPE },
  { pattern: 'arn:[\\p{Alnum}\\-]+:lambda:[\\p{Alnum}\\-]+:[0-9]{12}:function:.*', translation: 'arn:[a-zA-Z0-9\\-]+:lambda:[a-zA-Z0-9\\-]+:[0-9]{12}:function:.*', reason: POSIX_CLASS },
]

const SEPARATED =
  'Each outer iteration starts or ends with a character its inner repetition cannot match (a -, _, space or . separator, an alphanumeric after -*), so text splits into iterations one way only: linear per start'
const BOUNDED = 'The outer repetition runs a small fixed number of times ({2}, {3}, {1,7}), each ending at a separator: polynomial'
const FREE_TAIL =
  'Ambiguous, but the loop ends the pattern and may stop after any iteration, so a search succeeds on its first try once the minimum is met (fewer than the minimum leaves only a few characters to split)'

/**
 * Patterns with a repetition inside a repetition, the shape of catastrophic backtracking, and why
 * each is safe; the test also runs every pattern against pumped inputs and counts the steps.
 */
export const NESTED_REPETITION_PATTERNS: readonly ReviewedPattern[] = [
  ...[
    '(?=.{1,32}$)[a-zA-Z0-9](-*[a-zA-Z0-9])*',
    '([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?',
    '(^\\d+$)|(^\\d+.\\d+$)|(^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$)',
    '(arn:[a-z0-9-\\.]{1,63}:sagemaker:\\w+(?:-\\w+)+:(\\d{12}|aws):hub-content\\/)[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}\\/DataSet\\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}(\\/\\d{1,4}.\\d{1,4}.\\d{1,4})?',
    '(arn:[a-z0-9-\\.]{1,63}:sagemaker:\\w+(?:-\\w+)+:(\\d{12}|aws):hub-content\\/)[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}\\/Model\\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}(\\/\\d{1,4}.\\d{1,4}.\\d{1,4})?',
    '(arn:[a-z0-9-\\.]{1,63}:sagemaker:\\w+(?:-\\w+)+:(\\d{12}|aws):hub\\/)?[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    '(arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+|None)',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:([0-9]{12}|aws):pipeline/.*)?([a-zA-Z0-9](-*[a-zA-Z0-9]){0,255})',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:(experiment|experiment-trial|experiment-trial-component|artifact|action|context)\\/)?([a-zA-Z0-9](-*[a-zA-Z0-9]){0,119})',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:cluster/[a-z0-9]{12})|([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:context\\/)?([a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,119})',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:feature-group\\/)?([a-zA-Z0-9]([_-]*[a-zA-Z0-9]){0,63})',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:lineage-group\\/)?([a-zA-Z0-9](-*[a-zA-Z0-9]){0,119})',
    '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:model-card/.*)?([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})',
    '[!#-\\[\\]-~]+( [!#-\\[\\]-~]+)*',
    '[A-Za-z0-9]+( [A-Za-z0-9]+)*',
    '[a-z0-9](-*[a-z0-9])*',
    '[a-z0-9](-*[a-z0-9]){0,62}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9])*',
    '[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9+.])*',
    '[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,126}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}',
    '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}',
    '[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,119}',
    '[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}',
    '[a-zA-Z0-9]([_-]*[a-zA-Z0-9]){0,63}',
    '[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*',
    'arn:(aws[a-z\\-]*):sagemaker:[a-z0-9\\-]+:[0-9]{12}:job/[a-zA-Z0-9]+/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:[a-z0-9-\\.]{1,63}:sagemaker:\\w+(?:-\\w+)+:aws:hub-content\\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}\\/Model\\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}',
    'arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image/[a-zA-Z0-9]([-.]?[a-zA-Z0-9])*',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:ai-benchmark-job/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:ai-recommendation-job/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:ai-workload-config/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:processing-job/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-job/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:model-card/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:model-card/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}/export-job/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
    'd-(-*[a-z0-9]){1,61}',
    'https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*',
  ].map((pattern) => ({ pattern, reason: SEPARATED })),
  ...[
    '(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\\/(3[0-2]|[1-2][0-9]|[0-9]))$)|(^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(\\/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))$)',
    'arn:[-.a-z0-9]{1,63}:codewhisperer:([-.a-z0-9]{0,63}:){2}([a-zA-Z0-9-_:/]){1,1023}',
  ].map((pattern) => ({ pattern, reason: BOUNDED })),
  ...[
    '.*(?:[ \\r\\n\\t].*)*',
    '[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?',
    'https://([.\\-_a-zA-Z0-9]+/?){3,1016}',
  ].map((pattern) => ({ pattern, reason: FREE_TAIL })),
]
