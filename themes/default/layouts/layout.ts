import type BaseLayout from './BaseLayout.astro'

/**
 * Extra prop of the default views: the layout to render in. Other themes reuse a default view
 * unchanged inside their own layout (`<ArticleView {...props} Layout={XaLayout} />`).
 */
export interface WithLayout {
  Layout?: typeof BaseLayout
}
