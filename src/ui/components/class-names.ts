/**
 * The few looks used across the app, kept in one place so buttons and links stay consistent.
 * Colours are chosen for WCAG AA contrast in both light and dark mode.
 */

export const buttonPrimary =
  'inline-flex items-center justify-center gap-2 rounded-md bg-teal-700 px-4 py-2.5 font-semibold text-white no-underline shadow-sm hover:bg-teal-800 disabled:opacity-60 dark:bg-teal-300 dark:text-slate-950 dark:hover:bg-teal-200'

export const buttonSecondary =
  'inline-flex items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-4 py-2.5 font-medium text-slate-900 no-underline hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'

export const buttonSmall =
  'inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'

export const link =
  'font-medium text-teal-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-teal-300'

export const card = 'rounded-lg border border-slate-300 bg-white p-4 sm:p-6 dark:border-slate-700 dark:bg-slate-900'

export const muted = 'text-slate-600 dark:text-slate-400'

export const h2 = 'text-xl font-semibold tracking-tight'
