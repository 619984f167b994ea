//! The app's state while it runs: which screen is shown, the cases of this device
//! (decrypted in memory only while unlocked), and the instruments. Screens read and
//! change cases only through [`AppState`], which hands every change to the store.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::case::{Assessment, Case, Millis};
use trygg_core::code::{CaseCode, CaseId};
use trygg_core::instrument::Instrument;

use crate::cases::CaseStore;
use crate::editing::CaseEditing;

/// What the main area shows. Case data never goes into the address bar, so the
/// screen lives here rather than in the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    NewCase,
    Case(CaseId),
    /// An assessment of a case (by its position in the case), at one section.
    Assessment {
        case: CaseId,
        index: usize,
        section: usize,
    },
    Result {
        case: CaseId,
        index: usize,
    },
    Report(CaseId),
    Settings,
    /// Exporting cases, starting with these selected.
    Export(Vec<CaseId>),
    /// Opening an export file.
    OpenExport,
    /// Training only: the trainer's summary of trainees' result files.
    GroupSummary,
    /// Training only: writing a scenario.
    ScenarioEditor,
}

impl Screen {
    /// The case whose answers this screen changes: the interview and its result.
    pub fn edited_case(&self) -> Option<&CaseId> {
        match self {
            Screen::Assessment { case, .. } | Screen::Result { case, .. } => Some(case),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AppState {
    pub screen: RwSignal<Screen>,
    /// Shared, so reading or listing cases never copies their answers; a change
    /// copies a case only while another holder (a list, a pending write) has it.
    pub cases: RwSignal<Vec<Arc<Case>>>,
    /// Stored records that could not be opened (damaged): reported, never dropped.
    pub unreadable: RwSignal<usize>,
    /// The case whose cross-tab edit lock this tab holds.
    pub editing: CaseEditing,
    instruments: StoredValue<Arc<Vec<Instrument>>>,
    store: StoredValue<CaseStore, LocalStorage>,
}

impl AppState {
    pub fn new(instruments: Vec<Instrument>, store: CaseStore, cases: Vec<Case>) -> Self {
        Self {
            screen: RwSignal::new(Screen::Home),
            cases: RwSignal::new(cases.into_iter().map(Arc::new).collect()),
            unreadable: RwSignal::new(0),
            editing: CaseEditing::new(),
            instruments: StoredValue::new(Arc::new(instruments)),
            store: StoredValue::new_local(store),
        }
    }

    pub fn go(&self, screen: Screen) {
        // Leaving the interview releases the case's edit lock, so another tab can
        // edit it; moving between its parts and its result keeps it.
        if self
            .editing
            .case()
            .is_some_and(|held| screen.edited_case() != Some(&held))
        {
            self.editing.release();
        }
        self.screen.set(screen);
    }

    pub fn instruments(&self) -> Arc<Vec<Instrument>> {
        self.instruments.get_value()
    }

    pub fn instrument(&self, id: &str) -> Option<Instrument> {
        self.instruments
            .with_value(|all| all.iter().find(|i| i.id == id).cloned())
    }

    /// A case, read reactively.
    pub fn case(&self, id: &CaseId) -> Option<Arc<Case>> {
        self.cases
            .with(|cases| cases.iter().find(|c| &c.id == id).cloned())
    }

    /// One assessment of a case, read reactively (`None` once the case is gone).
    pub fn assessment_memo(&self, case: CaseId, index: usize) -> Memo<Option<Assessment>> {
        let cases = self.cases;
        Memo::new(move |_| {
            cases.with(|cases| {
                cases
                    .iter()
                    .find(|c| c.id == case)
                    .and_then(|c| c.assessments.get(index).cloned())
            })
        })
    }

    /// An assessment (reactive) with the instrument it was made with; `None` when
    /// the case, the assessment or its instrument is not there.
    pub fn assessment_with_instrument(
        &self,
        case: CaseId,
        index: usize,
    ) -> Option<(Memo<Option<Assessment>>, Arc<Instrument>)> {
        let assessment = self.assessment_memo(case, index);
        let instrument = assessment
            .get_untracked()
            .and_then(|a| self.instrument(&a.instrument))?;
        Some((assessment, Arc::new(instrument)))
    }

    /// Adds a new case and stores it.
    pub fn add_case(&self, case: Case) {
        self.add_cases(vec![case]);
    }

    /// Adds several new cases in one change (an import), and stores each.
    pub fn add_cases(&self, new: Vec<Case>) {
        if new.is_empty() {
            return;
        }
        let new: Vec<Arc<Case>> = new.into_iter().map(Arc::new).collect();
        self.store
            .with_value(|store| new.iter().for_each(|case| store.save(case)));
        self.cases.update(|cases| cases.extend(new));
    }

    /// Changes a case, stamps it, and stores it.
    pub fn update_case(&self, id: &CaseId, change: impl FnOnce(&mut Case)) {
        let now = now();
        let mut saved = None;
        self.cases.update(|cases| {
            if let Some(shared) = cases.iter_mut().find(|c| &c.id == id) {
                let case = Arc::make_mut(shared);
                change(case);
                case.updated = case.updated.max(now);
                saved = Some(Arc::clone(shared));
            }
        });
        if let Some(case) = saved {
            self.store.with_value(|store| store.save(&case));
        }
    }

    /// Changes one assessment of a case, and stamps both.
    pub fn update_assessment(
        &self,
        id: &CaseId,
        index: usize,
        change: impl FnOnce(&mut Assessment),
    ) {
        let now = now();
        self.update_case(id, |case| {
            if let Some(assessment) = case.assessments.get_mut(index) {
                change(assessment);
                assessment.updated = assessment.updated.max(now);
            }
        });
    }

    /// Replaces a case with the stored version (another tab may have changed it).
    pub async fn reload_case(&self, id: &CaseId) {
        let Some(vault) = self.store.with_value(CaseStore::unlocked) else {
            return;
        };
        let Ok(fresh) = vault.read_case(id).await else {
            return;
        };
        let store = self.store;
        self.cases.try_update(
            |cases| match (fresh, cases.iter_mut().find(|c| &c.id == id)) {
                // A version of this tab that is not yet written always stays.
                (Some(fresh), Some(mine)) if !keeps_own(store, mine, &fresh) => {
                    *mine = Arc::new(fresh)
                }
                _ => {}
            },
        );
    }

    /// Reads from storage what other tabs changed, so cases created, changed or
    /// deleted there show here too (only changed records are decrypted). A version of
    /// this tab that is newer, or not yet written, is kept.
    pub async fn refresh(&self) {
        let Some(vault) = self.store.with_value(CaseStore::unlocked) else {
            return;
        };
        let Ok(changes) = vault.changed_cases().await else {
            return;
        };
        self.unreadable.try_set(changes.unreadable.len());
        let store = self.store;
        // Gone from storage (deleted in another tab), unless this tab is writing it.
        let gone: Vec<CaseId> = self
            .cases
            .try_with_untracked(|cases| {
                cases
                    .iter()
                    .filter(|case| {
                        vault
                            .record_id(&case.id)
                            .is_ok_and(|record| !changes.stored.contains(&record))
                            && !store.with_value(|s| s.is_unsaved(&case.id))
                    })
                    .map(|case| case.id.clone())
                    .collect()
            })
            .unwrap_or_default();
        if changes.changed.is_empty() && gone.is_empty() {
            return;
        }
        self.cases.try_update(|cases| {
            cases.retain(|case| !gone.contains(&case.id));
            let mut position: HashMap<CaseId, usize> = cases
                .iter()
                .enumerate()
                .map(|(i, case)| (case.id.clone(), i))
                .collect();
            for stored in changes.changed {
                match position.get(&stored.id) {
                    Some(&i) if keeps_own(store, &cases[i], &stored) => {}
                    Some(&i) => cases[i] = Arc::new(stored),
                    None => {
                        position.insert(stored.id.clone(), cases.len());
                        cases.push(Arc::new(stored));
                    }
                }
            }
        });
    }

    /// The vault handle, for the cross-tab edit lock.
    pub fn vault(&self) -> Option<crate::storage::Unlocked> {
        self.store.with_value(CaseStore::unlocked)
    }

    pub fn has_pending_saves(&self) -> bool {
        self.store.with_value(CaseStore::has_pending)
    }

    pub fn retry_saves(&self) {
        self.store.with_value(CaseStore::retry);
    }

    /// Drops every case from memory (on lock).
    pub fn forget_cases(&self) {
        self.editing.release();
        self.cases.set(Vec::new());
        self.screen.set(Screen::Home);
    }

    pub fn delete_case(&self, id: &CaseId) {
        self.store.with_value(|store| store.delete(id));
        self.cases.update(|cases| cases.retain(|c| &c.id != id));
    }

    /// A code no case on this device uses yet.
    pub fn fresh_code(&self) -> CaseCode {
        let mut code = CaseCode::from_random_bytes(random_bytes());
        // Collisions are one in millions; a few tries settle them.
        for _ in 0..8 {
            if self
                .cases
                .with_untracked(|cases| cases.iter().all(|c| c.code != code))
            {
                break;
            }
            code = CaseCode::from_random_bytes(random_bytes());
        }
        code
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// Random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        // Fails only for requests above 64 KiB; ours are a few bytes.
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// `N` random bytes as lower-case hex, for file names that say nothing.
pub fn random_hex<const N: usize>() -> String {
    random_bytes::<N>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn new_case_id() -> CaseId {
    CaseId::from_random_bytes(random_bytes())
}

/// Whether this tab's version of a case stays over the stored one: it is as new or
/// newer (two changes can share a millisecond), or its write is still pending.
fn keeps_own(store: StoredValue<CaseStore, LocalStorage>, mine: &Case, stored: &Case) -> bool {
    mine.updated >= stored.updated || store.with_value(|s| s.is_unsaved(&mine.id))
}
