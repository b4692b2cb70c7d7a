'use client'
/**
 * Beside the publish control: while the saved draft has blocking issues, why publishing is held
 * (the server refuses it too, with the same list).
 */
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { type Bilingual, fill, pick } from '../../../cms/src/admin/text'
import { T } from './text'
import { useChecks } from './useChecks'

export function ChecksHold() {
  const { i18n } = useTranslation()
  const t = (text: Bilingual) => pick(i18n.language, text)
  const { answer } = useChecks()
  if (!answer || answer.blocking === 0) return null
  return (
    <span id="checks-hold" role="status" style={{ alignSelf: 'center', fontSize: '0.85em', color: 'var(--theme-error-750)', maxWidth: '22rem' }}>
      ⛔ {fill(t(T.held), { n: answer.blocking })}
    </span>
  )
}
