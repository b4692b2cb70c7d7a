/**
 * Change notes and email alerts (issue 18): every collection following the editorial workflow
 * gets the choice "Sửa nhỏ" / "Cập nhật lớn" for its next publication and the history of its
 * public change notes; the portals show the notes on the document's page and in the feed;
 * citizens subscribe by email (double opt-in, one-click unsubscribe) to a portal, a category,
 * legal documents of a type or one document, and hear of major updates at once or daily
 * (ADR 0023). The public endpoints are the express router of `server.ts`.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { cong, contributeToPlatform } from '../../cms/src/contributions'
import { extendCollection, hasField, withEndpoints, withFields, withHooks, withParts } from '../../cms/src/lib/config'
import { Subscriptions } from './collection'
import { changeNotesExporter } from './export'
import { changeNoticeField, changeNotesField } from './fields'
import { queueChangeAlerts, recordChangeNote } from './hooks'
import { digestTask, notifyTask } from './notify'
import { erasePersonalData, exportPersonalData } from './personalData'
import type { AlertsOptions } from './types'

export type { AlertsOptions } from './types'

function withChangeNotes(collection: CollectionConfig): CollectionConfig {
  if (!cong(collection).workflow) return collection
  const fields = ([['changeNotice', changeNoticeField], ['changeNotes', changeNotesField]] as const).filter(([name]) => !hasField(collection.fields, name)).map(([, field]) => field)
  return withHooks(withFields(collection, fields), { beforeChange: [recordChangeNote], afterChange: [queueChangeAlerts] })
}

export function alertsTransform(config: Config, _options: AlertsOptions = {}): Config {
  const noted = { ...config, collections: (config.collections ?? []).map(withChangeNotes) }
  const withCollection = withParts(noted, { collections: [Subscriptions], tasks: [notifyTask, digestTask] })
  const withData = extendCollection(withCollection, 'subscriptions', (c) => withEndpoints(c, [exportPersonalData, erasePersonalData]))
  return contributeToPlatform(withData, 'portalExporters', [changeNotesExporter])
}

export const alertsPlugin =
  (options: AlertsOptions = {}): Plugin =>
  (config) =>
    alertsTransform(config, options)
