/**
 * Child process for the killed-build test: renders a release in which every page changed (a new
 * menu item) slowly enough to be killed midway, printing progress. Argument: the sites root.
 */
import { writeRelease } from '../../plugins/portals/build/release'
import { getRenderer } from '../../plugins/portals/build/renderer'
import { planSite } from '../src/plan'
import { PROVINCE, makeSnapshot } from './fixture'

const root = process.argv[2]!
const snapshot = makeSnapshot()
const site = snapshot.sites.find((s) => s.slug === PROVINCE)!
site.vi.headerMenu.push({ label: 'Mục bị ngắt', href: '/gioi-thieu/', external: false })
const renderer = await getRenderer()
const slow = { ...renderer, render: async (theme: string, view: string, props: Record<string, unknown>) => {
  await new Promise((resolve) => setTimeout(resolve, 20))
  return renderer.render(theme, view, props)
} }
await writeRelease({
  plan: planSite(site, snapshot.generatedAt),
  renderer: slow,
  media: new Set(),
  stamp: '2-killed',
  root,
  onWritten: (count) => process.stdout.write(`written ${count}\n`),
})
process.stdout.write('finished\n')
