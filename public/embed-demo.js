// The demo page's own script: it lists the events the widget sends (as a host page
// would listen to them) and switches the hostile stylesheet on and off.
const log = document.getElementById('event-log');
const hostile = document.getElementById('hostile');
const toggle = document.getElementById('toggle-hostile');

/** An event's detail for the log: encrypted results only by their size. */
function describe(detail) {
  const shown = {};
  for (const [key, value] of Object.entries(detail || {})) {
    shown[key] = value instanceof Uint8Array ? `(encrypted, ${value.length} bytes)` : value;
  }
  return JSON.stringify(shown);
}

for (const type of ['trygg-ready', 'trygg-progress', 'trygg-complete', 'trygg-error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${describe(event.detail)}`;
    log.append(item);
  });
}

function setHostile(on) {
  hostile.disabled = !on;
  toggle.setAttribute('aria-pressed', String(on));
}

setHostile(new URLSearchParams(location.search).has('hostile'));
toggle.addEventListener('click', () => setHostile(hostile.disabled));
