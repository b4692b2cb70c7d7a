/**
 * The admin list's `where`, seen as a flat list of conditions (what Payload's filter builder makes:
 * `{ or: [{ and: [...] }] }`), so that quick filters above a list (workflow state, site) each set
 * their own condition and keep the others.
 */
import type { Where } from 'payload'

/** The conditions of a where with a single `and` group (the URL may bring lists as objects keyed by index). */
export function conditionsOf(where: Where | undefined | null): Where[] | null {
  if (!where || Object.keys(where).length === 0) return []
  const list = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : null)
  let node: unknown = where
  if ('or' in (node as Where)) {
    const groups = list((node as Where).or)
    if (!groups || groups.length !== 1) return null
    node = groups[0]
  }
  if (node && typeof node === 'object' && 'and' in (node as Where)) return (list((node as Where).and) as Where[] | null) ?? null
  return Object.entries(node as Where).map(([path, condition]) => ({ [path]: condition }) as Where)
}

const pathOf = (condition: Where): string => Object.keys(condition)[0] ?? ''

/** The condition on `path`, if the where has one. */
export function conditionOn(where: Where | undefined | null, path: string): Where | null {
  return conditionsOf(where)?.find((c) => pathOf(c) === path) ?? null
}

/** `where` with the condition on `path` replaced by `condition` (removed when null); other filters kept. */
export function withCondition(where: Where | undefined | null, path: string, condition: Where | null): Where {
  const others = (conditionsOf(where) ?? []).filter((c) => pathOf(c) !== path)
  const all = condition ? [...others, condition] : others
  return all.length ? { or: [{ and: all }] } : {}
}

/** A condition's operator and values as one comparable string (`equals true` = `equals "true"`). */
export function conditionKey(condition: Where | null): string {
  if (!condition) return ''
  const [path, rule] = Object.entries(condition)[0] ?? ['', {}]
  const [operator, operand] = Object.entries((rule ?? {}) as Record<string, unknown>)[0] ?? ['', '']
  const values = (Array.isArray(operand) ? operand : operand && typeof operand === 'object' ? Object.values(operand) : [operand]).map(String).sort()
  return `${path} ${operator} ${values.join(',')}`
}
