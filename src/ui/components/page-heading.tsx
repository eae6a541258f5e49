import { useEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router'

interface PageHeadingProps {
  children: ReactNode
  /** The document title; defaults to nothing but the app's name. */
  title?: string
}

/**
 * The page's one h1. After a navigation within the app, focus moves to it, so keyboard and screen
 * reader users start reading the new page at its top; on the first page of a visit it stays put.
 */
export function PageHeading({ children, title }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { pathname, key } = useLocation()
  const firstPage = key === 'default'
  useEffect(() => {
    if (!firstPage) ref.current?.focus()
  }, [pathname, firstPage])
  return (
    <>
      <title>{title ? `${title} — Bounce wizard` : 'Bounce wizard — why did my e-mail bounce?'}</title>
      <h1 ref={ref} tabIndex={-1} className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">
        {children}
      </h1>
    </>
  )
}
