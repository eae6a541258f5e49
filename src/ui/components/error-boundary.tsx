import { Component, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What to show instead of children that failed to render. */
  fallback: ReactNode
  /** When this changes (a navigation), the boundary tries its children again. */
  resetKey: string
  children: ReactNode
}

interface ErrorBoundaryState {
  failed: boolean
  resetKey: string
}

/**
 * Catches an error thrown while rendering its children and shows `fallback` instead, until the
 * next navigation. React has no hook for this: it takes a class. (React itself reports the error
 * on the console; nothing is ever sent anywhere.)
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
