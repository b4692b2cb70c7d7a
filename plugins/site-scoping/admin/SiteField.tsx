'use client'
/**
 * The site field of every site-scoped document. A document created from inside another one's
 * edit view (the picture uploaded from an article's "Ảnh đại diện", a category added from its
 * picker) starts with that document's site instead of an empty choice.
 */
import { RelationshipField, useEditDepth, useField, useFormInitializing, useOperation } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React, { useEffect, useRef } from 'react'

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

  // Once, when the drawer's form is ready (earlier, its initial state would replace the value);
  // a site cleared by hand afterwards stays cleared.
  const initializing = useFormInitializing()
  const applied = useRef(false)
  useEffect(() => {
    if (initializing || applied.current) return
    applied.current = true
    if (operation !== 'create' || depth < 2 || !empty(value)) return
    const parent = sitesByDepth.get(depth - 1)
    if (!empty(parent)) setValue(parent)
  }, [initializing, operation, depth, value, setValue])

  return <RelationshipField {...props} />
}
