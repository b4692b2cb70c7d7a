'use client'
/**
 * "Kiểm tra trước khi xuất bản" in the edit view's sidebar: the issues of the saved draft, those
 * that block publishing first (marked in words and colour, never colour alone), each with where
 * it is, and the readability figure. Redrawn after every save; "Kiểm tra lại" asks again (for
 * external links still being checked).
 */
import { Button, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { badgeStyle, type Bilingual, fill, pick } from '../../../cms/src/admin/text'
import { BAND_LABELS } from '../readability'
import { T } from './text'
import { useChecks } from './useChecks'

export function ChecksPanel() {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const t = (text: Bilingual) => pick(lang, text)
  const { id, answer, error, refresh } = useChecks()
  return (
    <section aria-labelledby="checks-panel-title" className="checks-panel" style={{ marginBottom: '1.5rem' }}>
      <h3 id="checks-panel-title" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {t(T.title)}
      </h3>
      {!id ? (
        <p style={{ margin: 0 }}>{t(T.notSaved)}</p>
      ) : !answer ? (
        <p style={{ margin: 0 }} role={error ? 'alert' : undefined} aria-live="polite">
          {error ? `${t(T.failed)}: ${error}` : t(T.loading)}
        </p>
      ) : (
        <>
          <p className="checks-summary" style={{ margin: '0 0 0.5rem' }} aria-live="polite">
            {answer.issues.length === 0 ? t(T.none) : fill(t(T.summary), { blocking: answer.blocking, warnings: answer.warnings })}
          </p>
          {answer.issues.length > 0 ? (
            <ul className="checks-issues" style={{ listStyle: 'none', margin: '0 0 0.75rem', padding: 0, fontSize: '0.85rem' }}>
              {answer.issues.map((issue) => (
                <li key={issue.id} className={`checks-issue checks-${issue.severity}`} data-rule={issue.rule} style={{ margin: '0 0 0.6rem' }}>
                  <span style={{ ...badgeStyle(issue.severity === 'blocking' ? 'error' : 'warning'), marginRight: '0.4rem' }}>{t(issue.severity === 'blocking' ? T.blocking : T.warning)}</span>
                  <span>{t(issue.message)}</span>
                  <br />
                  <span style={{ color: 'var(--theme-elevation-650)' }}>{t(issue.at)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="checks-readability" style={{ margin: '0 0 0.5rem', fontSize: '0.85rem' }}>
            <strong>{t(T.readability)}:</strong> {t(BAND_LABELS[answer.readability.band])}
            {answer.readability.score !== null ? ` (${fill(t(T.readabilityDetail), { score: answer.readability.score, asl: answer.readability.averageSentence })})` : null}
          </p>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.8rem', color: 'var(--theme-elevation-650)' }}>
            {fill(t(T.checkedAt), { time: new Date(answer.checkedAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN') })}
          </p>
          <Button buttonStyle="secondary" size="small" id="checks-recheck" onClick={() => void refresh()}>
            {t(T.recheck)}
          </Button>
        </>
      )}
    </section>
  )
}
