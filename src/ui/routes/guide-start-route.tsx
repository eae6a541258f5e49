import { Navigate } from 'react-router'
import { CONTENT } from '../../content'

/** `/guide`: the guided flow starts at the tree's first question. */
export function GuideStartRoute() {
  return <Navigate to={`/guide/${CONTENT.tree.start}`} replace />
}
