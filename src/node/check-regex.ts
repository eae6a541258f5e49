import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
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
  const key = `${source}\u0000${flags}`
  const verdicts = cachedVerdicts()
  const known = verdicts.get(key)
  if (known !== undefined) return { source, flags, safe: known === null, problem: known }
  const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 10_000 })
  if (result.status === 'safe') return remember(key, { source, flags, safe: true, problem: null })
  if (result.status === 'vulnerable') {
    const complexity = result.complexity.type === 'polynomial' ? `${result.complexity.degree}. degree polynomial` : result.complexity.type
    return remember(key, { source, flags, safe: false, problem: `can backtrack catastrophically (${complexity})` })
  }
  // A check that ran out of time is not remembered: the next run tries again.
  return { source, flags, safe: false, problem: `could not be checked (${result.status})` }
}

/**
 * Verdicts already reached, kept in node_modules/.cache so that the dev server, the build and the
 * tests only analyse expressions that are new or changed (the analysis takes seconds each); the
 * checker's version is part of the file's name.
 */
const CACHE_FILE = join(process.cwd(), 'node_modules', '.cache', 'bounce-wizard', `regex-check-recheck-${checkerVersion()}.json`)
let verdictCache: Map<string, string | null> | null = null

function checkerVersion(): string {
  try {
    return String((createRequire(import.meta.url)('recheck/package.json') as { version?: unknown }).version ?? 'unknown')
  } catch {
    return 'unknown'
  }
}

function cachedVerdicts(): Map<string, string | null> {
  if (verdictCache) return verdictCache
  verdictCache = new Map()
  try {
    const saved = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as unknown
    if (saved && typeof saved === 'object') {
      for (const [key, problem] of Object.entries(saved)) if (problem === null || typeof problem === 'string') verdictCache.set(key, problem)
    }
  } catch {
    // No cache yet, or an unreadable one: every expression is checked.
  }
  return verdictCache
}

function remember(key: string, verdict: RegexVerdict): RegexVerdict {
  const verdicts = cachedVerdicts()
  verdicts.set(key, verdict.problem)
  try {
    // Written whole, then renamed: a parallel reader never sees half a file.
    mkdirSync(dirname(CACHE_FILE), { recursive: true })
    const partial = `${CACHE_FILE}.${process.pid}.tmp`
    writeFileSync(partial, JSON.stringify(Object.fromEntries(verdicts)))
    renameSync(partial, CACHE_FILE)
  } catch {
    // A read-only tree: the verdict holds for this run only.
  }
  return verdict
}
