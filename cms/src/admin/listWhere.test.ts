import { describe, expect, it } from 'vitest'

import { conditionKey, conditionOn, conditionsOf, withCondition } from './listWhere'

describe('list filters that keep each other', () => {
  it('reads the shapes the filter builder and the URL give', () => {
    expect(conditionsOf({})).toEqual([])
    expect(conditionsOf({ or: [{ and: [{ site: { equals: 3 } }] }] })).toEqual([{ site: { equals: 3 } }])
    // From the URL: lists come back as objects keyed by index, values as strings.
    expect(conditionsOf({ or: { 0: { and: { 0: { site: { equals: '3' } } } } } } as never)).toEqual([{ site: { equals: '3' } }])
    expect(conditionsOf({ or: [{ and: [] }, { and: [] }] })).toBeNull()
  })

  it('sets one condition and keeps the others', () => {
    const bySite = withCondition({}, 'site', { site: { equals: 3 } })
    const both = withCondition(bySite, 'workflow.state', { 'workflow.state': { equals: 'submitted' } })
    expect(both).toEqual({ or: [{ and: [{ site: { equals: 3 } }, { 'workflow.state': { equals: 'submitted' } }] }] })
    expect(withCondition(both, 'site', null)).toEqual({ or: [{ and: [{ 'workflow.state': { equals: 'submitted' } }] }] })
    expect(withCondition(withCondition(both, 'site', null), 'workflow.state', null)).toEqual({})
    expect(conditionKey(conditionOn(both, 'site'))).toBe(conditionKey({ site: { equals: '3' } }))
    expect(conditionKey({ 'workflow.state': { in: { 0: 'unpublished', 1: 'draft' } } } as never)).toBe(conditionKey({ 'workflow.state': { in: ['draft', 'unpublished'] } }))
  })
})
