'use client'
/**
 * The site field of every site-scoped document. A document created from inside another one's
 * edit view (the picture uploaded from an article's "Ảnh đại diện", a category added from its
 * picker) starts with that document's site instead of an empty choice.
 */
import { RelationshipField, useEditDepth, useField, useOperation } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React, { useEffect } from 'react'

/** The site chosen in the document open at each drawer depth (1 = the page's own document). */
const sitesByDepth = new Map<number, unknown>()

const empty = (value: unknown) => value === null || value === undefined || value === ''

export function SiteField(props: RelationshipFieldClientProps) {
  const depth = useEditDepth()
  const operation = useOperation()
  const { value, setValue } = useField<unknown>({ path: props.path ?? props.field.name })

  useEffect(() => {
    if (!empty(value)) sitesByDepth.set(depth, value)
    return () => {
      if (sitesByDepth.get(depth) === value) sitesByDepth.delete(depth)
    }
  }, [depth, value])

  useEffect(() => {
    if (operation !== 'create' || depth < 2 || !empty(value)) return
    const parent = sitesByDepth.get(depth - 1)
    if (!empty(parent)) setValue(parent)
    // Only when the drawer opens: a site cleared by hand stays cleared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return <RelationshipField {...props} />
}
