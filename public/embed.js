// Trygg's widget for an organisation's own website:
//
//   <script type="module" src="https://trygg.example.org/embed.js"></script>
//   <trygg-assessment mode="self-check" lang="lv" recipients="age1…"></trygg-assessment>
//
// This file defines <trygg-assessment>. It loads the very same build as the Trygg
// app, from the folder this file is in (whatever page it is used on): the
// wasm-bindgen glue and the WebAssembly module, each checked against its SHA-384
// hash, and the widget's stylesheet, placed inside the element's shadow root so the
// page's styles and the widget's do not mix. The attributes are documented in
// README.md ("Embedding the widget"). Nothing here sends anything anywhere; the
// service worker of the app is never registered by the widget.
//
// `cargo xtask build` writes this build's file names and hashes into FILES.
const FILES = {};

const folder = new URL('./', import.meta.url);
const address = (name) => new URL(name, folder).href;

let loading;

/** A <link> to one of the widget's files, checked against its SHA-384. */
function checkedLink(rel, [name, hash]) {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = address(name);
  link.integrity = hash;
  link.crossOrigin = 'anonymous';
  return link;
}

/** Loads the glue and the wasm once per page; every element shares them. */
function load() {
  if (!loading) {
    loading = (async () => {
      // A module preload carrying the hash fills the page's module map, so the
      // import below gets this checked module (import() itself takes no hash).
      (document.head || document.documentElement).append(checkedLink('modulepreload', FILES.glue));
      const bindings = await import(address(FILES.glue[0]));
      const [wasm, wasmHash] = FILES.wasm;
      await bindings.default({
        module_or_path: new Request(address(wasm), { integrity: wasmHash, credentials: 'omit' }),
      });
      return bindings;
    })();
  }
  return loading;
}

/** The widget's stylesheet, in the shadow root; resolves once it applies. */
function stylesheet(root) {
  const link = checkedLink('stylesheet', FILES.css);
  const ready = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', reject, { once: true });
  });
  root.append(link);
  return ready;
}

class TryggAssessment extends HTMLElement {
  connectedCallback() {
    if (this.mounting || this.widget) return;
    this.mounting = this.mount().finally(() => {
      this.mounting = undefined;
    });
  }

  async mount() {
    let root = this.shadowRoot;
    let styled;
    if (!root) {
      root = this.attachShadow({ mode: 'open' });
      styled = stylesheet(root);
    }
    try {
      const [bindings] = await Promise.all([load(), styled]);
      // Moved or removed while loading: the next connection mounts it.
      if (!this.isConnected || this.widget) return;
      this.widget = bindings.mount_widget(this, root, { folder: folder.href });
    } catch (error) {
      // The host's own content (e.g. its <trygg-help> contacts) shows instead.
      if (!root.querySelector('slot')) root.append(document.createElement('slot'));
      console.warn('<trygg-assessment> could not start:', error && error.message);
      this.dispatchEvent(
        new CustomEvent('trygg-error', { bubbles: true, composed: true, detail: { reason: 'load' } }),
      );
    }
  }

  disconnectedCallback() {
    // Everything in memory (her answers) goes with the element.
    if (this.widget) {
      this.widget.unmount();
      this.widget.free();
      this.widget = undefined;
      for (const node of [...this.shadowRoot.children]) {
        if (node.localName !== 'link') node.remove();
      }
    }
  }
}

if (!customElements.get('trygg-assessment')) {
  customElements.define('trygg-assessment', TryggAssessment);
}
