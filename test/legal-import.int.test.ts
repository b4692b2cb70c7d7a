/**
 * `npm run legal -- import …` as a real child process on a prepared database: a good file, a
 * file with bad rows (a per-row report and nothing written), a dry run, re-import that updates,
 * a write failure that is undone, and procedures.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEnv, useTestDatabase } from './helpers/server'

let payload: Payload
let dataDir: string
let files: string

type Run = { code: number | null; out: string }

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/legal.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATA_DIR: dataDir, SITES_DIR: path.join(dataDir, 'sites'), ...databaseEnv(dataDir), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c))
    child.stderr.on('data', (c: Buffer) => (out += c))
    child.on('close', (code) => resolve({ code, out }))
  })
}

function write(name: string, text: string): string {
  const file = path.join(files, name)
  fs.writeFileSync(file, text)
  return file
}

const count = async (collection: 'legal-documents' | 'procedures' | 'legal-files') => (await payload.count({ collection, overrideAccess: true })).totalDocs
const byNumber = async (number: string) =>
  (await payload.find({ collection: 'legal-documents', where: { number: { equals: number } }, draft: false, depth: 0, overrideAccess: true })).docs[0] as Record<string, any> | undefined // eslint-disable-line @typescript-eslint/no-explicit-any

const HEADER = 'number,type,summary,issuingBody,signingCapacity,signingFor,signerTitle,signerName,issueDate,effectiveDate,fields,relations,attachments'
const GOOD = [
  HEADER,
  '67/2006/QH11,Luật,Luật Công nghệ thông tin,Quốc hội,,,Chủ tịch Quốc hội,Nguyễn Phú Trọng,2006-06-29,2007-01-01,Công nghệ thông tin,,',
  '43/2011/NĐ-CP,nghi-dinh,"Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",Chính phủ,TM,Chính phủ,Thủ tướng,Nguyễn Tấn Dũng,13/06/2011,01/08/2011,Công nghệ thông tin; Bộ máy hành chính,guides:67/2006/QH11,',
  '42/2022/ND-CP,Nghị định,"Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",Chính phủ,KT,Thủ tướng,Phó Thủ tướng,Vũ Đức Đam,24/06/2022,15/08/2022,Công nghệ thông tin,replaces:43/2011/NĐ-CP; based-on:67/2006/QH11; based-on:76/2015/QH13,nd-42.pdf',
  '766/QĐ-TTg,,"Phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp",Thủ tướng Chính phủ,,,,,2022-06-23,,Cải cách hành chính,,',
].join('\n')

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-import-'))
  files = path.join(dataDir, 'files')
  fs.mkdirSync(files)
  fs.writeFileSync(path.join(files, 'nd-42.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  useTestDatabase(dataDir)
  const { initPayload } = await import('../cms/src/boot')
  payload = await initPayload()
  await payload.create({ collection: 'sites', data: { name: 'Bộ Thử nghiệm', slug: 'bo-thu', level: 'trung-uong', theme: 'default', status: 'active' }, context: { skipBuild: true } })
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('importing legal documents', () => {
  it('reports every bad row and writes nothing', async () => {
    const file = write(
      'bad.csv',
      [
        HEADER,
        '67/2006/QH11,luat,Luật Công nghệ thông tin,Quốc hội,,,,,2006-06-29,2007-01-01,,,',
        '766/QĐ-TTg,nghi-dinh,Sai loại,Thủ tướng Chính phủ,,,,,2022-06-23,,,,',
        '15/2020/NĐ-CP,nghi-dinh,Sai năm,Chính phủ,XYZ,,,,2021-02-03,31/02/2021,,sua-doi:1/2000/NĐ-CP,khong-co.pdf',
        '67/2006/QH11,luat,Trùng dòng 2,Quốc hội,,,,,2006-06-29,,,,',
      ].join('\n'),
    )
    const run = await cli('import', file, '--site', 'bo-thu')
    expect(run.code, run.out).toBe(1)
    expect(run.out).toContain('chưa ghi gì')
    expect(run.out).toContain('dòng 3, trường number: Số ký hiệu 766/QĐ-TTg là của Quyết định, không phải Nghị định')
    expect(run.out).toContain('dòng 4, trường number: Năm trong số ký hiệu (2020) khác năm ban hành (2021)')
    expect(run.out).toContain('dòng 4, trường effectiveDate: Ngày "31/02/2021" không hợp lệ')
    expect(run.out).toContain('dòng 4, trường signingCapacity:')
    expect(run.out).toContain('dòng 4, trường relations: Quan hệ "sua-doi:1/2000/NĐ-CP" phải có dạng loại:số ký hiệu')
    expect(run.out).toContain('dòng 4, trường attachments: Không tìm thấy tệp')
    expect(run.out).toContain('dòng 5, trường number: Trùng với dòng 2')
    expect(await count('legal-documents')).toBe(0)
  })

  it('checks without writing on --dry-run', async () => {
    const run = await cli('import', write('good.csv', GOOD), '--site', 'bo-thu', '--dry-run')
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain('sẽ tạo 4, cập nhật 0 văn bản')
    expect(await count('legal-documents')).toBe(0)
  })

  it('imports a good file with relations between its rows, normalised numbers and an attachment', async () => {
    const run = await cli('import', path.join(files, 'good.csv'), '--site', 'bo-thu')
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain('Đã nhập 4 dòng: tạo 4, cập nhật 0 văn bản')
    expect(run.out).toContain('1 văn bản được dẫn không có trên hệ thống')
    expect(run.out).toContain('6/6 (100%)') // plain progress lines when not on a terminal
    const nd42 = await byNumber('42/2022/NĐ-CP')
    expect(nd42).toMatchObject({ documentType: 'nghi-dinh', slug: '42-2022-nd-cp', signingCapacity: 'KT', signingFor: 'Thủ tướng', _status: 'published', validityStatus: 'con-hieu-luc' })
    expect(nd42!.relations.map((r: { kind: string; targetType: string; number: string }) => [r.kind, r.targetType, r.number])).toEqual([
      ['replaces', 'internal', '43/2011/NĐ-CP'],
      ['based-on', 'internal', '67/2006/QH11'],
      ['based-on', 'external', '76/2015/QH13'],
    ])
    expect(nd42!.attachments).toHaveLength(1)
    const nd43 = await byNumber('43/2011/NĐ-CP')
    expect(nd43).toMatchObject({ validityStatus: 'het-hieu-luc-toan-bo', validityReason: 'Bị thay thế bởi 42/2022/NĐ-CP từ 15/08/2022' })
    expect(nd43!.inverseRelations).toMatchObject([{ kind: 'replaces', number: '42/2022/NĐ-CP' }])
    const law = await byNumber('67/2006/QH11')
    expect(law!.inverseRelations.map((r: { kind: string }) => r.kind).sort()).toEqual(['based-on', 'guides'])
    expect((await byNumber('766/QĐ-TTg'))).toMatchObject({ documentType: 'quyet-dinh', slug: '766-qd-ttg-2022' })
    const builds = await payload.find({ collection: 'builds', where: { status: { equals: 'queued' } }, overrideAccess: true })
    expect(builds.totalDocs).toBe(1)
  })

  it('updates on re-import instead of duplicating', async () => {
    const changed = GOOD.replace('Luật Công nghệ thông tin,Quốc hội', 'Luật Công nghệ thông tin (sửa trích yếu),Quốc hội')
    const run = await cli('import', write('again.csv', changed), '--site', 'bo-thu')
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain('tạo 0, cập nhật 4 văn bản')
    expect(await count('legal-documents')).toBe(4)
    expect((await byNumber('67/2006/QH11'))!.summary).toBe('Luật Công nghệ thông tin (sửa trích yếu)')
    expect((await byNumber('43/2011/NĐ-CP'))!.inverseRelations).toHaveLength(1)
  })

  it('undoes its own writes when a row fails on write', async () => {
    const tooManyFields = Array.from({ length: 11 }, (_, i) => `Lĩnh vực ${i + 1}`).join('; ')
    const file = write(
      'rollback.json',
      JSON.stringify([
        { number: '47/2020/NĐ-CP', summary: 'Quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước', issuingBody: 'Chính phủ', issueDate: '2020-04-09', effectiveDate: '2020-05-25' },
        { number: '67/2006/QH11', type: 'luat', summary: 'Luật Công nghệ thông tin (bị hoàn tác)', issuingBody: 'Quốc hội', issueDate: '2006-06-29', effectiveDate: '2007-01-01' },
        { number: '45/2020/NĐ-CP', summary: 'Thực hiện thủ tục hành chính trên môi trường điện tử', issuingBody: 'Chính phủ', issueDate: '2020-04-08', fields: tooManyFields },
      ]),
    )
    const run = await cli('import', file, '--site', 'bo-thu')
    expect(run.code, run.out).toBe(1)
    expect(run.out).toContain('đã hoàn tác mọi thay đổi của lần nhập này')
    expect(run.out).toContain('dòng 3, trường fields')
    expect(await count('legal-documents')).toBe(4)
    expect(await byNumber('47/2020/NĐ-CP')).toBeUndefined()
    expect((await byNumber('67/2006/QH11'))!.summary).toBe('Luật Công nghệ thông tin (sửa trích yếu)')
  })
})

describe('importing procedures', () => {
  const PROCEDURES = [
    'code,name,levels,field,implementingAgency,applicants,steps,channels,dossier,legalBasis,onlineLevel,result',
    '1.001234,Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ,Cấp Tỉnh,Hoạt động khoa học và công nghệ,Sở Khoa học và Công nghệ,Tổ chức; doanh-nghiep,"Nộp hồ sơ; Thẩm định hồ sơ; Trả kết quả","truc-tiep|05 ngày làm việc|Không|; truc-tuyen|05 ngày làm việc|Không|Nộp qua Cổng DVC","Đơn đề nghị|1|0; Quyết định thành lập|0|1",42/2022/NĐ-CP; 08/2014/NĐ-CP,toan-trinh,Giấy chứng nhận',
    '2.000123,Đăng ký hợp đồng chuyển giao công nghệ,tinh,Chuyển giao công nghệ,Sở Khoa học và Công nghệ,doanh-nghiep,Nộp hồ sơ,truc-tiep|07 ngày làm việc|Phí: 0,"Văn bản đề nghị|1|0",,mot-phan,Giấy chứng nhận đăng ký',
  ].join('\n')

  it('imports procedures, linking the legal basis it holds, and updates them on re-import', async () => {
    const run = await cli('import', write('tthc.csv', PROCEDURES), '--kind', 'procedures', '--site', 'bo-thu')
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain('tạo 2, cập nhật 0 thủ tục')
    const found = await payload.find({ collection: 'procedures', where: { code: { equals: '1.001234' } }, depth: 0, draft: false, overrideAccess: true })
    const p = found.docs[0] as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(p).toMatchObject({ levels: ['tinh'], applicants: ['to-chuc', 'doanh-nghiep'], onlineLevel: 'toan-trinh', slug: '1-001234' })
    expect(p.channels).toMatchObject([{ method: 'truc-tiep', processingTime: '05 ngày làm việc' }, { method: 'truc-tuyen', note: 'Nộp qua Cổng DVC' }])
    expect(p.dossier).toMatchObject([{ name: 'Đơn đề nghị', originals: 1, copies: 0 }, { name: 'Quyết định thành lập', originals: 0, copies: 1 }])
    expect(p.legalBasis[0].document).toBe((await byNumber('42/2022/NĐ-CP'))!.id)
    expect(p.legalBasis[1]).toMatchObject({ number: '08/2014/NĐ-CP' })
    expect(p.nationalPortalUrl).toContain('ma_thu_tuc=1.001234')

    const again = await cli('import', write('tthc2.csv', PROCEDURES.replace('Giấy chứng nhận đăng ký', 'Giấy chứng nhận đăng ký hợp đồng')), '--kind', 'procedures', '--site', 'bo-thu')
    expect(again.code, again.out).toBe(0)
    expect(again.out).toContain('tạo 0, cập nhật 2 thủ tục')
    expect(await count('procedures')).toBe(2)
  })

  it('refuses bad procedure rows with the row and field', async () => {
    const run = await cli('import', write('tthc-bad.csv', 'code,name,levels,field,implementingAgency,channels\n1-0012,Tên,huyen,,Sở,fax|1 ngày\n'), '--kind', 'procedures', '--site', 'bo-thu')
    expect(run.code).toBe(1)
    expect(run.out).toContain('dòng 2, trường code: Mã "1-0012" không đúng dạng')
    expect(run.out).toContain('dòng 2, trường levels: Cấp "huyen" phải là bo, tinh hoặc xa')
    expect(run.out).toContain('dòng 2, trường field: Thiếu lĩnh vực')
    expect(run.out).toContain('dòng 2, trường channels')
  })
})
