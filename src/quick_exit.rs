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

/// A keydown handler that runs `exit` when Escape is pressed twice in quick
/// succession (`core::quick_exit::DoublePress`): the app listens on the window,
/// the widget on its own element.
pub fn on_escape_twice(exit: impl Fn() + 'static) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    let detector = StoredValue::new(DoublePress::default());
    move |event: web_sys::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        let now = event.time_stamp();
        if detector.try_update_value(|d| d.press(now)).unwrap_or(false) {
            exit();
        }
    }
}

/// Listens for Escape pressed twice anywhere in the app; `lock` runs first, so the
/// key is wiped even before the page goes.
pub fn install_escape_shortcut(lock: impl Fn() + 'static) {
    let handle = window_event_listener(
        ev::keydown,
        on_escape_twice(move || {
            lock();
            leave();
        }),
    );
    on_cleanup(move || handle.remove());
}

/// The quick-exit control: `exit` locks what there is to lock and leaves.
#[component]
pub fn QuickExitControl(exit: Callback<()>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="quick-exit"
            title=tv!("quick-exit-hint")
            on:click=move |_| exit.run(())
        >
            {tv!("quick-exit")}
        </button>
    }
}

/// The app's always-visible quick-exit control.
#[component]
pub fn QuickExitButton() -> impl IntoView {
    let session = use_context::<crate::session::Session>();
    let exit = Callback::new(move |()| {
        if let Some(session) = session {
            session.lock();
        }
        leave()
    });
    view! { <QuickExitControl exit=exit /> }
}
