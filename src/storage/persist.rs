//! Persistent storage: asks the browser not to evict Trygg's data under storage
//! pressure. Without it, a browser may silently clear IndexedDB of a site not visited
//! for a while, and cases would be lost.
//!
//! Both helpers answer `None` where the Storage API is missing (older browsers,
//! insecure contexts), so the screens can tell "refused" from "not supported".

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    storage.dyn_into().ok()
}

async fn ask(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Asks for persistent storage (`navigator.storage.persist()`). Chromium decides
/// without a prompt (e.g. granted for an installed app); Firefox may ask the user.
pub async fn request_persistence() -> Option<bool> {
    ask(storage_manager()?.persist()).await
}

/// Whether storage is already persistent (`navigator.storage.persisted()`).
pub async fn is_persisted() -> Option<bool> {
    ask(storage_manager()?.persisted()).await
}
