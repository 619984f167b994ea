//! The app's frame: header with the quick exit, and the current screen. Moving to
//! another screen moves keyboard focus to its main heading, so screen-reader and
//! keyboard users start at the top of what changed.

use leptos::prelude::*;
use trygg_core::instrument;

use crate::cases::CaseStore;
use crate::quick_exit::{self, QuickExitButton};
use crate::screens::{
    assessment::AssessmentScreen, case::CaseScreen, home::Home, new_case::NewCase,
    report::ReportScreen, result::ResultScreen,
};
use crate::state::{AppState, Screen};
use crate::{i18n, tr};

#[component]
pub fn App() -> impl IntoView {
    i18n::init();
    quick_exit::install_escape_shortcut();

    let body = match instrument::shipped() {
        Ok(instruments) => {
            let state = AppState::new(instruments, CaseStore::in_memory(), Vec::new());
            provide_context(state);
            view! { <Screens state=state /> }.into_any()
        }
        // Only a broken build gets here; say so plainly rather than show half an app.
        Err(_) => view! {
            <p class="error" role="alert">{move || tr!("error-app-start")}</p>
        }
        .into_any(),
    };

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">{move || tr!("app-name")}</span>
            </div>
            <QuickExitButton />
        </header>
        <main id="main" class="screen">
            {body}
        </main>
    }
}

#[component]
fn Screens(state: AppState) -> impl IntoView {
    // After a screen change, focus its heading (once the new view is in the page).
    Effect::new(move |previous: Option<Screen>| {
        let screen = state.screen.get();
        if previous.is_some_and(|p| p != screen) {
            request_animation_frame(focus_heading);
        }
        screen
    });

    move || match state.screen.get() {
        Screen::Home => view! { <Home /> }.into_any(),
        Screen::NewCase => view! { <NewCase /> }.into_any(),
        Screen::Case(id) => view! { <CaseScreen id=id /> }.into_any(),
        Screen::Assessment {
            case,
            index,
            section,
        } => view! { <AssessmentScreen case=case index=index section=section /> }.into_any(),
        Screen::Result { case, index } => {
            view! { <ResultScreen case=case index=index /> }.into_any()
        }
        Screen::Report(id) => view! { <ReportScreen id=id /> }.into_any(),
    }
}

fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#main h1").ok().flatten());
    if let Some(heading) = heading {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.set_attribute("tabindex", "-1");
            let _ = heading.focus();
        }
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
