'use client'
/**
 * The workflow steps in the edit view, in place of Payload's publish button: one button per step
 * the server lets this user take now (from `GET …/:id/workflow`, which applies the same rules as
 * the endpoints), with a comment box for "Trả lại", a reason for "Gỡ xuất bản" and a time for
 * "Lịch xuất bản/gỡ". Unsaved changes are saved as a draft first, so the step applies to what
 * the person sees.
 */
import { Button, toast, useDocumentInfo, useForm, useFormFields, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type Bilingual, fill, inputStyle, pick } from '../../../cms/src/admin/text'
import { TAKEDOWN_KINDS, TAKEDOWN_LABELS, type TakedownKind } from '../../../cms/src/contracts/takedown'
import type { ScheduleAction, WorkflowAction } from '../rules'
import type { WorkflowStatus } from '../status'
import { Dialog, dialogButtonsStyle, fieldLabelStyle } from './Dialog'
import { ACTION_LABELS, formatTime, SCHEDULE_LABELS, T } from './text'
import { useWorkflowStatus } from './useWorkflowStatus'

type DialogKind = 'submit' | 'return' | 'unpublish' | 'schedule' | null

async function postJson(url: string, body: unknown, language: string): Promise<{ ok: boolean; body: Record<string, unknown> | null }> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language },
    body: JSON.stringify(body),
  })
  return { ok: res.ok, body: (await res.json().catch(() => null)) as Record<string, unknown> | null }
}

const messageOf = (body: Record<string, unknown> | null): string | null => (body?.errors as { message?: string }[] | undefined)?.[0]?.message ?? null

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, for `<input type="datetime-local">`. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** `initialStatus`: the status the edit view was rendered with on the server (`WorkflowServer.tsx`). */
export function WorkflowActions({ initialStatus }: { initialStatus?: WorkflowStatus | null }) {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const t = (text: Bilingual) => pick(lang, text)
  const docInfo = useDocumentInfo()
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount, uploadStatus } = docInfo
  const { submit, reset } = useForm()
  const modified = useFormModified()
  const locale = useLocale()
  const { status, error, refresh, api } = useWorkflowStatus(collectionSlug, id, initialStatus)
  const site = useFormFields(([fields]) => fields.site?.value) as number | string | null | undefined
  const [busy, setBusy] = useState(false)
  const [dialog, setDialog] = useState<DialogKind>(null)
  const [comment, setComment] = useState('')
  const [when, setWhen] = useState('')
  const [scheduleAction, setScheduleAction] = useState<ScheduleAction>('publish')
  const [problem, setProblem] = useState<string | null>(null)
  const [canPublishNew, setCanPublishNew] = useState(false)
  const [kind, setKind] = useState<TakedownKind | ''>('')
  const [targetCollection, setTargetCollection] = useState('')
  const [targetRef, setTargetRef] = useState('')
  const [successor, setSuccessor] = useState('')

  // A document not saved yet: only publishing directly (for those who may) besides "Lưu bản nháp".
  useEffect(() => {
    if (id || !collectionSlug || site === undefined || site === null || site === '') return setCanPublishNew(false)
    let live = true
    void fetch(`${api}/${collectionSlug}/workflow?site=${encodeURIComponent(String(typeof site === 'object' ? (site as { id: string }).id : site))}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { actions: [] }))
      .then((body: { actions: WorkflowAction[] }) => live && setCanPublishNew(body.actions.includes('approve')))
      .catch(() => live && setCanPublishNew(false))
    return () => {
      live = false
    }
  }, [api, collectionSlug, id, site])

  const docUrl = (params: string) => `${api}/${collectionSlug}${id ? `/${id}` : ''}?${params}&locale=${encodeURIComponent(locale.code)}`
  const uploading = uploadStatus === 'uploading'

  async function saveDraft(): Promise<boolean> {
    const result = await submit({ action: docUrl('draft=true&depth=0&fallback-locale=null'), method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true, disableSuccessStatus: true })
    return Boolean(result && result.res.status < 400)
  }

  /** Publish the form as it stands (what Payload's own button does); the server's workflow hooks decide. */
  async function publishForm(): Promise<boolean> {
    const result = await submit({ action: docUrl('depth=0'), method: id ? 'PATCH' : 'POST', overrides: { _status: 'published' }, disableSuccessStatus: true })
    return Boolean(result && result.res.status < 400)
  }

  /** After a step: the form, the status line and the panel show what the server now holds. */
  async function reload(action: WorkflowAction) {
    const res = await fetch(docUrl('draft=true&depth=0&fallback-locale=null'), { credentials: 'include' })
    if (res.ok) {
      const doc = (await res.json()) as Record<string, unknown>
      await reset(doc)
      docInfo.updateSavedDocumentData(doc)
    }
    if (action === 'approve') {
      docInfo.setHasPublishedDoc(true)
      docInfo.setUnpublishedVersionCount(0)
    } else if (action === 'unpublish') {
      docInfo.setHasPublishedDoc(false)
      docInfo.setUnpublishedVersionCount(0)
    } else if (hasPublishedDoc) docInfo.setUnpublishedVersionCount(unpublishedVersionCount + 1)
    docInfo.incrementVersionCount()
    docInfo.setLastUpdateTime(Date.now())
    await refresh()
  }

  /** The unpublish step's extra fields: the kind and what it needs (ADR 0022). */
  function takedownBody(): Record<string, unknown> {
    const ref = targetRef.trim()
    return {
      kind,
      ...(kind === 'consolidated' ? { target: { collection: targetCollection || collectionSlug, ...(/^\d+$/.test(ref) ? { id: ref } : { slug: ref }) } } : {}),
      ...(kind === 'former-unit' ? { successor: successor.trim() } : {}),
    }
  }

  async function run(action: WorkflowAction, note?: string) {
    setBusy(true)
    setProblem(null)
    try {
      if (action === 'approve' && (modified || !id)) {
        if (!(await publishForm())) return
      } else {
        if (modified && !(await saveDraft())) return
        const extra = action === 'unpublish' ? takedownBody() : {}
        const { ok, body } = await postJson(`${api}/${collectionSlug}/${id}/workflow`, { action, comment: note || undefined, ...extra }, lang)
        if (!ok) {
          const message = messageOf(body) ?? t(T.failed)
          setProblem(message)
          toast.error(message)
          return
        }
      }
      setDialog(null)
      setComment('')
      toast.success(t(T.done[action]))
      if (id) await reload(action)
    } finally {
      setBusy(false)
    }
  }

  async function runSchedule(action: ScheduleAction | 'cancel') {
    setBusy(true)
    setProblem(null)
    try {
      if (action !== 'cancel' && modified && !(await saveDraft())) return
      const at = action === 'cancel' ? undefined : when ? new Date(when).toISOString() : ''
      const { ok, body } = await postJson(`${api}/${collectionSlug}/${id}/schedule`, { action, at, comment: action === 'unpublish' ? comment : undefined }, lang)
      if (!ok) {
        const message = messageOf(body) ?? t(T.failed)
        setProblem(message)
        toast.error(message)
        return
      }
      setDialog(null)
      setComment('')
      toast.success(t(action === 'cancel' ? T.scheduleCancelled : T.scheduleDone))
      await refresh()
    } finally {
      setBusy(false)
    }
  }

  function open(which: Exclude<DialogKind, null>) {
    setProblem(null)
    setComment('')
    if (which === 'unpublish') {
      setKind('')
      setTargetCollection(collectionSlug ?? '')
      setTargetRef('')
      setSuccessor('')
    }
    if (which === 'schedule') {
      setScheduleAction(status?.schedule.includes('publish') && status.state !== 'published' ? 'publish' : (status?.schedule[status.schedule.length - 1] ?? 'publish'))
      setWhen(localInputValue(new Date(Date.now() + 60 * 60_000)))
    }
    setDialog(which)
  }

  if (!id) {
    return (
      <>
        {canPublishNew ? (
          <Button buttonStyle="primary" size="medium" id="workflow-approve" disabled={busy || uploading} onClick={() => void run('approve')}>
            {t(T.publish)}
          </Button>
        ) : null}
        <span style={{ alignSelf: 'center', fontSize: '0.85em', color: 'var(--theme-elevation-650)' }}>{t(T.saveFirst)}</span>
      </>
    )
  }
  if (!status) return error ? <span role="alert">{error}</span> : <span aria-live="polite">{t(T.loading)}</span>

  const changed = modified || unpublishedVersionCount > 0 || !hasPublishedDoc
  const shown = status.actions.filter((a) => (a === 'submit' || a === 'approve' ? status.state !== 'published' || changed : true))
  const primary: WorkflowAction | undefined = shown.includes('approve') ? 'approve' : shown.includes('submit') ? 'submit' : undefined
  const label = (a: WorkflowAction) => (a === 'approve' && status.state !== 'submitted' ? t(T.publish) : t(ACTION_LABELS[a]))
  const onClick = (a: WorkflowAction) => () => {
    if (a === 'return' || a === 'unpublish' || a === 'submit') open(a)
    else void run(a)
  }

  return (
    <>
      {shown.map((a) => (
        <Button key={a} id={`workflow-${a}`} buttonStyle={a === primary ? 'primary' : 'secondary'} size="medium" disabled={busy || uploading} onClick={onClick(a)}>
          {label(a)}
        </Button>
      ))}
      {status.schedule.length > 0 ? (
        <Button id="workflow-schedule" buttonStyle="secondary" size="medium" disabled={busy} onClick={() => open('schedule')}>
          {status.scheduled ? `${t(T.scheduled)}…` : t(T.schedule)}
        </Button>
      ) : null}

      <Dialog open={dialog === 'submit'} title={t(T.submitTitle)} onClose={() => setDialog(null)}>
        <label htmlFor="workflow-submit-comment" style={fieldLabelStyle}>
          {t(T.submitComment)}
        </label>
        <textarea id="workflow-submit-comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} style={{ ...inputStyle, width: '100%' }} />
        {problem ? <p role="alert">{problem}</p> : null}
        <div style={dialogButtonsStyle}>
          <Button buttonStyle="secondary" size="medium" onClick={() => setDialog(null)}>
            {t(T.cancel)}
          </Button>
          <Button buttonStyle="primary" size="medium" id="workflow-submit-confirm" disabled={busy} onClick={() => void run('submit', comment.trim())}>
            {t(ACTION_LABELS.submit)}
          </Button>
        </div>
      </Dialog>

      {(['return'] as const).map((kind) => (
        <Dialog key={kind} open={dialog === kind} title={t(kind === 'return' ? T.returnTitle : T.unpublishTitle)} onClose={() => setDialog(null)}>
          <label htmlFor={`workflow-${kind}-comment`} style={fieldLabelStyle}>
            {t(kind === 'return' ? T.returnComment : T.unpublishReason)} <span aria-hidden="true">*</span>
          </label>
          <textarea
            id={`workflow-${kind}-comment`}
            rows={4}
            required
            minLength={3}
            maxLength={kind === 'return' ? 2000 : 1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={`workflow-${kind}-hint`}
            style={{ ...inputStyle, width: '100%' }}
          />
          <p id={`workflow-${kind}-hint`} style={{ fontSize: '0.85em', margin: '0.25rem 0 0' }}>
            {t(T.commentTooShort)}
          </p>
          {problem ? <p role="alert">{problem}</p> : null}
          <div style={dialogButtonsStyle}>
            <Button buttonStyle="secondary" size="medium" onClick={() => setDialog(null)}>
              {t(T.cancel)}
            </Button>
            <Button buttonStyle="primary" size="medium" id={`workflow-${kind}-confirm`} disabled={busy || comment.trim().length < 3} onClick={() => void run(kind, comment.trim())}>
              {t(ACTION_LABELS[kind])}
            </Button>
          </div>
        </Dialog>
      ))}

      <Dialog open={dialog === 'unpublish'} title={t(T.unpublishTitle)} onClose={() => setDialog(null)}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={fieldLabelStyle}>
            {t(T.takedownKind)} <span aria-hidden="true">*</span>
          </legend>
          {TAKEDOWN_KINDS.map((k) => (
            <label key={k} style={{ display: 'block', margin: '0.25rem 0' }}>
              <input type="radio" name="workflow-takedown-kind" id={`workflow-takedown-${k}`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(TAKEDOWN_LABELS[k])}
            </label>
          ))}
        </fieldset>
        {kind === 'consolidated' ? (
          <>
            <label htmlFor="workflow-takedown-target-collection" style={fieldLabelStyle}>
              {t(T.takedownTargetCollection)}
            </label>
            <select id="workflow-takedown-target-collection" value={targetCollection} onChange={(e) => setTargetCollection(e.target.value)} style={inputStyle}>
              {(status.takedownTargets ?? []).map((c) => (
                <option key={c.slug} value={c.slug}>
                  {typeof c.label === 'string' ? c.label : t(c.label as Bilingual)}
                </option>
              ))}
            </select>
            <label htmlFor="workflow-takedown-target" style={fieldLabelStyle}>
              {t(T.takedownTargetSlug)} <span aria-hidden="true">*</span>
            </label>
            <input id="workflow-takedown-target" required value={targetRef} onChange={(e) => setTargetRef(e.target.value)} style={{ ...inputStyle, width: '100%' }} />
          </>
        ) : null}
        {kind === 'former-unit' ? (
          <>
            <label htmlFor="workflow-takedown-successor" style={fieldLabelStyle}>
              {t(T.takedownSuccessor)} <span aria-hidden="true">*</span>
            </label>
            <input id="workflow-takedown-successor" required value={successor} onChange={(e) => setSuccessor(e.target.value)} style={{ ...inputStyle, width: '100%' }} />
          </>
        ) : null}
        <label htmlFor="workflow-unpublish-comment" style={fieldLabelStyle}>
          {t(kind === 'withdrawn' ? T.unpublishPublicReason : kind === 'former-unit' ? T.unpublishOptionalReason : T.unpublishReason)} {kind === 'former-unit' ? null : <span aria-hidden="true">*</span>}
        </label>
        <textarea
          id="workflow-unpublish-comment"
          rows={4}
          required={kind !== 'former-unit'}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-describedby="workflow-unpublish-hint"
          style={{ ...inputStyle, width: '100%' }}
        />
        <p id="workflow-unpublish-hint" style={{ fontSize: '0.85em', margin: '0.25rem 0 0' }}>
          {kind ? (kind === 'former-unit' ? '' : t(T.commentTooShort)) : t(T.takedownChoose)}
        </p>
        {problem ? <p role="alert">{problem}</p> : null}
        <div style={dialogButtonsStyle}>
          <Button buttonStyle="secondary" size="medium" onClick={() => setDialog(null)}>
            {t(T.cancel)}
          </Button>
          <Button
            buttonStyle="error"
            size="medium"
            id="workflow-unpublish-confirm"
            disabled={
              busy ||
              !kind ||
              (kind !== 'former-unit' && comment.trim().length < 3) ||
              (kind === 'consolidated' && !targetRef.trim()) ||
              (kind === 'former-unit' && !successor.trim())
            }
            onClick={() => void run('unpublish', comment.trim())}
          >
            {t(ACTION_LABELS.unpublish)}
          </Button>
        </div>
      </Dialog>

      <Dialog open={dialog === 'schedule'} title={t(T.schedule)} onClose={() => setDialog(null)}>
        {status.scheduled ? (
          <p>
            <strong>{t(T.scheduled)}:</strong> {fill(t(T.scheduledFor), { action: t(SCHEDULE_LABELS[status.scheduled.action]), at: formatTime(status.scheduled.at, lang) })}{' '}
            <Button buttonStyle="secondary" size="small" id="workflow-schedule-cancel" disabled={busy} onClick={() => void runSchedule('cancel')}>
              {t(T.cancelSchedule)}
            </Button>
          </p>
        ) : null}
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={fieldLabelStyle}>{t(T.scheduleWhat)}</legend>
          {status.schedule.map((a) => (
            <label key={a} style={{ marginRight: '1.5rem' }}>
              <input type="radio" name="workflow-schedule-action" value={a} checked={scheduleAction === a} onChange={() => setScheduleAction(a)} /> {t(SCHEDULE_LABELS[a])}
            </label>
          ))}
        </fieldset>
        <label htmlFor="workflow-schedule-at" style={fieldLabelStyle}>
          {t(T.scheduleWhen)}
        </label>
        <input id="workflow-schedule-at" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} style={inputStyle} required />
        {scheduleAction === 'unpublish' ? (
          <>
            <label htmlFor="workflow-schedule-reason" style={fieldLabelStyle}>
              {t(T.unpublishReason)} <span aria-hidden="true">*</span>
            </label>
            <textarea id="workflow-schedule-reason" rows={3} required minLength={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} style={{ ...inputStyle, width: '100%' }} />
          </>
        ) : null}
        {status.scheduled ? <p style={{ fontSize: '0.85em' }}>{t(T.scheduleReplaces)}</p> : null}
        {problem ? <p role="alert">{problem}</p> : null}
        <div style={dialogButtonsStyle}>
          <Button buttonStyle="secondary" size="medium" onClick={() => setDialog(null)}>
            {t(T.close)}
          </Button>
          <Button
            buttonStyle="primary"
            size="medium"
            id="workflow-schedule-confirm"
            disabled={busy || !when || (scheduleAction === 'unpublish' && comment.trim().length < 3)}
            onClick={() => void runSchedule(scheduleAction)}
          >
            {t(T.scheduleSave)}
          </Button>
        </div>
      </Dialog>
    </>
  )
}

/** Payload's unpublish menu item, replaced: the workflow's "Gỡ xuất bản" asks for the reason. */
export function NoUnpublishButton() {
  return null
}
