/// <reference types="astro/client" />

// Lets plain `tsc` type `.astro` imports in .ts files (the Astro language server does this itself).
declare module '*.astro' {
  const Component: (props: any) => unknown
  export default Component
}

declare namespace App {
  interface Locals {
    cong: import('./lib/render-view').RenderLocals
  }
}
