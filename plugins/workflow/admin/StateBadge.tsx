'use client'
import React from 'react'

import { badgeStyle, type Bilingual, fill, pick } from '../../../cms/src/admin/text'
import type { ScheduleAction, WorkflowState } from '../rules'
import { formatTime, SCHEDULE_LABELS, STATE_LABELS, STATE_TONES, T } from './text'

/** A document's workflow state as text in a coloured box (never colour alone), and its schedule. */
export function StateBadge({ state, scheduled, language }: { state: WorkflowState; scheduled?: { action: ScheduleAction; at: string } | null; language: string }) {
  const t = (text: Bilingual) => pick(language, text)
  return (
    <span>
      <span className="workflow-state" data-state={state} style={badgeStyle(STATE_TONES[state] ?? 'neutral')}>
        {t(STATE_LABELS[state] ?? { vi: state, en: state })}
      </span>
      {scheduled ? (
        <span className="workflow-scheduled" style={badgeStyle('neutral')} title={fill(t(T.scheduledFor), { action: t(SCHEDULE_LABELS[scheduled.action]), at: formatTime(scheduled.at, language) })}>
          {t(T.scheduled)}: {t(SCHEDULE_LABELS[scheduled.action]).toLowerCase()} {formatTime(scheduled.at, language)}
        </span>
      ) : null}
    </span>
  )
}
