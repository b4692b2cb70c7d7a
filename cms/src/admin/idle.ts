/**
 * Work of the edit view that can wait (the checks and review panels' requests): run it once the
 * form can be typed in and the browser is idle, so it does not compete with hydration and with
 * the editor's lazily loaded code for the connections to the server (Chromium opens six per host)
 * and for its time. Returns a cancel function for an effect's cleanup.
 */
export function whenIdle(run: () => void, timeoutMs = 1000): () => void {
  if (typeof window === 'undefined') return () => undefined
  const w = window as Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number; cancelIdleCallback?: (handle: number) => void }
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const handle = w.requestIdleCallback(run, { timeout: timeoutMs })
    return () => w.cancelIdleCallback!(handle)
  }
  const handle = window.setTimeout(run, 50)
  return () => window.clearTimeout(handle)
}
