'use client'
/** The audit log's "Loại dữ liệu" column: the collection's name in the admin's language, not its slug. */
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

export function CollectionCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  const slug = typeof cellData === 'string' ? cellData : ''
  const config = slug ? getEntityConfig({ collectionSlug: slug }) : null
  const label = config && 'labels' in config ? getTranslation(config.labels.singular, i18n) : slug
  return <span title={slug}>{label}</span>
}
