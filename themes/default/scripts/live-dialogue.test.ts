import { describe, expect, it } from 'vitest'

import { LIVE_DIALOGUE_SCRIPT } from './live-dialogue'

describe('dialogue page script', () => {
  it('is valid JavaScript that cannot close its script element', () => {
    expect(() => new Function(LIVE_DIALOGUE_SCRIPT)).not.toThrow()
    expect(LIVE_DIALOGUE_SCRIPT).not.toMatch(/<\/script|<!--/i)
  })

  it('stays small (inlined on every dialogue and Q&A page)', () => {
    expect(Buffer.byteLength(LIVE_DIALOGUE_SCRIPT, 'utf8')).toBeLessThan(6 * 1024)
  })

  it('sets citizen text as text, never as HTML', () => {
    // The only innerHTML is the answer, which the CMS renders from rich text.
    expect(LIVE_DIALOGUE_SCRIPT.match(/innerHTML/g)).toHaveLength(1)
    expect(LIVE_DIALOGUE_SCRIPT).toContain('h.innerHTML=q.answer.html')
  })
})
