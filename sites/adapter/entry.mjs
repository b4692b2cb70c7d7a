// The server build's entry: the CMS renders pages with `app.render(request, { locals })`.
import { createApp } from 'astro/app/entrypoint'

export const app = createApp({ streaming: false })
