/** The largest file read into the box: bounces with attachments are rarely over a few MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export type FileReadResult = { ok: true; text: string; name: string } | { ok: false; message: string }

/** Files larger than this are decoded a slice at a time (see readInSlices). */
const SLICE_BYTES = 512 * 1024

/**
 * Reads a large file as File.text() would (UTF-8, a bad byte becoming U+FFFD), one slice per
 * task: decoding megabytes at once would block the page for a long moment on a phone.
 */
async function readInSlices(file: Blob): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  // File.text() in Chromium honours a UTF-16 byte-order mark; so does this.
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8'
  const decoder = new TextDecoder(encoding)
  const parts: string[] = []
  for (let at = 0; at < file.size; at += SLICE_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, at + SLICE_BYTES).arrayBuffer())
    parts.push(decoder.decode(bytes, { stream: at + SLICE_BYTES < file.size }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return parts.join('')
}

/** Reads a picked or dropped file as text, in the browser; refuses files over 10 MB. */
export async function readBounceFile(file: File): Promise<FileReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1)
    return {
      ok: false,
      message: `“${file.name}” is ${mb} MB; the limit is 10 MB. Save the bounce without its attachments, or copy and paste its text instead.`,
    }
  }
  try {
    return { ok: true, text: file.size > SLICE_BYTES ? await readInSlices(file) : await file.text(), name: file.name }
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Copy and paste its text instead.` }
  }
}
