/**
 * The messages an embedded app sends to its host page (window.parent), documented in the README.
 * They carry sizes, outcome kinds and cause numbers only: never the pasted text, an address or
 * anything else read from a bounce. That is also why they may go to any origin ('*'): the host
 * is whoever framed the app, and nothing in them is private.
 */

/** The height the iframe needs to show the whole app without a scrollbar, in CSS pixels. */
export interface ResizeMessage {
  type: 'bounce-wizard:resize'
  height: number
}

/** A verdict is on screen. */
export interface DiagnosisMessage {
  type: 'bounce-wizard:diagnosis'
  /** `cause` (one of the 13), `ask` (a question must settle it), or one of the other outcomes. */
  outcome: 'cause' | 'ask' | 'temporary' | 'not-a-bounce' | 'outside'
  /** The cause's number, 1–13, when `outcome` is `cause`; otherwise null. */
  cause: number | null
  /** How it was reached: a pasted bounce was diagnosed, or the guided questions were answered. */
  via: 'bounce' | 'guide'
}

export type HostMessage = ResizeMessage | DiagnosisMessage

/** Sends a message to the host page, if the app is framed by one. */
export function postToHost(message: HostMessage, win: Window = window): void {
  if (win.parent === win) return
  win.parent.postMessage(message, '*')
}
