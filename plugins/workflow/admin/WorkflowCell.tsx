'use client'
/** The state column of lists: the latest draft's workflow state and its pending schedule. */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import type { ScheduleAction, WorkflowState } from '../rules'
import { StateBadge } from './StateBadge'

type Row = { workflow?: { state?: WorkflowState; scheduledAt?: string | null; scheduledAction?: ScheduleAction | null } }

export function WorkflowCell({ rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const workflow = (rowData as Row | undefined)?.workflow
  const scheduled = workflow?.scheduledAt && workflow.scheduledAction ? { at: workflow.scheduledAt, action: workflow.scheduledAction } : null
  return <StateBadge state={workflow?.state ?? 'draft'} scheduled={scheduled} language={i18n.language} />
}
