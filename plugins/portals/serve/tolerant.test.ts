import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tolerantAddress } from './tolerant'

let dir: string
let live: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-tolerant-'))
  const release = path.join(dir, '.releases', 'xa--1')
  for (const folder of ['van-ban/42-2022-nd-cp', 'van-ban/766-qd-ttg-2022', 'van-ban/12-qd-ubnd-2020', 'van-ban/12-qd-ubnd-2021', 'van-ban/trang/2', 'van-ban/loai/nghi-dinh', 'thu-tuc-hanh-chinh/1-004633']) {
    fs.mkdirSync(path.join(release, folder), { recursive: true })
  }
  live = path.join(dir, 'xa')
  fs.symlinkSync(path.relative(dir, release), live)
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('tolerant addresses', () => {
  it.each([
    ['/van-ban/42-2022-ND-CP/', '/van-ban/42-2022-nd-cp/'],
    ['/van-ban/42-2022-n%C4%91-cp/', '/van-ban/42-2022-nd-cp/'],
    ['/van-ban/42/2022/N%C4%90-CP', '/van-ban/42-2022-nd-cp/'],
    ['/van-ban/42_2022_nd_cp', '/van-ban/42-2022-nd-cp/'],
    ['/van-ban/42-2022-nd-cp', '/van-ban/42-2022-nd-cp/'],
    ['/Van-Ban/42%202022%20ND-CP/', '/van-ban/42-2022-nd-cp/'],
    ['/van-ban/766-qd-ttg/', '/van-ban/766-qd-ttg-2022/'],
    ['/van-ban/766-Q%C4%90-TTg/', '/van-ban/766-qd-ttg-2022/'],
    ['/thu-tuc-hanh-chinh/1.004633/', '/thu-tuc-hanh-chinh/1-004633/'],
    ['/thu-tuc-hanh-chinh/1.004633', '/thu-tuc-hanh-chinh/1-004633/'],
  ])('%s leads to %s', async (requested, canonical) => {
    expect(await tolerantAddress(live, requested)).toBe(canonical)
  })

  it.each([
    ['the canonical address itself', '/van-ban/42-2022-nd-cp/'],
    ['an unknown number', '/van-ban/43-2011-nd-cp/'],
    ['a number without year that two documents share', '/van-ban/12-qd-ubnd/'],
    ['a list folder', '/van-ban/Trang/2/'],
    ['another section', '/tin-tuc/42-2022-ND-CP/'],
    ['a malformed escape', '/van-ban/%E0%A4%A/'],
  ])('leaves %s alone', async (_, requested) => {
    expect(await tolerantAddress(live, requested)).toBeNull()
  })
})
