/** A portal's own content: news, pages, categories, menus and media. */
import type { Config, Plugin } from 'payload'

import { contributeToPlatform } from '../../cms/src/contributions'
import { withParts } from '../../cms/src/lib/config'
import { contentComplianceFacts, explainContent } from './compliance'
import { contentExporter } from './export'
import { footerLinkStep } from './merge'
import { Categories } from './collections/Categories'
import { Media } from './collections/Media'
import { Navigation } from './collections/Navigation'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import type { ContentOptions } from './types'

export type { ContentOptions } from './types'

export function contentTransform(config: Config, _options: ContentOptions = {}): Config {
  const withContent = contributeToPlatform(withParts(config, { collections: [News, Pages, Categories, Navigation, Media] }), 'portalExporters', [contentExporter])
  // Sections fulfilled by tagged pages and by tagged categories holding news; last publications.
  const withCompliance = contributeToPlatform(withContent, 'complianceSources', [{ name: 'content', load: contentComplianceFacts, explain: explainContent }])
  return contributeToPlatform(withCompliance, 'mergeSteps', [footerLinkStep])
}

export const contentPlugin =
  (options: ContentOptions = {}): Plugin =>
  (config) =>
    contentTransform(config, options)
