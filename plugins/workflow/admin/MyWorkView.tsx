import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '../../../cms/src/admin/AdminPage'

import type { SessionUser } from '../../../cms/src/access/roles'
import { STATE_LABELS, type WorkflowState } from '../rules'
import { myWork, type WorkItem } from '../myWork'

function Section({ id, title, empty, items, adminRoute }: { id: string; title: string; empty: string; items: WorkItem[]; adminRoute: string }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: '2rem' }}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Loại</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Cập nhật</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}-${item.id}`}>
                <td>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td>{item.label.vi}</td>
                <td>{STATE_LABELS[item.state as WorkflowState]?.vi ?? item.state}</td>
                <td>{new Date(item.updatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** "Việc của tôi": the editor's drafts, items waiting for their review, items returned to them. */
export async function MyWorkView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as unknown as SessionUser | null
  const adminRoute = req.payload.config.routes.admin
  const work = user ? await myWork(req.payload, user, req) : { drafts: [], toReview: [], returned: [] }
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>Việc của tôi</h1>
        <Section id="cho-toi-duyet" title="Chờ tôi duyệt" empty="Không có bài nào chờ duyệt." items={work.toReview} adminRoute={adminRoute} />
        <Section id="bi-tra-lai" title="Bị trả lại cho tôi" empty="Không có bài nào bị trả lại." items={work.returned} adminRoute={adminRoute} />
        <Section id="ban-nhap" title="Bản nháp của tôi" empty="Bạn chưa có bản nháp nào." items={work.drafts} adminRoute={adminRoute} />
    </AdminPage>
  )
}
