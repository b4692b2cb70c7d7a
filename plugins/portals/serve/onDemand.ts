/**
 * Portal pages the platform renders on demand under a portal's host: the receipt lookup, and a
 * question or consultation comment form shown again with its errors after a post without JavaScript. They use the same
 * warm renderer and the same planned props as the built portal (like previews do), from an
 * export of the site kept for 30 seconds.
 */
import type { Payload } from 'payload'

import { sharedCopies } from '../../../sites/src/lib/copies'
import { planSite, type PlannedPage, type SitePlan } from '../../../sites/src/plan'
import { exportSnapshot } from '../build/export'
import { getRenderer } from '../build/renderer'
import type { FormState, ReceiptLookup } from '../../../cms/src/contracts/dialogue'
import type { CommentFormState } from '../../../cms/src/contracts/legal'

const TTL_MS = 30_000
/** A plan holds every page's props; keep only a few portals' (refused forms and lookups are rare). */
const MAX_PLANS = 16

type Planned = { plan: SitePlan; chrome: Record<string, unknown>; copies?: Map<string, string> }

const plans = new Map<string, { at: number; value: Promise<Planned | null> }>()

async function planFor(payload: Payload, siteId: number | string): Promise<Planned | null> {
  const key = String(siteId)
  const hit = plans.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value
  const value = exportSnapshot(payload, [siteId]).then(({ snapshot }) => {
    const site = snapshot.sites[0]
    if (!site) return null
    const plan = planSite(site, snapshot.generatedAt)
    const notFound = plan.outputs.find((o): o is PlannedPage => o.kind === 'page' && o.view === 'NotFoundView')
    return { plan, chrome: (notFound?.props.site ?? {}) as Record<string, unknown> }
  })
  value.catch(() => plans.delete(key))
  for (const [k, entry] of plans) if (Date.now() - entry.at >= TTL_MS) plans.delete(k)
  if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!)
  plans.set(key, { at: Date.now(), value })
  return value
}

/** A built page of the portal rendered again with a form's values and errors, or null. */
export async function renderWithForm(payload: Payload, siteId: number | string, path: string, form: FormState | CommentFormState): Promise<string | null> {
  const planned = await planFor(payload, siteId)
  const output = planned?.plan.outputs.find((o): o is PlannedPage => o.kind === 'page' && o.path === path)
  if (!planned || !output) return null
  return (await getRenderer()).render(planned.plan.theme, output.view, { ...output.props, form })
}

export async function renderReceipt(
  payload: Payload,
  siteId: number | string,
  props: { code: string | null; lookup: ReceiptLookup | null; fresh: boolean },
): Promise<string | null> {
  const planned = await planFor(payload, siteId)
  if (!planned) return null
  return (await getRenderer()).render(planned.plan.theme, 'QaReceiptView', { site: planned.chrome, ...props })
}

/**
 * Any view of the portal's theme, rendered on demand with the portal's chrome (header, menus,
 * footer) from the same cached plan; null when the site has no plan (nothing published yet).
 */
export async function renderPortalView(payload: Payload, siteId: number | string, view: string, props: Record<string, unknown>): Promise<string | null> {
  const planned = await planFor(payload, siteId)
  if (!planned) return null
  return (await getRenderer()).render(planned.plan.theme, view, { site: planned.chrome, ...props })
}

/**
 * Where this portal shows other portals' content: owner's absolute URL → path of the copy here
 * (shared news and legal documents), from the same cached plan. Empty when the site has no plan.
 */
export async function localCopies(payload: Payload, siteId: number | string): Promise<Map<string, string>> {
  const planned = await planFor(payload, siteId)
  if (!planned) return new Map()
  planned.copies ??= sharedCopies(planned.plan.outputs)
  return planned.copies
}
