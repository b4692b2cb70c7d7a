import type { CollectionBeforeValidateHook } from 'payload'

import { normalizeStrings } from '../lib/text'

export const normalizeNfc: CollectionBeforeValidateHook = ({ data }) => (data ? normalizeStrings(data) : data)
