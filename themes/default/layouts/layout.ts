import type { Layout } from '../../model/theme'

/**
 * Extra prop of the default views: the layout to render in. The route passes the theme's layout,
 * so other themes reuse a default view unchanged (`extendTheme` in `themes/model/theme.ts`).
 */
export interface WithLayout {
  Layout?: Layout
}
