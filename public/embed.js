/*
 * Bounce wizard — embed it in a help page with one tag:
 *
 *   <script src="https://help.example.com/bounce-wizard/embed.js" data-start="guide" data-theme="auto" async></script>
 *
 * The iframe goes where the script is, or into every <div data-bounce-wizard> on the page (which
 * may set data-start and data-theme of its own). The app is the one in the folder embed.js is
 * loaded from. The iframe is as tall as the app's content: the app reports its height with
 * postMessage, and only messages from the app's origin and from that iframe are heeded. Every
 * message is also dispatched on the container as a DOM event of the same name
 * ("bounce-wizard:resize", "bounce-wizard:diagnosis"), with the message as event.detail.
 *
 * Options (data-* attributes): data-theme = auto | light | dark; data-start = guide (open the
 * guided questions first); data-title = the iframe's accessible name; data-height = the height
 * before the app reports one, in pixels.
 */
;(function () {
  'use strict'
  const script = document.currentScript
  if (!script || !script.src) return
  const app = new URL('./', script.src)
  const frames = []

  function option(container, name) {
    return container.getAttribute('data-' + name) || script.getAttribute('data-' + name) || ''
  }

  function mount(container) {
    const params = new URLSearchParams({ embed: '1' })
    const theme = option(container, 'theme')
    const start = option(container, 'start')
    if (theme) params.set('theme', theme)
    if (start) params.set('start', start)
    const iframe = document.createElement('iframe')
    iframe.src = app.href + '?' + params.toString()
    iframe.title = option(container, 'title') || 'Bounce wizard: why did my e-mail bounce?'
    // The app offers to copy a ticket note: a framed page may write to the clipboard only if allowed.
    iframe.setAttribute('allow', 'clipboard-write')
    iframe.style.display = 'block'
    iframe.style.width = '100%'
    iframe.style.border = '0'
    iframe.style.height = (parseInt(option(container, 'height'), 10) || 480) + 'px'
    container.setAttribute('data-bounce-wizard-ready', '')
    container.appendChild(iframe)
    frames.push({ iframe: iframe, container: container })
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== app.origin) return
    const data = event.data
    if (!data || typeof data.type !== 'string' || data.type.indexOf('bounce-wizard:') !== 0) return
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]
      if (event.source !== frame.iframe.contentWindow) continue
      if (data.type === 'bounce-wizard:resize' && typeof data.height === 'number' && data.height > 0) {
        frame.iframe.style.height = Math.min(Math.ceil(data.height), 100000) + 'px'
      }
      frame.container.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }))
    }
  })

  function start() {
    let containers = document.querySelectorAll('[data-bounce-wizard]:not([data-bounce-wizard-ready])')
    if (containers.length === 0) {
      const container = document.createElement('div')
      container.setAttribute('data-bounce-wizard', '')
      script.parentNode.insertBefore(container, script.nextSibling)
      containers = [container]
    }
    for (let i = 0; i < containers.length; i++) mount(containers[i])
  }

  // An async script may run before the rest of the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
