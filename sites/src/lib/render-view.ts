import type { ViewName } from '../../../themes/model/views'
import type { Layout, Theme } from '../../../themes/model/theme'

export type { ViewName }

/** What the CMS passes to a theme route in `Astro.locals` when it renders one page. */
export interface RenderLocals {
  view: ViewName
  props: Record<string, unknown>
}

/** The theme's component for the requested view and its layout; an unknown view is a bug in the planner. */
export function renderView(theme: Theme, locals: { cong?: RenderLocals }): { View: Theme['views'][ViewName]; Layout: Layout } {
  const view = locals.cong?.view
  if (!view || !Object.hasOwn(theme.views, view)) throw new Error(`Unknown portal view: ${String(view)}`)
  return { View: theme.views[view], Layout: theme.Layout }
}
