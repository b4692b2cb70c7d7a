/**
 * "Đến hạn rà soát" in "Việc của tôi": published documents whose next review is today or past,
 * that the user owns or (without owner) edits on their site, the most overdue first, each linking
 * to its edit view, where "Đã rà soát" is.
 */
import React from 'react'

import { badgeStyle, type Bilingual, fill, pick } from '../../../cms/src/admin/text'
import type { OverdueReview } from '../overdue'

const T = {
  title: { vi: 'Đến hạn rà soát', en: 'Due for review' },
  empty: { vi: 'Không có nội dung nào đến hạn rà soát.', en: 'Nothing is due for review.' },
  intro: {
    vi: 'Nội dung đã xuất bản bạn phụ trách (hoặc của cổng bạn biên tập, chưa giao cho ai) đã đến hạn rà soát. Mở, kiểm tra nội dung còn đúng rồi bấm “Đã rà soát”.',
    en: 'Published content you own (or, with no owner, of the sites you edit) that is due for review. Open it, check it is still right, then press “Đã rà soát” (Mark reviewed).',
  },
  colTitle: { vi: 'Tiêu đề', en: 'Title' },
  colType: { vi: 'Loại', en: 'Type' },
  colSite: { vi: 'Trang', en: 'Site' },
  colDue: { vi: 'Hạn rà soát', en: 'Review due' },
  overdue: { vi: 'Quá hạn {n} ngày', en: '{n} days overdue' },
  today: { vi: 'Đến hạn hôm nay', en: 'Due today' },
  showing: { vi: 'Hiển thị {shown}/{total} mục.', en: 'Showing {shown} of {total}.' },
} satisfies Record<string, Bilingual>

const vnDate = (iso: string) => {
  const [y, m, d] = new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}

export function OverdueReviews({ reviews, adminRoute, lang }: { reviews: { items: OverdueReview[]; count: number }; adminRoute: string; lang: string }) {
  const t = (text: Bilingual) => pick(lang, text)
  return (
    <section aria-labelledby="den-han-ra-soat" style={{ marginBottom: '2rem' }} data-section="overdue-reviews">
      <h2 id="den-han-ra-soat">
        {t(T.title)} (<span data-count="overdueReviews">{reviews.count}</span>)
      </h2>
      {reviews.items.length === 0 ? (
        <p>{t(T.empty)}</p>
      ) : (
        <>
          <p style={{ maxWidth: '60rem' }}>{t(T.intro)}</p>
          <div style={{ overflowX: 'auto' }}>
            <table className="table my-work-table" style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th scope="col">{t(T.colTitle)}</th>
                  <th scope="col">{t(T.colType)}</th>
                  <th scope="col">{t(T.colSite)}</th>
                  <th scope="col">{t(T.colDue)}</th>
                </tr>
              </thead>
              <tbody>
                {reviews.items.map((item) => (
                  <tr key={`${item.collection}-${item.id}`} data-item={`${item.collection}-${item.id}`}>
                    <td>
                      <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                    </td>
                    <td>{t(item.type)}</td>
                    <td>{item.siteName ?? ''}</td>
                    <td>
                      <time dateTime={item.nextReviewAt}>{vnDate(item.nextReviewAt)}</time>{' '}
                      <span style={badgeStyle(item.daysOverdue > 0 ? 'error' : 'warning')}>{item.daysOverdue > 0 ? fill(t(T.overdue), { n: item.daysOverdue }) : t(T.today)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reviews.count > reviews.items.length ? <p>{fill(t(T.showing), { shown: reviews.items.length, total: reviews.count })}</p> : null}
        </>
      )}
    </section>
  )
}
