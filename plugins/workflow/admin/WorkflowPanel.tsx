'use client'
/**
 * The workflow beside the form (sidebar): state, the last comment or the reason for unpublishing,
 * the pending schedule, and the document's history, newest first, with who and when.
 */
import { TAKEDOWN_LABELS, type TakedownKind } from '../../../cms/src/contracts/takedown'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { type Bilingual, pick } from '../../../cms/src/admin/text'
import { ACTION_LABELS, formatTime, STATE_LABELS, T } from './text'
import type { WorkflowStatus } from '../status'
import { StateBadge } from './StateBadge'
import { useWorkflowStatus } from './useWorkflowStatus'

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }

/** `initialStatus`: the status the edit view was rendered with on the server (`WorkflowServer.tsx`). */
export function WorkflowPanel({ initialStatus }: { initialStatus?: WorkflowStatus | null }) {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const t = (text: Bilingual) => pick(lang, text)
  const { id, collectionSlug } = useDocumentInfo()
  const { status, error } = useWorkflowStatus(collectionSlug, id, initialStatus)
  return (
    <section aria-labelledby="workflow-panel-title" className="workflow-panel" style={{ marginBottom: '1.5rem' }}>
      <h3 id="workflow-panel-title" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {t(T.panelTitle)}
      </h3>
      {!id ? (
        <p style={{ margin: 0 }}>{t(T.notSaved)}</p>
      ) : !status ? (
        <p style={{ margin: 0 }} role={error ? 'alert' : undefined}>
          {error ?? t(T.loading)}
        </p>
      ) : (
        <>
          <p style={{ margin: '0 0 0.5rem' }}>
            <span style={VISUALLY_HIDDEN}>{t(T.state)}: </span>
            <StateBadge state={status.state} scheduled={status.scheduled} language={lang} />
          </p>
          {status.createdBy ? (
            <p style={{ margin: '0 0 0.5rem' }}>
              {t(T.createdBy)}: {status.createdBy}
            </p>
          ) : null}
          {status.note && (status.state === 'returned' || status.state === 'submitted') ? (
            <p className="workflow-note" style={{ margin: '0 0 0.5rem' }}>
              <strong>{t(T.lastNote)}:</strong> {status.note}
            </p>
          ) : null}
          {status.unpublishReason && status.state === 'unpublished' ? (
            <p style={{ margin: '0 0 0.5rem' }}>
              <strong>{t(T.unpublishedBecause)}:</strong> {status.unpublishReason}
            </p>
          ) : null}
          {status.takedown ? (
            <p className="workflow-takedown" style={{ margin: '0 0 0.5rem' }}>
              <strong>{t(T.takedownNow)}:</strong> {t(TAKEDOWN_LABELS[status.takedown.kind as TakedownKind] ?? { vi: status.takedown.kind, en: status.takedown.kind })}
              {status.takedown.targetPath ? ` → ${status.takedown.targetPath}` : ''}
              {status.takedown.successor ? ` → ${status.takedown.successor}` : ''}
              {status.takedown.reason ? ` (${status.takedown.reason})` : ''}
            </p>
          ) : null}
          <h4 style={{ margin: '1rem 0 0.25rem', fontSize: '0.9rem' }}>{t(T.history)}</h4>
          {status.history.length === 0 ? (
            <p style={{ margin: 0 }}>{t(T.noHistory)}</p>
          ) : (
            <ol className="workflow-history" style={{ listStyle: 'none', margin: 0, padding: 0, fontSize: '0.85rem' }}>
              {status.history.map((entry) => (
                <li key={entry.id} style={{ borderLeft: '2px solid var(--theme-elevation-150)', padding: '0 0 0.6rem 0.6rem' }}>
                  <strong>{t(ACTION_LABELS[entry.action] ?? { vi: entry.action, en: entry.action })}</strong>
                  {entry.to ? ` → ${t(STATE_LABELS[entry.to])}` : ''}
                  <br />
                  <time dateTime={entry.at}>{formatTime(entry.at, lang)}</time>
                  {entry.by ? ` · ${t(T.by)} ${entry.by}` : ''}
                  {entry.comment ? <span style={{ display: 'block', fontStyle: 'italic' }}>“{entry.comment}”</span> : null}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
