'use client'
/** The current password, asked next to a new one in the account view (ADR 0013). */
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} />
)
