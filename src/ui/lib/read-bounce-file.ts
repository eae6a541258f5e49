/** The largest file read into the box: bounces with attachments are rarely over a few MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export type FileReadResult = { ok: true; text: string; name: string } | { ok: false; message: string }

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
    return { ok: true, text: await file.text(), name: file.name }
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Copy and paste its text instead.` }
  }
}
