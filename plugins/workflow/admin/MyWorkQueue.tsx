'use client'
/**
 * The sections of "Việc của tôi" with their counts, items waiting for the user first, and the
 * steps each item allows right there (approve, return with a comment, submit), then the queue
 * reloads from the server.
 */
import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState, useTransition } from 'react'

import { type Bilingual, fill, inputStyle, pick } from '../../../cms/src/admin/text'
import type { MyWork, WorkItem } from '../myWork'
import type { WorkflowAction } from '../rules'
import { MY_WORK_TEXT as W } from './myWorkText'
import { StateBadge } from './StateBadge'
import { ACTION_LABELS, formatTime, T } from './text'

type SectionKey = keyof MyWork['counts']
const ORDER: SectionKey[] = ['toReview', 'returned', 'drafts', 'waiting']
const ANCHORS: Record<SectionKey, string> = { toReview: 'cho-toi-duyet', returned: 'bi-tra-lai', drafts: 'ban-nhap', waiting: 'dang-cho-duyet' }
/** Steps offered in the queue (unpublishing is done from the document itself). */
const QUEUE_ACTIONS: WorkflowAction[] = ['approve', 'return', 'submit']

function Row({ item, section, apiRoute, adminRoute, language }: { item: WorkItem; section: SectionKey; apiRoute: string; adminRoute: string; language: string }) {
  const t = (text: Bilingual) => pick(language, text)
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [busy, setBusy] = useState(false)
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  const actions = QUEUE_ACTIONS.filter((a) => item.actions.includes(a) && !(a === 'submit' && section === 'toReview'))
  const href = `${adminRoute}/collections/${item.collection}/${item.id}`
  const key = `${item.collection}-${item.id}`

  async function act(action: WorkflowAction, note?: string) {
    setBusy(true)
    try {
      const res = await fetch(`${apiRoute}/${item.collection}/${item.id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ action, comment: note || undefined }),
      })
      const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null
      if (!res.ok) {
        toast.error(body?.errors?.[0]?.message ?? t(T.failed))
        return
      }
      toast.success(`${t(T.done[action])} ${item.title}`)
      setReturning(false)
      startTransition(() => router.refresh())
    } finally {
      setBusy(false)
    }
  }

  return (
    <tr data-item={key}>
      <td>
        <a href={href}>{item.title}</a>
        {item.note && (item.state === 'returned' || section === 'toReview') ? (
          <span style={{ display: 'block', fontSize: '0.85em' }}>
            {t(T.lastNote)}: <em>{item.note}</em>
          </span>
        ) : null}
      </td>
      <td>{t(item.type)}</td>
      <td>{item.siteName ?? ''}</td>
      <td>
        <StateBadge state={item.state} scheduled={item.scheduled} language={language} />
      </td>
      <td>
        <time dateTime={item.updatedAt}>{formatTime(item.updatedAt, language)}</time>
      </td>
      <td>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem', alignItems: 'center' }}>
          {actions.map((a) => (
            <Button
              key={a}
              size="small"
              margin={false}
              buttonStyle={a === 'approve' ? 'primary' : 'secondary'}
              disabled={busy || pending}
              aria-expanded={a === 'return' ? returning : undefined}
              onClick={() => (a === 'return' ? setReturning((r) => !r) : void act(a))}
              extraButtonProps={{ 'data-action': a }}
            >
              {a === 'approve' && item.state !== 'submitted' ? t(T.publish) : t(ACTION_LABELS[a])}
            </Button>
          ))}
          <Button size="small" margin={false} buttonStyle="subtle" el="anchor" url={href}>
            {t(W.open)}
          </Button>
        </div>
        {returning ? (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              if (comment.trim().length >= 3) void act('return', comment.trim())
            }}
            style={{ marginTop: '0.5rem' }}
          >
            <label htmlFor={`return-${key}`} style={{ display: 'block', fontWeight: 600 }}>
              {fill(t(W.returnComment), { title: item.title })}
            </label>
            <textarea id={`return-${key}`} required minLength={3} maxLength={2000} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} style={{ ...inputStyle, width: '100%' }} />
            <Button type="submit" size="small" buttonStyle="primary" margin={false} disabled={busy || comment.trim().length < 3}>
              {t(W.returnSend)}
            </Button>
          </form>
        ) : null}
      </td>
    </tr>
  )
}

export function MyWorkQueue({ work, apiRoute, adminRoute }: { work: MyWork; apiRoute: string; adminRoute: string }) {
  const { i18n } = useTranslation()
  const language = i18n.language
  const t = (text: Bilingual) => pick(language, text)
  return (
    <>
      <nav aria-label={t(W.summary)}>
        <ul className="my-work-counts" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', listStyle: 'none', padding: 0, margin: '0 0 2rem' }}>
          {ORDER.map((key) => (
            <li key={key}>
              <a
                href={`#${ANCHORS[key]}`}
                data-count={key}
                style={{ display: 'block', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: '0.6rem 1rem', textDecoration: 'none', color: 'inherit' }}
              >
                <strong style={{ fontSize: '1.5rem', display: 'block' }}>{work.counts[key]}</strong>
                {t(W.sections[key].title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {ORDER.map((key) => {
        const items = work[key]
        return (
          <section key={key} aria-labelledby={ANCHORS[key]} style={{ marginBottom: '2rem' }}>
            <h2 id={ANCHORS[key]}>
              {t(W.sections[key].title)} ({work.counts[key]})
            </h2>
            {items.length === 0 ? (
              <p>{t(W.sections[key].empty)}</p>
            ) : (
              <>
                <div style={{ overflowX: 'auto' }}>
                  <table className="table my-work-table" style={{ width: '100%' }}>
                    <thead>
                      <tr>
                        <th scope="col">{t(W.colTitle)}</th>
                        <th scope="col">{t(W.colType)}</th>
                        <th scope="col">{t(W.colSite)}</th>
                        <th scope="col">{t(W.colState)}</th>
                        <th scope="col">{t(W.colUpdated)}</th>
                        <th scope="col">{t(W.colActions)}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((item) => (
                        <Row key={`${item.collection}-${item.id}`} item={item} section={key} apiRoute={apiRoute} adminRoute={adminRoute} language={language} />
                      ))}
                    </tbody>
                  </table>
                </div>
                {work.counts[key] > items.length ? <p>{fill(t(W.showing), { shown: items.length, total: work.counts[key] })}</p> : null}
              </>
            )}
          </section>
        )
      })}
    </>
  )
}
