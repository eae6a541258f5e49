import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// A page's code is loaded when it is first shown; on a busy 2-core machine running the whole suite
// in parallel that can take longer than Testing Library's default second for findBy… queries.
configure({ asyncUtilTimeout: 5000 })

// A console.error during a test is a bug (React warnings, failed prop types): fail the test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error('console.error was called: ' + args.map(String).join(' '))
  })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  sessionStorage.clear()
})
