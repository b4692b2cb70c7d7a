'use client'
/** A modal dialog on the browser's own `<dialog>` (focus kept inside, Esc closes, focus returns). */
import React, { useEffect, useId, useRef } from 'react'

export function Dialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="cong-dialog"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-bg)',
        color: 'var(--theme-text)',
        padding: '1.5rem',
        width: 'min(34rem, calc(100vw - 2rem))',
      }}
    >
      <h2 id={titleId} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  )
}

export const fieldLabelStyle: React.CSSProperties = { display: 'block', fontWeight: 600, margin: '0.75rem 0 0.35rem' }
export const dialogButtonsStyle: React.CSSProperties = { display: 'flex', gap: '0.75rem', justifyContent: 'flex-end', marginTop: '1.25rem', flexWrap: 'wrap' }
