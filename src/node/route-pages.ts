import type { Content } from '../core/content/schema'

/** The outcomes other than the 13 causes, each with its own page. */
const OUTCOMES = ['temporary', 'not-a-bounce', 'outside'] as const

/**
 * Every page address the app has, relative to its base and without slashes at either end ('' is
 * the home page): the fixed pages plus one per question, cause and outcome in the content. The
 * build writes a copy of index.html at each, so a plain static host serves every deep link.
 * tests/node/route-pages.test.ts checks that this list and src/ui/app-routes.tsx agree.
 */
export function routePaths(content: Content): string[] {
  return [
    '',
    'result',
    'guide',
    ...Object.keys(content.tree.nodes).map((id) => `guide/${id}`),
    'causes',
    ...content.causes.map((cause) => `causes/${cause.slug}`),
    ...OUTCOMES.map((kind) => `outcome/${kind}`),
    'tree',
  ]
}
