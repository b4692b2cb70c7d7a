import { describe, expect, it } from 'vitest'

import { DISPLAY_PREFERENCES_SCRIPT } from './display-preferences'

describe('display preferences script', () => {
  it('stays under 1 KB', () => {
    expect(Buffer.byteLength(DISPLAY_PREFERENCES_SCRIPT, 'utf8')).toBeLessThan(1024)
  })

  it('is valid JavaScript that cannot close its script element', () => {
    expect(() => new Function(DISPLAY_PREFERENCES_SCRIPT)).not.toThrow()
    expect(DISPLAY_PREFERENCES_SCRIPT).not.toMatch(/<\/script|<!--/i)
  })
})
