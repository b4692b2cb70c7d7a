'use client'

/**
 * The moderator console: a session's (or a site's Q&A) questions, arriving without reloading
 * (the console stream tells it when to fetch what changed), with one keystroke per action.
 * Similar earlier questions are computed here, in the browser, from the questions loaded.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { errorMessage, inputStyle, pick } from '../../../cms/src/admin/text'
import { compareIds } from '../../../cms/src/lib/ids'
import { QUESTION_STATE_LABELS, SESSION_STATE_LABELS, type SessionState } from '../../../cms/src/contracts/dialogue'
import type { ConsoleData, ConsoleSession, StaffQuestion } from '../endpoints'
import { features, mostSimilar, type QuestionFeatures } from '../similarity'
import { SHORTCUTS, T, TABS } from './text'

export type ConsoleScope = { kind: 'session'; sessionId: string } | { kind: 'qa'; siteId: string }

type Bilingual = { vi: string; en: string }
type Mode = null | 'reject' | 'edit' | 'merge' | 'answer' | 'assign'
type TabKey = (typeof TABS)[number]['key']

const LIST_LIMIT = 300

function inTab(q: StaffQuestion, tab: TabKey): boolean {
  switch (tab) {
    case 'pending':
      return q.state === 'pending' && !q.held
    case 'held':
      return q.state === 'pending' && q.held
    case 'approved':
      return q.state === 'approved'
    case 'answered':
      return q.state === 'answered'
    case 'closed':
      return q.state === 'merged' || q.state === 'rejected' || q.state === 'hidden'
    default:
      return true
  }
}

function order(tab: TabKey) {
  if (tab === 'answered' || tab === 'approved') {
    return (a: StaffQuestion, b: StaffQuestion) => a.displayOrder - b.displayOrder || (a.answerAt ?? a.receivedAt).localeCompare(b.answerAt ?? b.receivedAt)
  }
  return (a: StaffQuestion, b: StaffQuestion) => a.receivedAt.localeCompare(b.receivedAt) || compareIds(a.id, b.id)
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '')

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: '0.75rem 1rem', marginBottom: '1rem' }
const button: React.CSSProperties = { ...inputStyle, padding: '6px 12px', cursor: 'pointer', fontWeight: 600 }
const badge = (tone: 'warn' | 'info' | 'ok'): React.CSSProperties => ({
  display: 'inline-block',
  padding: '0 6px',
  marginInlineEnd: 6,
  borderRadius: 4,
  fontSize: '0.8125rem',
  fontWeight: 700,
  background: tone === 'warn' ? '#7a2e0e' : tone === 'ok' ? '#0f5132' : '#1f3a93',
  color: '#fff',
})

function Key({ children }: { children: React.ReactNode }) {
  return <kbd style={{ fontSize: '0.75rem', border: '1px solid var(--theme-elevation-400)', borderRadius: 3, padding: '0 4px', marginInlineStart: 6 }}>{children}</kbd>
}

export function Console({ scope, apiRoute, adminRoute }: { scope: ConsoleScope; apiRoute: string; adminRoute: string }) {
  const { i18n } = useTranslation()
  const t = useCallback((text: Bilingual) => pick(i18n.language, text), [i18n.language])
  const [session, setSession] = useState<ConsoleSession | null>(null)
  const [rows, setRows] = useState<Map<string, StaffQuestion>>(new Map())
  const [loaded, setLoaded] = useState(false)
  const [tab, setTab] = useState<TabKey>('pending')
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [mode, setMode] = useState<Mode>(null)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [connection, setConnection] = useState<'live' | 'polling' | 'loading'>('loading')
  const [showHelp, setShowHelp] = useState(false)
  const [reason, setReason] = useState('')
  const [draft, setDraft] = useState({ publicText: '', displayName: '', topic: '', answer: '', by: '', order: '0' })
  /** The moderator typed in the selected question's fields since they were last filled. */
  const dirty = useRef(false)
  const shownId = useRef<string | null>(null)
  const edit = (next: typeof draft) => {
    dirty.current = true
    setDraft(next)
  }
  const since = useRef<string | null>(null)
  const loading = useRef<Promise<void> | null>(null)
  const again = useRef(false)
  const featureCache = useRef(new Map<string, { text: string; f: QuestionFeatures }>())
  const refs = {
    list: useRef<HTMLUListElement>(null),
    reason: useRef<HTMLInputElement>(null),
    publicText: useRef<HTMLTextAreaElement>(null),
    guest: useRef<HTMLSelectElement>(null),
    answer: useRef<HTMLTextAreaElement>(null),
    firstMerge: useRef<HTMLButtonElement>(null),
  }

  const base = scope.kind === 'session' ? `${apiRoute}/dialogue-sessions/${scope.sessionId}/console` : `${apiRoute}/qa-console/${scope.siteId}`
  const streamUrl = scope.kind === 'session' ? `${apiRoute}/dialogue/console-stream?session=${scope.sessionId}` : `${apiRoute}/dialogue/console-stream?site=${scope.siteId}`

  const upsert = useCallback((questions: StaffQuestion[]) => {
    if (questions.length === 0) return
    setRows((current) => {
      const next = new Map(current)
      for (const q of questions) {
        const old = next.get(q.id)
        if (!old || old.updatedAt <= q.updatedAt) next.set(q.id, q)
      }
      return next
    })
  }, [])

  /** Fetch what changed since the last load (everything the first time); one load at a time. */
  const refresh = useCallback((): Promise<void> => {
    if (loading.current) {
      again.current = true
      return loading.current
    }
    const run = async () => {
      const url = since.current ? `${base}?since=${encodeURIComponent(since.current)}` : base
      const res = await fetch(url, { credentials: 'include', cache: 'no-store' })
      const body = (await res.json().catch(() => null)) as ConsoleData | null
      if (!res.ok || !body) throw new Error(errorMessage(body, t(T.failed)))
      // Rows changed while this answer was being prepared come again next time (a second of overlap).
      since.current = new Date(Date.parse(body.now) - 2000).toISOString()
      setSession(body.session)
      upsert(body.questions)
      setLoaded(true)
    }
    loading.current = run()
      .catch((err: Error) => setMessage({ error: true, text: err.message }))
      .finally(() => {
        loading.current = null
        if (again.current) {
          again.current = false
          void refresh()
        }
      })
    return loading.current
  }, [base, t, upsert])

  useEffect(() => {
    void refresh()
    let timer: ReturnType<typeof setInterval> | null = null
    let stream: EventSource | null = null
    let failures = 0
    const poll = () => {
      setConnection('polling')
      timer ??= setInterval(() => void refresh(), 3000)
    }
    if (typeof EventSource === 'undefined') poll()
    else {
      stream = new EventSource(streamUrl, { withCredentials: true })
      stream.addEventListener('ready', () => {
        failures = 0
        setConnection('live')
        void refresh()
      })
      stream.addEventListener('changed', () => void refresh())
      stream.onerror = () => {
        failures++
        if (stream && (stream.readyState === EventSource.CLOSED || failures > 3)) {
          stream.close()
          poll()
        }
      }
    }
    return () => {
      stream?.close()
      if (timer) clearInterval(timer)
    }
  }, [refresh, streamUrl])

  const list = useMemo(() => [...rows.values()].filter((q) => inTab(q, tab)).sort(order(tab)), [rows, tab])
  const counts = useMemo(() => {
    const c: Record<string, number> = {}
    for (const tabDef of TABS) c[tabDef.key] = 0
    for (const q of rows.values()) for (const tabDef of TABS) if (inTab(q, tabDef.key)) c[tabDef.key]!++
    return c
  }, [rows])
  const selected = selectedId ? (rows.get(selectedId) ?? null) : null

  useEffect(() => {
    if (!selectedId && list.length > 0) setSelectedId(list[0]!.id)
  }, [list, selectedId])

  useEffect(() => {
    if (!selected) return
    // A change from the server (another moderator, the stream) must not wipe what is being typed.
    if (shownId.current === selected.id && dirty.current) return
    shownId.current = selected.id
    dirty.current = false
    setDraft({
      publicText: selected.publicText ?? '',
      displayName: selected.displayName ?? '',
      topic: selected.topic ?? '',
      answer: selected.answerText,
      by: selected.answerBy ?? session?.guests.find((g) => g.id === selected.assignedGuest)?.name ?? '',
      order: String(selected.displayOrder),
    })
    setReason(selected.rejectReason ?? '')
    // Only when another question is selected or it changed on the server.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected?.id, selected?.updatedAt])

  const featuresOf = useCallback((q: StaffQuestion) => {
    const text = q.publicText ?? q.text
    const hit = featureCache.current.get(q.id)
    if (hit && hit.text === text) return hit.f
    const f = features(text)
    featureCache.current.set(q.id, { text, f })
    return f
  }, [])

  const similar = useMemo(() => {
    if (!selected) return []
    const candidates = [...rows.values()]
      .filter((q) => q.id !== selected.id && q.receivedAt <= selected.receivedAt && !['merged', 'rejected', 'hidden'].includes(q.state))
      .map((q) => ({ item: q, features: featuresOf(q) }))
    return mostSimilar(featuresOf(selected), candidates, 5, 0.15)
  }, [selected, rows, featuresOf])

  const moveSelection = useCallback(
    (delta: number) => {
      if (list.length === 0) return
      const index = selectedId ? list.findIndex((q) => q.id === selectedId) : -1
      const next = list[Math.max(0, Math.min(list.length - 1, index + delta))]!
      setSelectedId(next.id)
      setMode(null)
      document.getElementById(`cau-hoi-${next.id}`)?.scrollIntoView({ block: 'nearest' })
    },
    [list, selectedId],
  )

  const post = useCallback(
    async (url: string, method: string, body: unknown) => {
      const res = await fetch(url, { method, credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      const json = await res.json().catch(() => null)
      if (!res.ok) throw new Error(errorMessage(json, t(T.failed)))
      return json
    },
    [t],
  )

  /** One moderation action on the selected question; the list moves on to the next one. */
  const act = useCallback(
    async (body: Record<string, unknown>, q: StaffQuestion | null = selected) => {
      if (!q) return
      const index = list.findIndex((row) => row.id === q.id)
      try {
        const json = (await post(`${apiRoute}/questions/${q.id}/moderate`, 'POST', body)) as { question: StaffQuestion }
        dirty.current = false
        upsert([json.question])
        setMessage({ error: false, text: `${q.receiptCode}: ${t(QUESTION_STATE_LABELS[json.question.state])}. ${t(T.saved)}` })
        setMode(null)
        if (!inTab(json.question, tab)) {
          const rest = list.filter((row) => row.id !== q.id)
          setSelectedId(rest[Math.min(index, rest.length - 1)]?.id ?? null)
        }
        refs.list.current?.focus()
      } catch (err) {
        setMessage({ error: true, text: (err as Error).message })
      }
    },
    [selected, list, post, apiRoute, upsert, t, tab, refs.list],
  )

  const pin = useCallback(async () => {
    if (scope.kind !== 'session' || !session) return
    const target = selected && session.pinned !== selected.id ? selected.id : null
    try {
      const json = (await post(`${apiRoute}/dialogue-sessions/${session.id}/pin`, 'POST', { question: target })) as { session: ConsoleSession }
      setSession(json.session)
      setMessage({ error: false, text: t(T.saved) })
    } catch (err) {
      setMessage({ error: true, text: (err as Error).message })
    }
  }, [scope.kind, session, selected, post, apiRoute, t])

  const moveSession = useCallback(
    async (state: SessionState) => {
      if (!session) return
      if ((state === 'closed' || state === 'archived') && !window.confirm(`${t(T.moveTo)} “${t(SESSION_STATE_LABELS[state])}”?`)) return
      try {
        await post(`${apiRoute}/dialogue-sessions/${session.id}?depth=0`, 'PATCH', { state })
        await refresh()
        since.current = null
        await refresh()
        setMessage({ error: false, text: `${t(T.state)}: ${t(SESSION_STATE_LABELS[state])}` })
      } catch (err) {
        setMessage({ error: true, text: (err as Error).message })
      }
    },
    [session, post, apiRoute, refresh, t],
  )

  const publishAnswer = useCallback((publish: boolean) => act({ action: 'answer', text: draft.answer, by: draft.by || null, publish }), [act, draft])
  const saveEdit = useCallback(async () => {
    const order = Number.parseInt(draft.order, 10)
    if (selected && Number.isInteger(order) && order !== selected.displayOrder) await act({ action: 'order', displayOrder: order })
    await act({ action: 'edit', publicText: draft.publicText || null, displayName: draft.displayName || null, topic: draft.topic || null })
  }, [act, draft, selected])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setMode(null)
        setShowHelp(false)
        refs.list.current?.focus()
        return
      }
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      if (mode === 'merge' && /^[1-5]$/.test(e.key)) {
        const target = similar[Number(e.key) - 1]
        if (target) {
          e.preventDefault()
          void act({ action: 'merge', into: target.item.id })
        }
        return
      }
      const tabIndex = /^[1-6]$/.test(e.key) ? Number(e.key) - 1 : -1
      if (tabIndex >= 0) {
        setTab(TABS[tabIndex]!.key)
        setSelectedId(null)
        return
      }
      const handlers: Record<string, () => void> = {
        j: () => moveSelection(1),
        ArrowDown: () => moveSelection(1),
        k: () => moveSelection(-1),
        ArrowUp: () => moveSelection(-1),
        a: () => void act({ action: 'approve' }),
        r: () => {
          setMode('reject')
          setTimeout(() => refs.reason.current?.focus())
        },
        // These fields are always on the page: focus them at once, so that the next keys typed
        // go into the field, not to the shortcuts.
        e: () => {
          setMode('edit')
          refs.publicText.current?.focus()
        },
        g: () => {
          setMode('assign')
          refs.guest.current?.focus()
        },
        m: () => {
          setMode('merge')
          refs.firstMerge.current?.focus()
        },
        w: () => {
          setMode('answer')
          refs.answer.current?.focus()
        },
        p: () => void pin(),
        h: () => void act({ action: 'hide' }),
        u: () => void act({ action: 'restore' }),
        '?': () => setShowHelp((v) => !v),
      }
      const handler = handlers[e.key]
      if (handler && (selected || e.key === '?' || e.key === 'j' || e.key === 'k')) {
        e.preventDefault()
        handler()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [mode, similar, act, moveSelection, pin, selected, refs.list, refs.reason, refs.publicText, refs.guest, refs.firstMerge, refs.answer])

  const guests = session?.guests ?? []
  const guestName = (id: string | null) => guests.find((g) => g.id === id)?.name ?? null
  const byId = (id: string | null) => (id ? rows.get(id) : undefined)

  return (
    <div data-console>
      {session && (
        <section aria-label={t(T.state)} style={{ ...box, display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'center' }}>
          <strong>
            {t(T.state)}: <span data-session-state>{t(SESSION_STATE_LABELS[session.state])}</span>
          </strong>
          {session.next.map((state) => (
            <button key={state} type="button" style={button} onClick={() => void moveSession(state)}>
              {t(T.moveTo)}: {t(SESSION_STATE_LABELS[state])}
            </button>
          ))}
          <span style={{ marginInlineStart: 'auto' }}>
            {t(T.pinned)}: {session.pinned ? `${byId(session.pinned)?.receiptCode ?? session.pinned} – ${(byId(session.pinned)?.publicText ?? byId(session.pinned)?.text ?? '').slice(0, 80)}` : t(T.nothingPinned)}
          </span>
        </section>
      )}
      <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <span aria-live="polite">{connection === 'live' ? `● ${t(T.live)}` : connection === 'polling' ? t(T.polling) : t(T.loading)}</span>
        <button type="button" style={button} onClick={() => setShowHelp((v) => !v)} aria-expanded={showHelp} aria-keyshortcuts="?">
          {t(T.help)} <Key>?</Key>
        </button>
      </p>
      {showHelp && (
        <dl style={{ ...box, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem' }}>
          {SHORTCUTS.map((s) => (
            <React.Fragment key={s.keys}>
              <dt>
                <kbd>{s.keys}</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{t(s.what)}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
      <div role="status" aria-live="polite" style={{ minHeight: '1.5rem', color: message?.error ? 'var(--theme-error-500)' : undefined, fontWeight: 600 }}>
        {message?.text}
      </div>
      <div role="tablist" aria-label={t(T.questions)} style={{ display: 'flex', flexWrap: 'wrap', gap: 6, margin: '0.5rem 0' }}>
        {TABS.map((tabDef, i) => (
          <button
            key={tabDef.key}
            type="button"
            role="tab"
            aria-selected={tab === tabDef.key}
            aria-keyshortcuts={String(i + 1)}
            style={{ ...button, background: tab === tabDef.key ? 'var(--theme-elevation-800)' : undefined, color: tab === tabDef.key ? 'var(--theme-bg)' : undefined }}
            onClick={() => {
              setTab(tabDef.key)
              setSelectedId(null)
            }}
          >
            {t(tabDef.label)} ({counts[tabDef.key] ?? 0})
            <Key>{i + 1}</Key>
          </button>
        ))}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(18rem, 2fr) minmax(22rem, 3fr)', gap: '1rem', alignItems: 'start' }}>
        <div>
          {!loaded ? (
            <p>{t(T.loading)}</p>
          ) : list.length === 0 ? (
            <p>{t(T.none)}</p>
          ) : (
            <ul ref={refs.list} tabIndex={-1} aria-label={t(T.questions)} style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: '70vh', overflowY: 'auto', outline: 'none' }}>
              {list.slice(0, LIST_LIMIT).map((q) => (
                <li key={q.id} id={`cau-hoi-${q.id}`}>
                  <button
                    type="button"
                    aria-current={q.id === selectedId ? 'true' : undefined}
                    onClick={() => {
                      setSelectedId(q.id)
                      setMode(null)
                    }}
                    style={{
                      display: 'block',
                      width: '100%',
                      textAlign: 'start',
                      padding: '0.5rem 0.75rem',
                      border: 'none',
                      borderInlineStart: q.id === selectedId ? '4px solid var(--theme-success-500)' : '4px solid transparent',
                      borderBottom: '1px solid var(--theme-elevation-100)',
                      background: q.id === selectedId ? 'var(--theme-elevation-100)' : 'transparent',
                      color: 'inherit',
                      font: 'inherit',
                      cursor: 'pointer',
                    }}
                  >
                    <span style={{ display: 'block', fontSize: '0.8125rem', opacity: 0.85 }}>
                      {q.held && <span style={badge('warn')}>{t(T.held)}</span>}
                      {session?.pinned === q.id && <span style={badge('ok')}>{t(T.pinned)}</span>}
                      {q.receiptCode} · {q.askerName} · {time(q.receivedAt)}
                      {q.assignedGuest && ` · ${guestName(q.assignedGuest) ?? ''}`}
                    </span>
                    <span data-question-text>{(q.publicText ?? q.text).slice(0, 160)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {list.length > LIST_LIMIT && <p>{t(T.more)}</p>}
        </div>
        <div>
          {!selected ? (
            <p>{t(T.select)}</p>
          ) : (
            <section aria-label={selected.receiptCode} data-selected={selected.id}>
              <p style={{ marginTop: 0 }}>
                <strong>{t(QUESTION_STATE_LABELS[selected.state])}</strong> · {t(T.receipt)} {selected.receiptCode} · {t(T.received)} {time(selected.receivedAt)}
                {selected.held && (
                  <>
                    {' '}
                    · <span style={badge('warn')}>{t(T.held)}</span>
                    {selected.holdReasons}
                  </>
                )}
                {selected.mergedInto && ` · ${t(T.mergedInto)} ${byId(selected.mergedInto)?.receiptCode ?? selected.mergedInto}`}
              </p>
              <div style={box}>
                <strong>{t(T.original)}</strong> – {selected.askerName}
                <p style={{ whiteSpace: 'pre-wrap', margin: '0.5rem 0 0' }}>{selected.text}</p>
              </div>

              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: '1rem' }}>
                <button type="button" style={button} aria-keyshortcuts="a" onClick={() => void act({ action: 'approve' })}>
                  {t(T.approve)} <Key>a</Key>
                </button>
                <button type="button" style={button} aria-keyshortcuts="r" onClick={() => setMode('reject')}>
                  {t(T.reject)} <Key>r</Key>
                </button>
                <button type="button" style={button} aria-keyshortcuts="h" onClick={() => void act({ action: 'hide' })}>
                  {t(T.hide)} <Key>h</Key>
                </button>
                <button type="button" style={button} aria-keyshortcuts="u" onClick={() => void act({ action: 'restore' })}>
                  {t(T.restore)} <Key>u</Key>
                </button>
                {scope.kind === 'session' && (
                  <button type="button" style={button} aria-keyshortcuts="p" onClick={() => void pin()}>
                    {session?.pinned === selected.id ? t(T.unpin) : t(T.pin)} <Key>p</Key>
                  </button>
                )}
                <a href={`${adminRoute}/collections/questions/${selected.id}`} style={{ alignSelf: 'center' }}>
                  {t(T.edit)}
                </a>
              </div>

              {mode === 'reject' && (
                <form
                  style={box}
                  onSubmit={(e) => {
                    e.preventDefault()
                    void act({ action: 'reject', reason })
                  }}
                >
                  <label htmlFor="ly-do" style={{ display: 'block', fontWeight: 600 }}>
                    {t(T.rejectReason)}
                  </label>
                  <input id="ly-do" ref={refs.reason} style={{ ...inputStyle, width: '100%' }} value={reason} onChange={(e) => {
                      dirty.current = true
                      setReason(e.target.value)
                    }} required maxLength={1000} />
                  <button type="submit" style={{ ...button, marginTop: 6 }}>
                    {t(T.reject)}
                  </button>
                </form>
              )}

              <div style={box}>
                <strong>{t(T.similar)}</strong> <Key>m</Key>
                {similar.length === 0 ? (
                  <p style={{ margin: '0.5rem 0 0' }}>{t(T.noSimilar)}</p>
                ) : (
                  <ol style={{ margin: '0.5rem 0 0', paddingInlineStart: '1.25rem' }} data-similar>
                    {similar.map((s, i) => (
                      <li key={s.item.id} style={{ marginBottom: 6 }}>
                        <span style={badge('info')}>{Math.round(s.score * 100)}%</span>
                        {s.item.receiptCode} ({t(QUESTION_STATE_LABELS[s.item.state])}): {(s.item.publicText ?? s.item.text).slice(0, 200)}{' '}
                        <button
                          type="button"
                          ref={i === 0 ? refs.firstMerge : undefined}
                          style={button}
                          aria-keyshortcuts={mode === 'merge' ? String(i + 1) : undefined}
                          onClick={() => void act({ action: 'merge', into: s.item.id })}
                        >
                          {t(T.mergeInto)} {s.item.receiptCode}
                          {mode === 'merge' && <Key>{i + 1}</Key>}
                        </button>
                      </li>
                    ))}
                  </ol>
                )}
              </div>

              <form
                style={box}
                onSubmit={(e) => {
                  e.preventDefault()
                  void saveEdit()
                }}
              >
                <label htmlFor="ban-cong-khai" style={{ display: 'block', fontWeight: 600 }}>
                  {t(T.publicText)} <Key>e</Key>
                </label>
                <textarea
                  id="ban-cong-khai"
                  ref={refs.publicText}
                  rows={3}
                  style={{ ...inputStyle, width: '100%' }}
                  value={draft.publicText}
                  onChange={(e) => edit({ ...draft, publicText: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault()
                      void saveEdit()
                    }
                  }}
                />
                <div style={{ display: 'flex', gap: 8, marginTop: 6, flexWrap: 'wrap' }}>
                  <label>
                    {t(T.displayName)}{' '}
                    <input style={inputStyle} value={draft.displayName} onChange={(e) => edit({ ...draft, displayName: e.target.value })} maxLength={150} />
                  </label>
                  <label>
                    {t(T.topic)} <input style={inputStyle} value={draft.topic} onChange={(e) => edit({ ...draft, topic: e.target.value })} maxLength={100} />
                  </label>
                  <label>
                    {t(T.order)}{' '}
                    <input type="number" style={{ ...inputStyle, width: '6rem' }} value={draft.order} onChange={(e) => edit({ ...draft, order: e.target.value })} step={1} />
                  </label>
                  <button type="submit" style={button}>
                    {t(T.saveEdit)}
                  </button>
                </div>
              </form>

              {scope.kind === 'session' && (
                <div style={box}>
                  <label htmlFor="khach-moi" style={{ display: 'block', fontWeight: 600 }}>
                    {t(T.guest)} <Key>g</Key>
                  </label>
                  <select
                    id="khach-moi"
                    ref={refs.guest}
                    style={inputStyle}
                    value={selected.assignedGuest ?? ''}
                    onChange={(e) => {
                      const guest = e.target.value || null
                      if (guest && !draft.by) setDraft({ ...draft, by: guestName(guest) ?? '' })
                      void act({ action: 'assign', guest })
                    }}
                  >
                    <option value="">{t(T.noGuest)}</option>
                    {guests.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                        {g.position ? `, ${g.position}` : ''}
                      </option>
                    ))}
                  </select>
                </div>
              )}

              <form
                style={box}
                onSubmit={(e) => {
                  e.preventDefault()
                  void publishAnswer(true)
                }}
              >
                <label htmlFor="tra-loi" style={{ display: 'block', fontWeight: 600 }}>
                  {t(T.answer)} <Key>w</Key>
                </label>
                <textarea
                  id="tra-loi"
                  ref={refs.answer}
                  rows={6}
                  style={{ ...inputStyle, width: '100%' }}
                  value={draft.answer}
                  onChange={(e) => edit({ ...draft, answer: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault()
                      void publishAnswer(true)
                    }
                  }}
                />
                <div style={{ display: 'flex', gap: 8, marginTop: 6, flexWrap: 'wrap', alignItems: 'center' }}>
                  <label>
                    {t(T.answerBy)} <input style={inputStyle} value={draft.by} onChange={(e) => edit({ ...draft, by: e.target.value })} maxLength={200} />
                  </label>
                  <button type="submit" style={button} aria-keyshortcuts="Control+Enter">
                    {t(T.publish)} <Key>Ctrl+Enter</Key>
                  </button>
                  <button type="button" style={button} onClick={() => void publishAnswer(false)}>
                    {t(T.saveDraft)}
                  </button>
                  {selected.state === 'answered' && (
                    <button type="button" style={button} onClick={() => void act({ action: 'unanswer' })}>
                      {t(T.unanswer)}
                    </button>
                  )}
                </div>
              </form>
            </section>
          )}
        </div>
      </div>
    </div>
  )
}
