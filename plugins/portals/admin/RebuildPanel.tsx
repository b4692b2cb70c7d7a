/**
 * Above the builds list (Xây dựng cổng): central IT's full rebuild, with its progress and time
 * left (ADR 0026). Platform admins only; site admins see the list without it.
 */
import type { Payload } from 'payload'
import React from 'react'

import { isPlatformAdmin, type SessionUser } from '../../../cms/src/access/roles'
import { latestRun, runProgress } from '../build/rebuild'
import { RebuildProgress } from './RebuildProgress'

export async function RebuildPanel(props: { payload: Payload; user?: unknown }) {
  if (!isPlatformAdmin(props.user as SessionUser | null | undefined)) return null
  const run = await latestRun(props.payload)
  return <RebuildProgress apiRoute={props.payload.config.routes.api} initial={run ? await runProgress(props.payload, run) : null} />
}
