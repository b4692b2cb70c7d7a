import React from 'react'

/** Link to "Việc của tôi" at the top of the admin navigation. */
export function MyWorkLink() {
  return (
    <a className="nav__link" href="/admin/my-work" style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      Việc của tôi
    </a>
  )
}
