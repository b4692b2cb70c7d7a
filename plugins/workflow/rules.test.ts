import { describe, expect, it } from 'vitest'

import { availableActions, schedulableActions } from './rules'

const on = (role: string) => ({ id: 1, memberships: [{ site: 7, role }] })

describe('the steps the admin offers', () => {
  it('are the steps the server accepts, per role and state', () => {
    expect(availableActions(on('author'), 7, 'draft', false)).toEqual(['submit'])
    expect(availableActions(on('author'), 7, 'submitted', false)).toEqual([])
    expect(availableActions(on('editor'), 7, 'draft', false)).toEqual(['submit', 'approve'])
    expect(availableActions(on('editor'), 7, 'draft', true)).toEqual(['submit'])
    expect(availableActions(on('editor'), 7, 'submitted', true)).toEqual(['return'])
    expect(availableActions(on('approver'), 7, 'submitted', true)).toEqual(['return', 'approve'])
    expect(availableActions(on('approver'), 7, 'published', true)).toEqual(['submit', 'approve', 'unpublish'])
    expect(availableActions(on('moderator'), 7, 'draft', false)).toEqual([])
    // Another site's document: nothing.
    expect(availableActions(on('site-admin'), 8, 'submitted', false)).toEqual([])
    expect(availableActions({ id: 2, platformAdmin: true }, 8, 'submitted', true)).toEqual(['return', 'approve'])
  })

  it('schedule what the user could do by hand', () => {
    expect(schedulableActions(on('author'), 7, false)).toEqual([])
    expect(schedulableActions(on('editor'), 7, false)).toEqual(['publish', 'unpublish'])
    expect(schedulableActions(on('editor'), 7, true)).toEqual([])
    expect(schedulableActions(on('approver'), 7, true)).toEqual(['publish', 'unpublish'])
  })
})
