import { useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/** Where each page of this visit was scrolled to, by history entry. */
const positions = new Map<string, number>()

/**
 * Scrolls like a site of separate pages would: a new page starts at its top (or at its #anchor),
 * Back and Forward return to where the person was. (React Router's ScrollRestoration does this
 * for its data routers only; this app uses the lighter declarative router.)
 */
export function ScrollOnNavigate() {
  const location = useLocation()
  const navigationType = useNavigationType()
  const first = useRef(true)

  useEffect(() => {
    const key = location.key
    const remember = (): void => {
      positions.set(key, window.scrollY)
    }
    window.addEventListener('scroll', remember, { passive: true })
    return () => window.removeEventListener('scroll', remember)
  }, [location.key])

  useLayoutEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const saved = navigationType === 'POP' ? positions.get(location.key) : undefined
    if (saved !== undefined) window.scrollTo(0, saved)
    else if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView()
    else window.scrollTo(0, 0)
  }, [location.key, location.hash, navigationType])

  return null
}
