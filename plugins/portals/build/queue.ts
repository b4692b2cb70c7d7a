import type { Payload, PayloadRequest } from 'payload'

import { bus } from '../../../cms/src/lib/bus'

export const BUILD_TASK = 'buildPortals'


export type BuildRequest = { buildId: number | string; coalesced: boolean }

/**
 * Ask for a portal to be rebuilt. A site that already has a queued build gets no second one
 * (bursts of edits coalesce into one build); otherwise a `builds` row and a job are created.
 * A full rebuild's queued builds (rebuild.ts) do not count: those wait for their turn.
 * Pass `req` from a hook so both join the editor's transaction where the database has one.
 */
export async function requestBuild(
  payload: Payload,
  siteId: number | string,
  reason: string,
  req?: PayloadRequest,
): Promise<BuildRequest> {
  const pending = await payload.find({
    collection: 'builds',
    // Not into a full rebuild's build: the person's build is claimed first (claim.ts) and takes
    // the run's queued build of the portal along (one render serves both).
    where: { and: [{ site: { equals: siteId } }, { status: { equals: 'queued' } }, { run: { exists: false } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const existing = pending.docs[0]
  if (existing) return { buildId: existing.id, coalesced: true }
  const build = await payload.create({
    collection: 'builds',
    data: { site: siteId as number, status: 'queued', reason: reason.slice(0, 500), queuedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await payload.jobs.queue({ task: BUILD_TASK, input: {}, req })
  // Workers of every process hear of it (the bus) instead of waiting for their next poll.
  bus().publish('queued:build')
  return { buildId: build.id, coalesced: false }
}

export type QueueState = {
  queued: number
  running: number
  failedLastHour: number
  lastBuild: { site: string | number; status: string; finishedAt: string | null; durationMs: number | null } | null
}

export async function buildQueueState(payload: Payload): Promise<QueueState> {
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
  // Queued first, then running, one after the other: a build claimed between the two counts is
  // counted once, running, never missed by both. In parallel (PostgreSQL runs them on connections
  // of their own, in any order) a queue with one build could read as idle.
  const queued = await payload.count({ collection: 'builds', where: { status: { equals: 'queued' } }, overrideAccess: true })
  const running = await payload.count({ collection: 'builds', where: { status: { equals: 'running' } }, overrideAccess: true })
  const [failed, last] = await Promise.all([
    payload.count({
      collection: 'builds',
      where: { and: [{ status: { equals: 'failed' } }, { finishedAt: { greater_than: hourAgo } }] },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'builds',
      where: { status: { in: ['succeeded', 'failed'] } },
      sort: '-finishedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const doc = last.docs[0]
  return {
    queued: queued.totalDocs,
    running: running.totalDocs,
    failedLastHour: failed.totalDocs,
    lastBuild: doc
      ? { site: doc.site as number, status: doc.status, finishedAt: doc.finishedAt ?? null, durationMs: doc.durationMs ?? null }
      : null,
  }
}
