import type { Theme } from '../../../themes/types'

/** The views a theme provides; a planned page names one of them. */
export type ViewName = keyof Theme

/** What the CMS passes to a theme route in `Astro.locals` when it renders one page. */
export interface RenderLocals {
  view: ViewName
  props: Record<string, unknown>
}

/** The theme's component for the requested view; an unknown view is a bug in the planner. */
export function renderView(theme: Theme, locals: { cong?: RenderLocals }): Theme[ViewName] {
  const view = locals.cong?.view
  if (!view || !(view in theme)) throw new Error(`Unknown portal view: ${String(view)}`)
  return theme[view]
}
