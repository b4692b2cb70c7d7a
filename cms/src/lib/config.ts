/**
 * Small helpers for plugins that extend collections of the config they are given (their own or
 * another plugin's): each returns a copy and never mutates its input.
 */
import type { CollectionConfig, Config, Endpoint, Field } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>
type HookLists = { [K in keyof Hooks]?: NonNullable<Hooks[K]> }

/** Add hooks, after the collection's own (`prepend` puts them first, e.g. a permission check). */
export function withHooks(collection: CollectionConfig, hooks: HookLists, position: 'append' | 'prepend' = 'append'): CollectionConfig {
  const merged: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const [name, list] of Object.entries(hooks) as Array<[string, unknown[]]>) {
    const own = merged[name] ?? []
    merged[name] = position === 'append' ? [...own, ...list] : [...list, ...own]
  }
  return { ...collection, hooks: merged as Hooks }
}

export function withEndpoints(collection: CollectionConfig, endpoints: Endpoint[]): CollectionConfig {
  const own = Array.isArray(collection.endpoints) ? collection.endpoints : []
  return { ...collection, endpoints: [...own, ...endpoints] }
}

export function withFields(collection: CollectionConfig, fields: Field[]): CollectionConfig {
  return { ...collection, fields: [...collection.fields, ...fields] }
}

/** Whether a field of that name is among the collection's fields (rows, collapsibles and tabs included). */
export function hasField(fields: readonly Field[], name: string): boolean {
  return fields.some((field) => {
    if ('name' in field && field.name === name) return true
    if ('fields' in field && Array.isArray(field.fields) && !('name' in field && field.name)) return hasField(field.fields, name)
    if (field.type === 'tabs') return field.tabs.some((tab) => !('name' in tab && tab.name) && hasField(tab.fields, name))
    return false
  })
}

/** Change the collection `slug` of a config being built; a config without it is returned as is. */
export function extendCollection(config: Config, slug: string, change: (collection: CollectionConfig) => CollectionConfig): Config {
  return { ...config, collections: (config.collections ?? []).map((c) => (c.slug === slug ? change(c) : c)) }
}

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>
type Views = NonNullable<AdminComponents['views']>

/** Add admin views and navigation/dashboard components (component paths are relative to the repository root); `navFirst` puts the links before the others. */
export function withAdmin(config: Config, add: { views?: Views; beforeNavLinks?: string[]; beforeDashboard?: string[]; navFirst?: boolean }): Config {
  const components = config.admin?.components ?? {}
  const links = add.navFirst ? [...(add.beforeNavLinks ?? []), ...(components.beforeNavLinks ?? [])] : [...(components.beforeNavLinks ?? []), ...(add.beforeNavLinks ?? [])]
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        views: { ...components.views, ...add.views },
        beforeNavLinks: links,
        beforeDashboard: [...(components.beforeDashboard ?? []), ...(add.beforeDashboard ?? [])],
      },
    },
  }
}

type Tasks = NonNullable<NonNullable<Config['jobs']>['tasks']>

/** Add collections, root endpoints and job tasks. */
export function withParts(config: Config, add: { collections?: CollectionConfig[]; endpoints?: Endpoint[]; tasks?: Tasks }): Config {
  return {
    ...config,
    collections: [...(config.collections ?? []), ...(add.collections ?? [])],
    endpoints: [...(config.endpoints ?? []), ...(add.endpoints ?? [])],
    ...(add.tasks ? { jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...add.tasks] } } : {}),
  }
}
