import { useId, useState } from 'react'
import type { Span } from '../../core/bounce/types'
import { excerptRanges, highlightSegments } from '../lib/highlight-segments'
import { buttonSmall, muted } from './class-names'

/** Texts longer than this are shown as excerpts around the evidence, with a button for all. */
const LONG_CHARS = 1500
const LONG_LINES = 25

function Highlighted({ text, spans, from, to }: { text: string; spans: readonly Span[]; from: number; to: number }) {
  // Pasted text is hostile: it is only ever rendered as text nodes, never as HTML.
  return highlightSegments(text, spans, from, to).map((segment) =>
    segment.highlighted ? (
      <mark
        key={segment.start}
        className="rounded-sm bg-amber-200 px-0.5 text-slate-950 underline decoration-amber-800 decoration-2 underline-offset-2 dark:bg-amber-300 dark:decoration-amber-900"
      >
        {segment.text}
      </mark>
    ) : (
      <span key={segment.start}>{segment.text}</span>
    ),
  )
}

const preClass =
  'overflow-x-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm leading-relaxed whitespace-pre-wrap break-words text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100'

/**
 * The analysed text with the evidence highlighted (<mark>, underlined, so colour is not the only
 * cue). A long text shows only the lines around the evidence until the person asks for all of it.
 */
export function EvidenceText({ text, spans, focus }: { text: string; spans: readonly Span[]; focus: readonly Span[] }) {
  const id = useId()
  const [expanded, setExpanded] = useState(false)
  const lines = text.split('\n').length
  const long = text.length > LONG_CHARS || lines > LONG_LINES
  const excerpts = excerptRanges(text, spans.length > 0 ? spans : focus)
  const collapsed = long && !expanded
  const shown = collapsed ? (excerpts.length > 0 ? excerpts : [{ start: 0, end: Math.min(text.length, 600) }]) : [{ start: 0, end: text.length }]

  return (
    <div className="space-y-2">
      {collapsed && <p className={`text-sm ${muted}`}>Showing only the lines that matter out of {lines} lines.</p>}
      <div id={id} className="space-y-1">
        {shown.map((range, i) => (
          <div key={range.start}>
            {collapsed && (range.start > 0 || i > 0) && (
              <p aria-hidden="true" className={`px-3 font-mono text-sm ${muted}`}>
                …
              </p>
            )}
            <pre className={preClass}>
              <Highlighted text={text} spans={spans} from={range.start} to={range.end} />
            </pre>
          </div>
        ))}
      </div>
      {long && (
        <button type="button" className={buttonSmall} aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show only the lines that matter' : `Show the whole text (${lines} lines)`}
        </button>
      )}
    </div>
  )
}
