import type { CollectionBeforeChangeHook } from 'payload'

/** The first time a document is published without a date, it gets "now". */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
