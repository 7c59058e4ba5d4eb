import type { Issue } from '../issues.js'

/** `A.B[0].C` */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? key : `.${key}`
  }
  return out === '' ? '(root)' : out
}

export const formatIssue = (issue: Issue): string => `${formatPath(issue.path)}: ${issue.message}`
