//! Where cases are kept. The screens change cases only through `AppState`, which
//! hands every changed case to [`CaseStore::save`]; the store writes it, encrypted,
//! to the vault at once (no debounce, so nothing waits to be flushed when the page
//! is hidden or killed) and keeps it in memory until the write has committed.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::case::Case;
use trygg_core::code::CaseId;

use crate::storage::{StorageError, Unlocked};

/// What the header shows about saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing written in this session yet.
    Idle,
    Saving,
    Saved,
    /// A write failed; the answers are still on screen and are written again with
    /// the next change or "Try again".
    Failed(StorageError),
}

#[derive(Clone)]
pub struct CaseStore {
    vault: Option<Unlocked>,
    status: RwSignal<SaveStatus>,
    /// Cases whose latest version is not yet committed.
    unsaved: Rc<RefCell<BTreeMap<CaseId, Arc<Case>>>>,
    in_flight: Rc<Cell<u32>>,
}

impl CaseStore {
    /// Keeps cases in memory only (used where no vault exists, e.g. in tests).
    pub fn in_memory() -> Self {
        Self {
            vault: None,
            status: RwSignal::new(SaveStatus::Idle),
            unsaved: Rc::default(),
            in_flight: Rc::default(),
        }
    }

    pub fn vault(unlocked: Unlocked, status: RwSignal<SaveStatus>) -> Self {
        Self {
            vault: Some(unlocked),
            status,
            unsaved: Rc::default(),
            in_flight: Rc::default(),
        }
    }

    pub fn status(&self) -> RwSignal<SaveStatus> {
        self.status
    }

    /// Writes a case now. Earlier failed writes are retried with it.
    pub fn save(&self, case: &Arc<Case>) {
        if self.vault.is_none() {
            return;
        }
        self.unsaved
            .borrow_mut()
            .insert(case.id.clone(), Arc::clone(case));
        // After a failed write, every case still unsaved is written again with this
        // change. Otherwise only this case: the others pending are already on their
        // way (writing them all again on every save made a burst of n saves cost n²
        // writes, and a burst of imports ran out of memory).
        if matches!(self.status.get_untracked(), SaveStatus::Failed(_)) {
            self.write_unsaved();
        } else {
            self.write(Arc::clone(case));
        }
    }

    /// Writes again every case whose last write failed.
    pub fn retry(&self) {
        self.write_unsaved();
    }

    pub fn is_unsaved(&self, id: &CaseId) -> bool {
        self.unsaved.borrow().contains_key(id)
    }

    /// True while a write is under way or a case is not yet committed.
    pub fn has_pending(&self) -> bool {
        self.in_flight.get() > 0 || !self.unsaved.borrow().is_empty()
    }

    fn write_unsaved(&self) {
        let batch: Vec<Arc<Case>> = self.unsaved.borrow().values().cloned().collect();
        for case in batch {
            self.write(case);
        }
    }

    /// Encrypts and writes one case; it leaves `unsaved` once committed, unless a
    /// newer version arrived meanwhile.
    fn write(&self, case: Arc<Case>) {
        let Some(vault) = self.vault.clone() else {
            return;
        };
        self.in_flight.set(self.in_flight.get() + 1);
        self.status.set(SaveStatus::Saving);
        let store = self.clone();
        let started = now_ms();
        spawn_local(async move {
            let result = vault.save_case(&case).await;
            store.in_flight.set(store.in_flight.get().saturating_sub(1));
            match result {
                Ok(()) => {
                    measure_autosave(started);
                    let mut unsaved = store.unsaved.borrow_mut();
                    // Only forget it if nothing newer arrived meanwhile.
                    if unsaved.get(&case.id) == Some(&case) {
                        unsaved.remove(&case.id);
                    }
                    if store.in_flight.get() == 0 && unsaved.is_empty() {
                        store.status.set(SaveStatus::Saved);
                    }
                }
                Err(error) => store.status.set(SaveStatus::Failed(error)),
            }
        });
    }

    pub fn delete(&self, id: &CaseId) {
        self.unsaved.borrow_mut().remove(id);
        let Some(vault) = self.vault.clone() else {
            return;
        };
        let (id, status) = (id.clone(), self.status);
        spawn_local(async move {
            if let Err(error) = vault.delete_case(&id).await {
                status.set(SaveStatus::Failed(error));
            }
        });
    }

    /// The vault handle, for reading a case afresh or taking its edit lock.
    pub fn unlocked(&self) -> Option<Unlocked> {
        self.vault.clone()
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// Records how long an autosave took, as a performance measure (timing only, no
/// data), so the benchmark can read the latency from answer to commit.
fn measure_autosave(started: f64) {
    use wasm_bindgen::JsCast;
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &started.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &performance.now().into());
    if let Ok(measure) = js_sys::Reflect::get(&performance, &"measure".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = measure.call2(&performance, &"trygg-autosave".into(), &options);
    }
}
