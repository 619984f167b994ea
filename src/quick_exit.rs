//! Quick exit: one tap, or Escape twice, hides Trygg at once. The page is replaced
//! (not pushed), so the browser's Back button does not bring the app back, and the
//! in-memory keys go with the page.

use leptos::ev;
use leptos::prelude::*;
use trygg_core::quick_exit::DoublePress;

use crate::tv;

/// Where quick exit goes: a blank page reveals nothing and needs no network.
pub const NEUTRAL_PAGE: &str = "about:blank";

/// Blanks the page at once, then replaces it in the history with a neutral one.
pub fn leave() {
    leave_to(NEUTRAL_PAGE);
}

/// Blanks the whole page at once, then replaces it in the history with `url` (the
/// widget lets its host name a neutral page of its own).
pub fn leave_to(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        // Hide before the navigation starts: it can take a moment.
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
        document.set_title("");
    }
    if window.location().replace(url).is_err() {
        let _ = window.location().replace(NEUTRAL_PAGE);
    }
}

/// Listens for Escape pressed twice in quick succession anywhere in the app;
/// `lock` runs first, so the key is wiped even before the page goes.
pub fn install_escape_shortcut(lock: impl Fn() + 'static) {
    let detector = StoredValue::new(DoublePress::default());
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.key() != "Escape" {
            return;
        }
        let now = event.time_stamp();
        if detector.try_update_value(|d| d.press(now)).unwrap_or(false) {
            lock();
            leave();
        }
    });
    on_cleanup(move || handle.remove());
}

/// The always-visible quick-exit control.
#[component]
pub fn QuickExitButton() -> impl IntoView {
    let session = use_context::<crate::session::Session>();
    view! {
        <button
            type="button"
            class="quick-exit"
            title=tv!("quick-exit-hint")
            on:click=move |_| {
                if let Some(session) = session {
                    session.lock();
                }
                leave()
            }
        >
            {tv!("quick-exit")}
        </button>
    }
}
