//! One tab at a time edits a case: a Web Lock (`navigator.locks.request` with
//! `ifAvailable`) per case, held by a guard until it is dropped. A second tab asking
//! for the same case gets `None` at once and can show the case read-only, so two tabs
//! never overwrite each other's answers.
//!
//! web-sys only exposes the Web Locks API behind `web_sys_unstable_apis`, so the two
//! calls needed are declared here.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::StorageError;

#[wasm_bindgen]
extern "C" {
    type LockManager;

    #[wasm_bindgen(method, catch, js_name = request)]
    fn request_with_options(
        this: &LockManager,
        name: &str,
        options: &JsValue,
        callback: &JsValue,
    ) -> Result<js_sys::Promise, JsValue>;
}

/// Holds the edit lock of one case while it lives; dropping it releases the lock (and
/// closing the tab releases it too).
#[derive(Debug)]
pub struct EditLock {
    _release: Release,
    exclusive: bool,
}

impl EditLock {
    /// False where the browser has no Web Locks: the guard then guards nothing, and
    /// editing proceeds as if this were the only tab.
    pub fn is_exclusive(&self) -> bool {
        self.exclusive
    }
}

/// Resolves the promise the lock callback returned, which ends the lock. Runs on drop,
/// also if the request is abandoned half-way, so a lock is never left held forever.
#[derive(Debug)]
struct Release(Option<js_sys::Function>);

impl Drop for Release {
    fn drop(&mut self) {
        if let Some(resolve) = self.0.take() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }
}

fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    Some(locks.unchecked_into())
}

/// Takes the lock `name` if no other tab (or handle) holds it. `Ok(None)`: held
/// elsewhere. Without Web Locks: `Ok(Some(guard))` with
/// [`EditLock::is_exclusive`] false.
pub(crate) async fn try_lock(name: &str) -> Result<Option<EditLock>, StorageError> {
    let Some(locks) = lock_manager() else {
        return Ok(Some(EditLock {
            _release: Release(None),
            exclusive: false,
        }));
    };

    // The promise that keeps the lock while pending, and its resolver.
    let mut resolve_held = None;
    let held = js_sys::Promise::new(&mut |resolve, _reject| resolve_held = Some(resolve));
    let release = Release(resolve_held);

    // Resolved by the callback with whether the lock was granted.
    let mut resolve_granted = None;
    let granted = js_sys::Promise::new(&mut |resolve, _reject| resolve_granted = Some(resolve));
    let Some(resolve_granted) = resolve_granted else {
        return Err(StorageError::Other("Promise".into()));
    };

    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        let got = !lock.is_null() && !lock.is_undefined();
        let _ = resolve_granted.call1(&JsValue::UNDEFINED, &JsValue::from_bool(got));
        if got {
            held.into()
        } else {
            JsValue::UNDEFINED
        }
    });

    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE)
        .map_err(|e| StorageError::from_js(&e))?;
    js_sys::Reflect::set(&options, &"mode".into(), &"exclusive".into())
        .map_err(|e| StorageError::from_js(&e))?;
    let request = locks
        .request_with_options(name, &options, &callback)
        .map_err(|e| StorageError::from_js(&e))?;
    // The request settles only when the lock ends; nobody waits for it, so swallow a
    // rejection (e.g. the page going away) instead of reporting it as unhandled.
    let ignore = Closure::once_into_js(|_: JsValue| {});
    if let Ok(catch) = js_sys::Reflect::get(&request, &"catch".into()) {
        if let Some(catch) = catch.dyn_ref::<js_sys::Function>() {
            let _ = catch.call1(&request, &ignore);
        }
    }

    let got = JsFuture::from(granted)
        .await
        .map_err(|e| StorageError::from_js(&e))?
        .as_bool()
        .unwrap_or(false);
    Ok(got.then_some(EditLock {
        _release: release,
        exclusive: true,
    }))
}
