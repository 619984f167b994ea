//! The vault session: whether this device's data is set up, locked or open, the
//! unlock and lock itself, and the idle lock. While locked, no case is in memory and
//! the key is wiped; the screens only exist while the session is open.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use trygg_core::instrument::Instrument;

use crate::cases::{CaseStore, SaveStatus};
use crate::state::{AppState, Screen};
use crate::storage::{request_persistence, Storage, StorageError, Unlocked, VaultState, DB_NAME};

/// Device settings (not case data) kept in clear in the `settings` store.
pub const IDLE_MINUTES_SETTING: &str = "idle-lock-minutes";
pub const RETENTION_DAYS_SETTING: &str = "retention-days";
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
pub const IDLE_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];
/// 0 means "no retention period".
pub const RETENTION_CHOICES: [u32; 5] = [0, 90, 180, 365, 730];

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    Starting,
    /// IndexedDB cannot be used here (e.g. some private modes).
    NoStorage,
    /// First start: a passphrase must be set.
    Setup,
    Locked,
    Open(AppState),
    /// Training with fictional cases: its own in-memory state, never the vault.
    Training(AppState),
}

#[derive(Clone, Copy)]
pub struct Session {
    pub phase: RwSignal<Phase>,
    pub save_status: RwSignal<SaveStatus>,
    pub idle_minutes: RwSignal<u32>,
    pub retention_days: RwSignal<u32>,
    /// Whether the browser keeps the data under storage pressure (None: unknown).
    pub persisted: RwSignal<Option<bool>>,
    storage: StoredValue<Option<Storage>, LocalStorage>,
    unlocked: StoredValue<Option<Unlocked>, LocalStorage>,
    instruments: StoredValue<Arc<Vec<Instrument>>>,
    last_activity: StoredValue<f64>,
    /// The screen shown when the session locked (a case id at most, no case data),
    /// so unlocking returns to it.
    resume: StoredValue<Option<Screen>>,
    /// The IndexedDB database of this session (the widget keeps its own).
    database: &'static str,
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

impl Session {
    pub fn new(instruments: Vec<Instrument>) -> Self {
        Self::with_database(instruments, DB_NAME)
    }

    /// A session on the database `database` instead of the app's.
    pub fn with_database(instruments: Vec<Instrument>, database: &'static str) -> Self {
        Self {
            phase: RwSignal::new(Phase::Starting),
            save_status: RwSignal::new(SaveStatus::Idle),
            idle_minutes: RwSignal::new(DEFAULT_IDLE_MINUTES),
            retention_days: RwSignal::new(0),
            persisted: RwSignal::new(None),
            storage: StoredValue::new_local(None),
            unlocked: StoredValue::new_local(None),
            instruments: StoredValue::new(Arc::new(instruments)),
            last_activity: StoredValue::new(js_sys::Date::now()),
            resume: StoredValue::new(None),
            database,
        }
    }

    /// Opens the database and finds out whether a vault exists.
    pub async fn start(self) {
        match Storage::open_named(self.database).await {
            Err(_) => self.phase.set(Phase::NoStorage),
            Ok(storage) => {
                let state = storage.vault_state().await;
                if let Ok(Some(minutes)) = storage.setting::<u32>(IDLE_MINUTES_SETTING).await {
                    self.idle_minutes.set(minutes.max(1));
                }
                if let Ok(Some(days)) = storage.setting::<u32>(RETENTION_DAYS_SETTING).await {
                    self.retention_days.set(days);
                }
                self.storage.set_value(Some(storage));
                self.phase.set(match state {
                    Ok(VaultState::NotCreated) => Phase::Setup,
                    Ok(VaultState::Locked) => Phase::Locked,
                    Err(_) => Phase::NoStorage,
                });
            }
        }
    }

    fn storage(&self) -> Result<Storage, StorageError> {
        self.storage
            .with_value(|s| s.clone())
            .ok_or(StorageError::Unavailable)
    }

    /// Sets the first passphrase and opens the (empty) vault.
    pub async fn create(self, passphrase: String) -> Result<(), StorageError> {
        let unlocked = self.storage()?.create_vault(&passphrase).await?;
        self.persisted.set(request_persistence().await);
        self.open(unlocked, Vec::new());
        Ok(())
    }

    pub async fn unlock(self, passphrase: String) -> Result<(), StorageError> {
        let unlocked = self.storage()?.unlock(&passphrase).await?;
        let list = unlocked.list_cases().await?;
        self.persisted.set(request_persistence().await);
        self.open(unlocked, list.cases);
        if let Phase::Open(state) = self.phase.get_untracked() {
            state.unreadable.set(list.unreadable.len());
        }
        Ok(())
    }

    fn open(&self, unlocked: Unlocked, cases: Vec<trygg_core::case::Case>) {
        self.save_status.set(SaveStatus::Idle);
        let store = CaseStore::vault(unlocked.clone(), self.save_status);
        let state = AppState::new(self.instruments.get_value().to_vec(), store, cases);
        if let Some(screen) = self.resume.get_value() {
            state.screen.set(screen);
        }
        self.resume.set_value(None);
        self.unlocked.set_value(Some(unlocked));
        self.touch();
        self.phase.set(Phase::Open(state));
    }

    /// Locks now: drops every case from memory and wipes the key.
    /// Starts training: real cases are locked away first, and the training state
    /// lives in memory only, so nothing fictional reaches the vault or the case list.
    /// Its texts are fetched first; when they cannot be, nothing changes and
    /// `unavailable` runs.
    pub fn enter_training(&self, unavailable: impl FnOnce() + 'static) {
        // Made outside the clicked screen's reactive owner (as unlocking does), so the
        // training state outlives the screen that started it.
        let session = *self;
        leptos::task::spawn_local(async move {
            if crate::i18n::load_training().await == crate::i18n::Loaded::Failed {
                unavailable();
                return;
            }
            if matches!(session.phase.get_untracked(), Phase::Open(_)) {
                session.lock();
            }
            let instruments = session.instruments.get_value();
            let state = AppState::new((*instruments).clone(), CaseStore::in_memory(), Vec::new());
            session.phase.set(Phase::Training(state));
        });
    }

    /// Ends training (its answers are dropped) and returns to set-up or unlock.
    pub fn leave_training(self) {
        self.phase.set(Phase::Starting);
        leptos::task::spawn_local(self.start());
    }

    pub fn lock(&self) {
        if let Phase::Training(state) = self.phase.get_untracked() {
            state.forget_cases();
            self.leave_training();
            return;
        }
        if let Phase::Open(state) = self.phase.get_untracked() {
            self.resume.set_value(Some(state.screen.get_untracked()));
            state.forget_cases();
        }
        if let Some(unlocked) = self.unlocked.with_value(|u| u.clone()) {
            unlocked.lock();
        }
        self.unlocked.set_value(None);
        self.phase.set(Phase::Locked);
    }

    /// Erases every case and the vault on this device; the next step is a new passphrase.
    pub async fn erase_all(self) -> Result<(), StorageError> {
        self.lock();
        self.resume.set_value(None);
        let storage = self.storage()?;
        storage.erase_all().await?;
        // Erasing deletes the database; open a fresh one for the new vault.
        let fresh = Storage::open_named(self.database).await?;
        self.storage.set_value(Some(fresh));
        self.phase.set(Phase::Setup);
        Ok(())
    }

    pub async fn change_passphrase(self, old: String, new: String) -> Result<(), StorageError> {
        let unlocked = self
            .unlocked
            .with_value(|u| u.clone())
            .ok_or(StorageError::Locked)?;
        unlocked.change_passphrase(&old, &new).await
    }

    pub async fn set_idle_minutes(self, minutes: u32) -> Result<(), StorageError> {
        self.idle_minutes.set(minutes);
        self.storage()?
            .set_setting(IDLE_MINUTES_SETTING, &minutes)
            .await
    }

    pub async fn set_retention_days(self, days: u32) -> Result<(), StorageError> {
        self.retention_days.set(days);
        self.storage()?
            .set_setting(RETENTION_DAYS_SETTING, &days)
            .await
    }

    /// Records activity: the idle lock counts from the last touch or key press.
    pub fn touch(&self) {
        self.last_activity.set_value(js_sys::Date::now());
    }

    /// Listens for activity and locks after the idle time. A lock waits for writes
    /// under way, so locking never costs an answer.
    pub fn watch_idle(self) {
        let pointer = window_event_listener(ev::pointerdown, move |_| self.touch());
        let key = window_event_listener(ev::keydown, move |_| self.touch());
        let input = window_event_listener(ev::input, move |_| self.touch());
        // Coming back to this tab: read the cases afresh, so a change made in another
        // tab meanwhile is what this one builds on.
        let focus = window_event_listener(ev::focus, move |_| {
            if let Phase::Open(state) = self.phase.get_untracked() {
                leptos::task::spawn_local(async move { state.refresh().await });
            }
        });
        on_cleanup(move || {
            pointer.remove();
            key.remove();
            input.remove();
            focus.remove();
        });
        let interval = set_interval_with_handle(
            move || {
                let Phase::Open(state) = self.phase.get_untracked() else {
                    return;
                };
                let idle_ms = f64::from(self.idle_minutes.get_untracked()) * 60_000.0;
                let idle = js_sys::Date::now() - self.last_activity.get_value();
                if idle >= idle_ms && !state.has_pending_saves() {
                    self.lock();
                }
            },
            std::time::Duration::from_secs(5),
        );
        if let Ok(interval) = interval {
            on_cleanup(move || interval.clear());
        }
    }

    pub fn retry_saves(&self) {
        if let Phase::Open(state) = self.phase.get_untracked() {
            state.retry_saves();
        }
    }
}

/// Resolves after the browser had a chance to paint (a short timeout, which also
/// runs in background tabs where animation frames do not).
pub async fn next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
