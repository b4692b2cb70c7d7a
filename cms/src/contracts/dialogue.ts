/**
 * What the public may see of online dialogues (giao lưu, đối thoại trực tuyến) and of the ongoing
 * Q&A (hỏi đáp): the shapes of the static portal pages, the live JSON snapshot and the live
 * stream's events. Every public output is built from these and only these, so an asker's email,
 * phone and address cannot reach a reader: none of the shapes has a place for them.
 *
 * zod only, like `portal.ts`: the portals (`sites/`) and the live page script rely on it.
 */
import { z } from 'zod'

import { CITIZEN_EMAIL, CITIZEN_NAME } from './citizen'

/** A message in both languages, as every public error carries it. */
export type Bilingual = { vi: string; en: string }

export const SESSION_STATES = ['announced', 'open', 'live', 'closed', 'archived'] as const
export const SessionState = z.enum(SESSION_STATES)
export type SessionState = z.infer<typeof SessionState>

export const QUESTION_STATES = ['pending', 'approved', 'rejected', 'merged', 'answered', 'hidden'] as const
export const QuestionState = z.enum(QUESTION_STATES)
export type QuestionState = z.infer<typeof QuestionState>

/** A question as readers see it: approved (waiting for its answer) or answered. */
export const PublicQuestion = z.object({
  /** Opaque public key (never the database id), stable for the life of the question. */
  ref: z.string(),
  /** "Họ tên – địa phương" as the moderators publish it; never the email, phone or address. */
  askerName: z.string(),
  topic: z.string().nullable(),
  /** The moderators' public version of the question when they edited it, else the original. */
  text: z.string(),
  receivedAt: z.string(),
  state: z.enum(['approved', 'answered']),
  /** Display order chosen by the moderators (smaller first), then the time of the answer. */
  order: z.number(),
  guest: z.object({ name: z.string(), position: z.string().nullable() }).nullable(),
  answer: z
    .object({
      /** Rendered by the CMS from the answer's rich text (trusted markup, never citizen input). */
      html: z.string(),
      by: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
})
export type PublicQuestion = z.infer<typeof PublicQuestion>

export const Guest = z.object({
  name: z.string(),
  position: z.string().nullable(),
  unit: z.string().nullable(),
  photo: z
    .object({
      url: z.string(),
      alt: z.string(),
      width: z.number().int().positive().nullable(),
      height: z.number().int().positive().nullable(),
      sizes: z.array(z.object({ url: z.string(), width: z.number().int().positive() })),
    })
    .nullable(),
})
export type Guest = z.infer<typeof Guest>

/** A session on the portal; `questions` holds the published questions at the time of the build. */
export const DialogueSession = z.object({
  slug: z.string(),
  title: z.string(),
  topic: z.string().nullable(),
  description: z.string().nullable(),
  guests: z.array(Guest),
  /** Topic groups citizens may file their question under. */
  topics: z.array(z.string()).default([]),
  startsAt: z.string(),
  endsAt: z.string(),
  state: SessionState,
  videoUrl: z.string().nullable(),
  /** `ref` of the question being answered now ("đang trả lời"), if any. */
  pinned: z.string().nullable(),
  questions: z.array(PublicQuestion),
})
export type DialogueSession = z.infer<typeof DialogueSession>

/** The live state of one session: the JSON snapshot and the `snapshot` event of the stream. */
export const LiveSnapshot = z.object({
  version: z.number(),
  state: SessionState,
  pinned: z.string().nullable(),
  questions: z.array(PublicQuestion),
})
export type LiveSnapshot = z.infer<typeof LiveSnapshot>

export const SESSION_STATE_LABELS: Readonly<Record<SessionState, Bilingual>> = {
  announced: { vi: 'Sắp diễn ra', en: 'Announced' },
  open: { vi: 'Đang nhận câu hỏi', en: 'Open for questions' },
  live: { vi: 'Đang trực tuyến', en: 'Live' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
}

export const QUESTION_STATE_LABELS: Readonly<Record<QuestionState, Bilingual>> = {
  pending: { vi: 'Chờ duyệt', en: 'Pending' },
  approved: { vi: 'Đã duyệt, chờ trả lời', en: 'Approved' },
  rejected: { vi: 'Không tiếp nhận', en: 'Rejected' },
  merged: { vi: 'Đã gộp với câu hỏi khác', en: 'Merged' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  hidden: { vi: 'Đã ẩn', en: 'Hidden' },
}

/** Sessions accept questions in these states; any other refuses them. */
export const ACCEPTING_STATES: readonly SessionState[] = ['open', 'live']

/** Pages of the portal owned by this module (page slugs may not take them). */
export const DIALOGUE_PATH = '/doi-thoai/'
export const QA_PATH = '/hoi-dap-truc-tuyen/'
export const RECEIPT_PATH = '/hoi-dap-truc-tuyen/tra-cuu/'
/** Where the portal's forms post; answered by the platform under every portal host. */
export const SUBMIT_PATH = '/api/public/questions'
/** Live endpoints under a portal host: `${LIVE_PATH}<session slug>` (JSON) and `…/stream` (SSE). */
export const LIVE_PATH = '/api/live/doi-thoai/'

export const dialoguePath = (slug: string): string => `${DIALOGUE_PATH}${slug}/`

/** Question field limits, shared by the form (maxlength) and the server's validation. */
export const QUESTION_LIMITS = {
  name: CITIZEN_NAME,
  email: CITIZEN_EMAIL,
  phone: { max: 20 },
  address: { min: 5, max: 300 },
  topic: { max: 100 },
  text: { min: 10, max: 4000 },
} as const

/** The fields of the question form, in form order; `website` is the honeypot. */
export const QUESTION_FIELDS = ['name', 'email', 'phone', 'address', 'topic', 'text', 'consent', 'showName'] as const
export type QuestionField = (typeof QUESTION_FIELDS)[number] | 'session' | 'site' | 'form' | 'code'


/** What a form needs to show again after a refused submission (no JavaScript). */
export type FormState = {
  values: Partial<Record<(typeof QUESTION_FIELDS)[number], string>>
  errors: Partial<Record<QuestionField, Bilingual>>
}

/** The public answer of a receipt lookup. */
export type ReceiptLookup = {
  code: string
  state: QuestionState
  receivedAt: string
  /** The asker's own question, as they wrote it. */
  text: string
  session: { title: string; path: string } | null
  rejectReason: string | null
  /** For a merged question: the question it was merged into, as published (if it is). */
  mergedInto: PublicQuestion | null
  /** The published question with its answer, when answered. */
  published: PublicQuestion | null
}
