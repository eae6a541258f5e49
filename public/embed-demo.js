/* The demo help page (embed-demo.html): lists the events the embedded wizard sends. */
;(function () {
  'use strict'
  const log = document.getElementById('event-log')
  function show(event) {
    const item = document.createElement('li')
    const code = document.createElement('code')
    code.textContent = JSON.stringify(event.detail)
    item.appendChild(code)
    log.appendChild(item)
  }
  document.addEventListener('bounce-wizard:resize', show)
  document.addEventListener('bounce-wizard:diagnosis', show)
})()
