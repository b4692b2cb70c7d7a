import defaultTheme from '../default/index'
import { extendTheme } from '../model/theme'
import XaLayout from './layouts/XaLayout.astro'
import HomeView from './views/HomeView.astro'

/**
 * Commune theme ("xa"): the default theme in a lighter layout (one column, smaller CSS), with a
 * home page of fewer blocks. It declares only what differs; every other view is the default one,
 * rendered in `XaLayout`.
 */
export default extendTheme(defaultTheme, { Layout: XaLayout, views: { HomeView } })
