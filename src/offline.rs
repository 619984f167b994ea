//! Working offline, and updates that never disturb an interview.
//!
//! The app registers its service worker (`public/sw.js`, filled in by
//! `cargo xtask build`), which keeps every file of this version so that after one
//! visit Trygg starts with no network at all. A new version is fetched by the
//! browser in the background: its worker installs and waits. [`UpdateNotice`]
//! then offers "Update now", but only while no interview is open and every answer
//! is written; choosing it lets the waiting worker take over and reloads this page
//! once it has. Other open tabs are left alone (they keep running the version they
//! loaded until they are reloaded), so an interview in another tab is never cut.
//!
//! Only the app itself registers the worker: the URL is relative to the page, so a
//! page that embeds Trygg from elsewhere must never run this.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState, ServiceWorkerUpdateViaCache,
};

use crate::cases::SaveStatus;
use crate::session::{Phase, Session};
use crate::state::Screen;
use crate::tv;

/// Relative to the page, so Trygg also works below a sub-path of a site.
const WORKER_URL: &str = "./sw.js";
/// The message that tells a waiting worker to take over (see `public/sw.js`).
const UPDATE_NOW: &str = "trygg-update-now";
/// How often a long-open page asks whether there is a new version.
const CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Whether the screen is part of an interview with the woman: her consent to a new
/// case, a part of an assessment, or its result (where the worker may still raise
/// a level, with a reason).
pub fn interview_open(screen: &Screen) -> bool {
    matches!(
        screen,
        Screen::NewCase | Screen::Assessment { .. } | Screen::Result { .. }
    )
}

/// The service worker's state as this page sees it.
#[derive(Clone, Copy)]
pub struct Updates {
    /// A new version is installed and waiting for this page's consent.
    pub ready: RwSignal<bool>,
    /// "Update now" was chosen: reload as soon as the new version is in charge.
    applying: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl Updates {
    /// Registers the service worker (where the browser has them: HTTPS or
    /// localhost) and starts watching for new versions.
    pub fn start() -> Self {
        let updates = Updates {
            ready: RwSignal::new(false),
            applying: RwSignal::new(false),
            registration: StoredValue::new_local(None),
        };
        if let Some(container) = container() {
            spawn_local(updates.register(container));
        }
        updates
    }

    async fn register(self, container: ServiceWorkerContainer) {
        let options = RegistrationOptions::new();
        // Always ask the server for the worker itself, whatever its cache headers.
        options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
        let registered = JsFuture::from(container.register_with_options(WORKER_URL, &options))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        // Without a worker Trygg still works while online; there is nothing to say.
        let Some(registration) = registered else {
            return;
        };
        self.registration.set_value(Some(registration.clone()));

        // The user chose to update and the new version took over: start it. Elsewhere
        // (another tab updated) only the notice goes, and this page carries on.
        let on_controller = Closure::<dyn FnMut()>::new(move || {
            if self.applying.try_get_untracked() == Some(true) {
                reload();
            } else {
                self.check();
            }
        });
        let _ = container.add_event_listener_with_callback(
            "controllerchange",
            on_controller.as_ref().unchecked_ref(),
        );
        on_controller.forget();

        // A new version begins to install: watch it until it waits.
        let on_found = Closure::<dyn FnMut()>::new(move || self.watch_installing());
        let _ = registration
            .add_event_listener_with_callback("updatefound", on_found.as_ref().unchecked_ref());
        on_found.forget();

        self.watch_installing();
        self.check();

        let _ = set_interval_with_handle(move || self.look_for_update(), CHECK_EVERY);
    }

    /// Whether a new version waits for a page that already runs an older one.
    fn check(&self) {
        let Some(registration) = self.registration.try_with_value(|r| r.clone()).flatten() else {
            return;
        };
        let controlled = container().and_then(|c| c.controller()).is_some();
        self.ready
            .try_set(controlled && registration.waiting().is_some());
    }

    fn watch_installing(self) {
        let Some(worker) = self
            .registration
            .try_with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::installing))
            .flatten()
        else {
            return;
        };
        let watched = worker.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if matches!(
                watched.state(),
                ServiceWorkerState::Installed
                    | ServiceWorkerState::Activated
                    | ServiceWorkerState::Redundant
            ) {
                self.check();
            }
        });
        let _ = worker
            .add_event_listener_with_callback("statechange", on_state.as_ref().unchecked_ref());
        on_state.forget();
    }

    /// Asks the server for a new version (a failure, e.g. offline, changes nothing).
    fn look_for_update(&self) {
        let Some(registration) = self.registration.try_with_value(|r| r.clone()).flatten() else {
            return;
        };
        if let Ok(promise) = registration.update() {
            spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    }

    /// Lets the waiting version take over; the page reloads once it has.
    pub fn apply(&self) {
        let waiting: Option<ServiceWorker> = self
            .registration
            .with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
        match waiting {
            Some(worker) => {
                self.applying.set(true);
                if worker.post_message(&JsValue::from_str(UPDATE_NOW)).is_err() {
                    self.applying.set(false);
                }
            }
            // Already taken over (from another tab): this page only needs a reload.
            None => reload(),
        }
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Only in secure contexts (HTTPS, localhost) does the browser offer workers.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"));
    present.unwrap_or(false).then(|| navigator.service_worker())
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Whether updating now could disturb anything: an interview on screen, or an
/// answer that is not yet written (or failed to be).
fn busy(session: Option<Session>) -> bool {
    let Some(session) = session else {
        return false;
    };
    if matches!(
        session.save_status.get(),
        SaveStatus::Saving | SaveStatus::Failed(_)
    ) {
        return true;
    }
    match session.phase.get() {
        Phase::Starting => true,
        Phase::NoStorage | Phase::Setup | Phase::Locked => false,
        // A reload would drop a practice interview: treat training like one.
        Phase::Training(_) => true,
        Phase::Open(state) => interview_open(&state.screen.get()) || state.has_pending_saves(),
    }
}

/// "A new version of Trygg is ready." with "Update now": shown only when a new
/// version waits and nothing would be disturbed by it. Registers the service worker.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let updates = Updates::start();
    let session = use_context::<Session>();
    let shown = move || updates.ready.get() && !busy(session);
    let applying = updates.applying;
    view! {
        // The live region is always there, so its content is announced when it appears
        // (aria-live rather than role="status": the screens' own status stays the only one).
        <div class="update-region" aria-live="polite">
            {move || shown().then(|| view! {
                <div class="update-notice">
                    <p>{tv!("update-ready")}</p>
                    <button
                        type="button"
                        class="button primary small"
                        disabled=move || applying.get()
                        on:click=move |_| {
                            if !untrack(|| busy(session)) {
                                updates.apply();
                            }
                        }
                    >
                        {tv!("update-now")}
                    </button>
                </div>
            })}
        </div>
    }
}
