import { checkSync } from 'recheck'

/** What the ReDoS checker says of one pattern. */
export interface RegexVerdict {
  source: string
  flags: string
  safe: boolean
  /** Why it is not safe: the complexity found, e.g. "exponential" or "2nd degree polynomial". */
  problem: string | null
}

/**
 * Checks a regular expression for catastrophic backtracking with recheck: an attack string that
 * makes it exponential or polynomial means a pasted bounce could freeze the tab.
 */
export function checkRegex(source: string, flags = ''): RegexVerdict {
  const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 10_000 })
  if (result.status === 'safe') return { source, flags, safe: true, problem: null }
  if (result.status === 'vulnerable') {
    const complexity = result.complexity.type === 'polynomial' ? `${result.complexity.degree}. degree polynomial` : result.complexity.type
    return { source, flags, safe: false, problem: `can backtrack catastrophically (${complexity})` }
  }
  return { source, flags, safe: false, problem: `could not be checked (${result.status})` }
}
