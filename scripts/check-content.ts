/**
 * The content check: validates every file of content/ against its schema, checks that the guided
 * questions reach all 13 causes without loops or dead ends, and that every example in every
 * cause file diagnoses to its own cause.   npm run content:check
 */
import { analyseBounce } from '../src/core/analyse'
import { checkContent } from '../src/core/content/check-content'
import { ContentError } from '../src/core/content/parse-content'
import { loadContent } from '../src/node/read-content'

async function main(): Promise<number> {
  let content
  try {
    content = loadContent(undefined, { checkPatterns: true })
  } catch (err) {
    if (err instanceof ContentError) {
      process.stderr.write(err.message + '\n')
      return 1
    }
    throw err
  }
  const issues = checkContent(content).map((i) => `  ${i.file}: ${i.message}`)
  let examples = 0
  for (const cause of content.causes) {
    for (const [index, example] of cause.examples.entries()) {
      examples++
      const { results } = await analyseBounce(example.text, content)
      const verdict = results[0]?.verdict
      if (verdict?.outcome !== 'cause' || verdict.cause !== cause.number) {
        const got = verdict?.outcome === 'cause' ? `cause ${verdict.cause}` : `${verdict?.outcome} ${verdict?.candidates.join(',') ?? ''}`
        issues.push(
          `  causes/${String(cause.number).padStart(2, '0')}-${cause.slug}.md → examples.${index}: diagnoses to ${got}, not to cause ${cause.number}: ${example.text.split('\n')[0]?.slice(0, 90)}`,
        )
      }
    }
  }
  if (issues.length > 0) {
    process.stderr.write(`content/ has problems:\n${issues.join('\n')}\n`)
    return 1
  }
  process.stdout.write(
    `content/ is valid: ${content.causes.length} causes, ${Object.keys(content.tree.nodes).length} questions, ${examples} examples that diagnose to their cause.\n`,
  )
  return 0
}

main().then((code) => process.exit(code))
