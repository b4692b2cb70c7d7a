'use client'
/**
 * The current password, asked on the account form for a password change (ADR 0017). Shown
 * always: the admin's form state does not carry the new password to field conditions. Checked
 * by the server (auth/account.ts), only when a new password is sent.
 */
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={{ ...field, required: false }} path={path ?? field.name} validate={() => true} />
)
