/** The readability figure orders the labelled texts of `fixtures/readability.json` as they are labelled (ADR 0021). */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { GOOD_FROM, HARD_BELOW, readability } from './readability'

type Labelled = { label: number; name: string; paragraphs: string[] }
const { texts } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'readability.json'), 'utf8')) as { texts: Labelled[] }

describe('readability figure', () => {
  const scored = texts.map((t) => ({ ...t, figure: readability(t.paragraphs) }))

  it('has a labelled set of at least five texts with distinct labels', () => {
    expect(texts.length).toBeGreaterThanOrEqual(5)
    expect(new Set(texts.map((t) => t.label)).size).toBe(texts.length)
  })

  it('scores easier-labelled texts strictly higher', () => {
    const byLabel = [...scored].sort((a, b) => a.label - b.label)
    const scores = byLabel.map((t) => t.figure.score)
    for (let i = 1; i < scores.length; i++) expect(scores[i]!, `${byLabel[i]!.name} vs ${byLabel[i - 1]!.name}: ${scores.join(', ')}`).toBeLessThan(scores[i - 1]!)
  })

  it('puts the easiest in the good range and the hardest in the hard one', () => {
    const byLabel = [...scored].sort((a, b) => a.label - b.label)
    expect(byLabel[0]!.figure.score!).toBeGreaterThanOrEqual(GOOD_FROM)
    expect(byLabel[byLabel.length - 1]!.figure.score!).toBeLessThan(HARD_BELOW)
  })

  it('has texts in each band: easy, fairly hard, hard', () => {
    expect(new Set(scored.map((t) => t.figure.band))).toEqual(new Set(['easy', 'fair', 'hard']))
  })

  it('gives no figure for a text too short to judge', () => {
    expect(readability(['Thông báo nghỉ lễ.'])).toMatchObject({ score: null, band: 'short' })
  })
})
