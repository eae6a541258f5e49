import content from 'virtual:content'
import type { Content } from './core/content/schema'

/** The validated content of content/, bundled at build time. */
export const CONTENT: Content = content
