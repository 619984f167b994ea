//! Which case this tab may edit. The cross-tab edit lock ([`EditLock`]) of a case is
//! taken when the worker opens one of its assessments and kept while she moves
//! between its parts and its result, so the answers never turn unavailable for a
//! moment at each "Next" (a tap or a key press then would be lost). It is released
//! when she leaves the interview (see [`crate::state::Screen::edited_case`]), and on
//! lock.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::code::CaseId;

use crate::state::AppState;
use crate::storage::EditLock;

/// The lock this tab holds or is asking for.
#[derive(Clone, Debug, Default, PartialEq)]
struct Holding {
    case: Option<CaseId>,
    /// `Some(true)`: this tab edits; `Some(false)`: another tab is editing, so this
    /// one only reads; `None`: still asking.
    editable: Option<bool>,
    /// Tells an answer to an old request from the current one.
    request: u64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CaseEditing {
    holding: RwSignal<Holding>,
    guard: StoredValue<Option<EditLock>, LocalStorage>,
}

impl CaseEditing {
    pub fn new() -> Self {
        Self {
            holding: RwSignal::new(Holding::default()),
            guard: StoredValue::new_local(None),
        }
    }

    /// Whether this tab may edit `case` (reactive): see [`Holding::editable`].
    pub fn editable(&self, case: &CaseId) -> Option<bool> {
        self.holding.with(|h| {
            if h.case.as_ref() == Some(case) {
                h.editable
            } else {
                None
            }
        })
    }

    /// Takes the edit lock of `case` unless this tab holds it or is asking for it
    /// already; a lock held for another case is released first. On first taking it,
    /// the case is read afresh from storage, so an edit made in another tab is never
    /// overwritten. Where another tab was editing, it asks again. Returns whether
    /// this tab may edit `case` (see [`Self::editable`]).
    pub fn take(&self, app: AppState, case: CaseId) -> Signal<Option<bool>> {
        let this = *self;
        let editable = {
            let case = case.clone();
            Signal::derive(move || this.editable(&case))
        };
        let (held, request) = self.holding.with_untracked(|h| {
            (
                h.case.as_ref() == Some(&case) && h.editable != Some(false),
                h.request + 1,
            )
        });
        if held {
            return editable;
        }
        self.guard.set_value(None);
        let Some(vault) = app.vault() else {
            self.holding.set(Holding {
                case: Some(case),
                editable: Some(true),
                request,
            });
            return editable;
        };
        self.holding.set(Holding {
            case: Some(case.clone()),
            editable: None,
            request,
        });
        spawn_local(async move {
            let current = move || {
                this.holding
                    .try_with_untracked(|h| h.request == request)
                    .unwrap_or(false)
            };
            let may_edit = match vault.edit_lock(&case).await {
                Ok(Some(lock)) => {
                    app.reload_case(&case).await;
                    // If she has left the case meanwhile, the lock is dropped
                    // (released) here.
                    if !current() {
                        return;
                    }
                    this.guard.try_set_value(Some(lock));
                    true
                }
                Ok(None) => false,
                // Without a working lock, edit as the only tab rather than block her
                // answers.
                Err(_) => true,
            };
            if current() {
                this.holding.try_update(|h| h.editable = Some(may_edit));
            }
        });
        editable
    }

    /// Releases the lock held (if any): she has left the interview, or the vault locks.
    pub fn release(&self) {
        self.guard.try_set_value(None);
        self.holding.try_update(|h| {
            h.case = None;
            h.editable = None;
        });
    }

    /// The case whose lock this tab holds or asks for.
    pub fn case(&self) -> Option<CaseId> {
        self.holding.with_untracked(|h| h.case.clone())
    }
}

impl Default for CaseEditing {
    fn default() -> Self {
        Self::new()
    }
}
