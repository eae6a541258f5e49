import type { Content, Tree } from './schema'

/** One thing wrong with how content pieces fit together. */
export interface ContentIssue {
  file: string
  message: string
}

/** Checks the guided questions: every link leads somewhere, no cycles, every cause reachable. */
export function checkTree(tree: Tree, file = 'trees/guide.yaml'): ContentIssue[] {
  const issues: ContentIssue[] = []
  if (!tree.nodes[tree.start]) issues.push({ file, message: `start names "${tree.start}", which is not a question` })
  for (const [id, node] of Object.entries(tree.nodes)) {
    node.answers.forEach((answer, index) => {
      if (answer.next !== undefined && !tree.nodes[answer.next]) {
        issues.push({ file, message: `nodes.${id}.answers.${index}.next names "${answer.next}", which is not a question` })
      }
    })
  }
  const reached = new Set<string>()
  const causes = new Set<number>()
  const visit = (id: string, path: string[]): void => {
    if (path.includes(id)) {
      issues.push({ file, message: `the questions loop: ${[...path, id].join(' → ')}` })
      return
    }
    const node = tree.nodes[id]
    if (!node) return
    reached.add(id)
    for (const answer of node.answers) {
      if (answer.cause !== undefined) causes.add(answer.cause)
      if (answer.next !== undefined) visit(answer.next, [...path, id])
    }
  }
  if (tree.nodes[tree.start]) visit(tree.start, [])
  for (const id of Object.keys(tree.nodes)) {
    if (!reached.has(id)) issues.push({ file, message: `question "${id}" cannot be reached from the start` })
  }
  for (let n = 1; n <= 13; n++) {
    if (!causes.has(n)) issues.push({ file, message: `cause ${n} cannot be reached by any answer` })
  }
  return issues
}

/** Every check of content that the schema alone cannot make. */
export function checkContent(content: Content): ContentIssue[] {
  return checkTree(content.tree)
}
