/**
 * How online dialogues and the Q&A follow their portal into the portal it is merged into
 * (`npm run site -- merge`, ADR 0018).
 */
import type { LifecycleContribution } from '../lifecycle/types'

export const dialogueSessionsLifecycle: LifecycleContribution = { merge: { slugField: 'slug' } }

/** A question of a session follows its session; one of the ongoing Q&A just moves. */
export const questionsLifecycle: LifecycleContribution = { merge: { dependsOn: 'session' } }
