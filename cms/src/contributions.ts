/**
 * Contributions: what a collection takes part in, declared on the collection itself
 * (`custom.cong`), so that cross-cutting features (site scoping, the editorial workflow and
 * "Việc của tôi", search, the portal build, merge and retire, compliance, audit) find every
 * content type by asking the config instead of keeping lists of collection names (ADR 0014).
 *
 * Each plugin that reads a contribution declares its shape by augmenting `CongCollection`
 * (TypeScript declaration merging), so this core module knows none of them:
 *
 *   declare module '../../cms/src/contributions' {
 *     interface CongCollection { search?: SearchContribution }
 *   }
 *
 * Payload keeps `custom` on the server only (it is not sent to the admin's browser), so a
 * contribution may hold functions.
 */
import type { CollectionConfig, Config, Payload, SanitizedConfig } from 'payload'

/** What a collection contributes, by feature. Plugins add their keys (see above). */
export interface CongCollection {
  /** `false`: stored strings are kept as sent (system records); otherwise normalised to NFC (`platformCore`). */
  nfc?: false
}

type WithCustom = { slug: string; custom?: Record<string, unknown> }

/**
 * Platform-level contributions of plugins (on the root config's `custom.cong`), for parts that
 * are not one collection's: a plugin's exporter into portal snapshots, say. Plugins add keys by
 * augmenting this interface, like `CongCollection`; each key holds a list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CongPlatform {}

type PlatformKey = keyof CongPlatform
type ListItem<K extends PlatformKey> = CongPlatform[K] extends ReadonlyArray<infer T> | undefined ? T : never

/** Add `items` to the platform-level contribution `key` of a config being built. */
export function contributeToPlatform<K extends PlatformKey>(config: Config, key: K, items: Array<ListItem<K>>): Config {
  const current = ((config.custom?.cong as CongPlatform | undefined) ?? {}) as Record<string, unknown[] | undefined>
  return { ...config, custom: { ...config.custom, cong: { ...current, [key]: [...(current[key] ?? []), ...items] } } }
}

/** The items of platform-level contribution `key`, in plugin order. */
export function platformContributions<K extends PlatformKey>(source: Payload | Config | SanitizedConfig, key: K): Array<ListItem<K>> {
  const config = 'config' in source && 'collections' in source ? (source as Payload).config : (source as Config)
  return (((config.custom?.cong as Record<string, unknown[] | undefined> | undefined) ?? {})[key] ?? []) as Array<ListItem<K>>
}

/** The contributions a collection declares (empty when none). */
export function cong(collection: WithCustom): CongCollection {
  return (collection.custom?.cong as CongCollection | undefined) ?? {}
}

/** A collection's `custom` holding its contributions, typed: `custom: contributesTo({ siteScoped: … })`. */
export function contributesTo(parts: CongCollection): { cong: CongCollection } {
  return { cong: parts }
}

/** The collection with `parts` added to its contributions (a copy; the input is not changed). */
export function contribute<T extends CollectionConfig>(collection: T, parts: CongCollection): T {
  return { ...collection, custom: { ...collection.custom, cong: { ...cong(collection), ...parts } } }
}

export type Contribution<K extends keyof CongCollection> = {
  slug: string
  part: NonNullable<CongCollection[K]>
}

function collectionsOf(source: Payload | Config | SanitizedConfig): readonly WithCustom[] {
  const config = 'config' in source && 'collections' in source ? (source as Payload).config : (source as Config)
  return (config.collections ?? []) as readonly WithCustom[]
}

/**
 * Every collection that contributes to feature `key`, in config order, with its contribution.
 * Accepts a running Payload, a sanitized config or a config being built (inside a plugin).
 */
export function contributions<K extends keyof CongCollection>(source: Payload | Config | SanitizedConfig, key: K): Array<Contribution<K>> {
  const out: Array<Contribution<K>> = []
  for (const collection of collectionsOf(source)) {
    const part = cong(collection)[key]
    if (part !== undefined && part !== null && (part as unknown) !== false) out.push({ slug: collection.slug, part: part as NonNullable<CongCollection[K]> })
  }
  return out
}

/** The contribution of one collection to feature `key`, or null. */
export function contributionOf<K extends keyof CongCollection>(source: Payload | Config | SanitizedConfig, slug: string, key: K): NonNullable<CongCollection[K]> | null {
  const collection = collectionsOf(source).find((c) => c.slug === slug)
  const part = collection ? cong(collection)[key] : undefined
  return part === undefined || part === null || (part as unknown) === false ? null : (part as NonNullable<CongCollection[K]>)
}

/** Apply `transform` to every collection of a config being built (a plugin's helper). */
export function mapCollections(config: Config, transform: (collection: CollectionConfig) => CollectionConfig): Config {
  return { ...config, collections: (config.collections ?? []).map(transform) }
}
