//! The DOM events the host page hears from `<trygg-assessment>`. They bubble and are
//! `composed`, so they leave the shadow root. Their details carry counts and
//! settings only: no answer, no result in clear unless the host set
//! `events-include-result`, and results themselves only encrypted to the host's keys.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const READY: &str = "trygg-ready";
pub const PROGRESS: &str = "trygg-progress";
pub const COMPLETE: &str = "trygg-complete";

/// Dispatches `name` on the host element with a plain object as its detail.
pub fn emit(host: &HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// A number for an event detail.
pub fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// The encrypted bytes of a result, as a `Uint8Array` the host can upload or save.
pub fn bytes(data: &[u8]) -> JsValue {
    js_sys::Uint8Array::from(data).into()
}
