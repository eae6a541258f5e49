import type { Owner } from '../../core/content/schema'
import { OWNER_LABELS } from '../../core/report/labels'

/** Who has to act, said plainly. */
export function WhoActs({ owner }: { owner: Owner }) {
  return (
    <p>
      <span className="font-semibold">Who needs to act: </span>
      {OWNER_LABELS[owner]}
    </p>
  )
}
