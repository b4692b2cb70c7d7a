'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { pick } from '../../../cms/src/admin/text'
import { A11Y_RULES, type ReleaseChecks } from '../checks/rules'
import { badgeStyle, fill } from '../../compliance/admin/text'

const L = {
  title: { vi: 'Kiểm tra bản phát hành', en: 'Release checks' },
  none: { vi: 'Lượt xây dựng này chưa được kiểm tra.', en: 'This build was not checked.' },
  summary: {
    vi: '{pages} trang, {checked} liên kết nội bộ đã kiểm tra trong {ms} ms.',
    en: '{pages} pages, {checked} internal links checked in {ms} ms.',
  },
  broken: { vi: 'Liên kết hỏng: {n} (tới {t} địa chỉ không tồn tại)', en: 'Broken links: {n} (to {t} missing targets)' },
  target: { vi: 'Địa chỉ không tồn tại', en: 'Missing target' },
  pages: { vi: 'Số trang trỏ tới', en: 'Pages linking' },
  example: { vi: 'Ví dụ trang', en: 'Example page' },
  a11y: { vi: 'Lỗi tiếp cận (kiểm tra tĩnh): {n} trên {p} trang', en: 'Accessibility issues (static checks): {n} on {p} pages' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  count: { vi: 'Số lỗi', en: 'Issues' },
  examples: { vi: 'Ví dụ', en: 'Examples' },
}

const cell: React.CSSProperties = { padding: '0.35rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top', textAlign: 'left' }

/** The `checks` of a build, readable: broken links and accessibility issues with examples. */
export function ChecksField({ path }: { path: string }) {
  const { i18n } = useTranslation()
  const t = (text: { vi: string; en: string }) => pick(i18n.language, text)
  const { value } = useField<ReleaseChecks | null>({ path })
  const checks = value && typeof value === 'object' && 'links' in value ? value : null
  return (
    <section aria-labelledby="kiem-tra-ban-phat-hanh" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="kiem-tra-ban-phat-hanh">{t(L.title)}</h3>
      {!checks ? (
        <p>{t(L.none)}</p>
      ) : (
        <>
          <p>{fill(t(L.summary), { pages: checks.pages, checked: checks.links.checked, ms: checks.durationMs })}</p>
          <h4>
            <span style={badgeStyle(checks.links.broken ? 'error' : 'success')}>{checks.links.broken ? '✗' : '✓'}</span>{' '}
            {fill(t(L.broken), { n: checks.links.broken, t: checks.links.brokenTargets })}
          </h4>
          {checks.links.examples.length > 0 ? (
            <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: 'var(--base)' }}>
              <thead>
                <tr>
                  <th scope="col" style={cell}>{t(L.target)}</th>
                  <th scope="col" style={cell}>{t(L.pages)}</th>
                  <th scope="col" style={cell}>{t(L.example)}</th>
                </tr>
              </thead>
              <tbody>
                {checks.links.examples.map((e) => (
                  <tr key={e.target}>
                    <td style={cell}><code>{e.target}</code></td>
                    <td style={cell}>{e.pages}</td>
                    <td style={cell}><code>{e.page}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h4>
            <span style={badgeStyle(checks.a11y.issues ? 'warning' : 'success')}>{checks.a11y.issues ? '!' : '✓'}</span>{' '}
            {fill(t(L.a11y), { n: checks.a11y.issues, p: checks.a11y.pagesWithIssues })}
          </h4>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th scope="col" style={cell}>{t(L.rule)}</th>
                <th scope="col" style={cell}>{t(L.count)}</th>
                <th scope="col" style={cell}>{t(L.examples)}</th>
              </tr>
            </thead>
            <tbody>
              {checks.a11y.rules.map((r) => (
                <tr key={r.rule}>
                  <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                    {A11Y_RULES[r.rule] ? t(A11Y_RULES[r.rule]) : r.rule} <small>({r.rule})</small>
                  </th>
                  <td style={cell}>{r.count}</td>
                  <td style={cell}>
                    {r.examples.length > 0 ? (
                      <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                        {r.examples.map((e, i) => (
                          <li key={i}>
                            <code>{e.page}</code>: <code>{e.detail}</code>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
