/** Debian's Chromium for browser tests (never a downloaded browser). */
import { type Browser, chromium, type Locator } from 'playwright-core'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Without the background-networking flags Chromium keeps dialling Google on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/**
 * Click `trigger` until `shown` is visible (it can be in the page, hidden, before). On a loaded
 * machine Payload's admin can still be hydrating after the network went quiet: a click on a
 * server-rendered button before React attached its handler does nothing, and a test that clicks
 * once then waits times out.
 */
export async function clickUntil(trigger: Locator, shown: Locator, tries = 10): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await shown.isVisible()) return
    await trigger.click()
    // Longer each time: a second click on a popup's trigger closes what the first was opening.
    if (await shown.waitFor({ state: 'visible', timeout: Math.min(15_000, 3000 * (i + 1)) }).then(() => true, () => false)) return
  }
  await shown.waitFor({ state: 'visible', timeout: 3000 })
}

/**
 * Scroll `field` into view until `shown` (one of its inputs) is rendered. Payload renders a sidebar
 * field's inputs once it is in the viewport; panels above it that finish rendering after the
 * first scroll can push it back out of view.
 */
export async function scrollUntil(field: Locator, shown: Locator, tries = 20): Promise<void> {
  for (let i = 0; i < tries; i++) {
    await field.scrollIntoViewIfNeeded()
    if (await shown.waitFor({ timeout: 1500 }).then(() => true, () => false)) return
  }
  await shown.waitFor({ timeout: 3000 })
}
