declare module 'virtual:content' {
  import type { Content } from './core/content/schema'
  const content: Content
  export default content
}
