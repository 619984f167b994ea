//! The app's frame: header with the quick exit, and what the session allows: the
//! passphrase screens while locked, the case screens while open. Moving to another
//! screen moves keyboard focus to its main heading, so screen-reader and keyboard
//! users start at the top of what changed.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::instrument;

use crate::cases::SaveStatus;
use crate::language::{LanguageNotice, LanguagePicker};
use crate::offline::UpdateNotice;
use crate::quick_exit::{self, QuickExitButton};
use crate::screens::lock::{NoStorageScreen, SetupScreen, UnlockScreen};
use crate::screens::{
    assessment::AssessmentScreen, case::CaseScreen, export::ExportScreen, home::Home,
    new_case::NewCase, open_export::OpenExportScreen, report::ReportScreen, result::ResultScreen,
    settings::SettingsScreen, storage_error_text,
};
use crate::session::{use_session, Phase, Session};
use crate::state::{AppState, Screen};
use crate::training::TrainingScreens;
use crate::tv;
use crate::{i18n, tr};

#[component]
pub fn App() -> impl IntoView {
    i18n::init();
    let body = match instrument::shipped() {
        Ok(instruments) => {
            let session = Session::new(instruments);
            provide_context(session);
            quick_exit::install_escape_shortcut(move || session.lock());
            session.watch_idle();
            spawn_local(session.start());
            view! { <Phases session=session /> }.into_any()
        }
        // Only a broken build gets here; say so plainly rather than show half an app.
        Err(_) => {
            quick_exit::install_escape_shortcut(|| {});
            view! { <p class="error" role="alert">{tv!("error-app-start")}</p> }.into_any()
        }
    };

    // Hidden only while a start-up language other than English is fetched (a
    // moment, at most a few seconds), so the first screen never flashes in English.
    view! {
        <header class="app-header" hidden=move || !i18n::ready()>
            <div class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">{tv!("app-name")}</span>
            </div>
            <div class="header-tools">
                <SessionTools />
                <LanguagePicker />
                <QuickExitButton />
            </div>
        </header>
        <main id="main" class="screen" hidden=move || !i18n::ready()>
            <UpdateNotice />
            <LanguageNotice />
            {body}
        </main>
    }
}

/// Save state, settings and lock: only while the vault is open.
#[component]
pub(crate) fn SessionTools() -> impl IntoView {
    let Some(session) = use_context::<Session>() else {
        return ().into_any();
    };
    let open = move || match session.phase.get() {
        Phase::Open(state) => Some(state),
        _ => None,
    };
    let training = move || matches!(session.phase.get(), Phase::Training(_));
    view! {
        {move || training().then(|| view! {
            <button type="button" class="button secondary small" on:click=move |_| session.leave_training()>
                {tv!("training-leave")}
            </button>
        })}
        {move || open().map(|state| view! {
            <span class="save-state" data-state=move || match session.save_status.get() {
                SaveStatus::Idle => "idle",
                SaveStatus::Saving => "saving",
                SaveStatus::Saved => "saved",
                SaveStatus::Failed(_) => "failed",
            }>
                {move || match session.save_status.get() {
                    SaveStatus::Idle => String::new(),
                    SaveStatus::Saving => tr!("save-saving"),
                    SaveStatus::Saved => tr!("save-saved"),
                    SaveStatus::Failed(_) => tr!("save-failed-short"),
                }}
            </span>
            <button type="button" class="button secondary small" on:click=move |_| state.go(Screen::Settings)>
                {tv!("settings-title")}
            </button>
            <button type="button" class="button secondary small" on:click=move |_| session.lock()>
                {tv!("lock-now")}
            </button>
        })}
    }
    .into_any()
}

#[component]
pub(crate) fn Phases(session: Session) -> impl IntoView {
    move || match session.phase.get() {
        Phase::Starting => view! { <p class="muted">{tv!("starting")}</p> }.into_any(),
        Phase::NoStorage => view! { <NoStorageScreen /> }.into_any(),
        Phase::Setup => view! { <SetupScreen /> }.into_any(),
        Phase::Locked => view! { <UnlockScreen /> }.into_any(),
        Phase::Open(state) => {
            provide_context(state);
            view! {
                <SaveProblem />
                <Screens state=state />
            }
            .into_any()
        }
        Phase::Training(state) => {
            provide_context(state);
            view! { <TrainingScreens state=state /> }.into_any()
        }
    }
}

/// A failed save: said plainly, with what to do; the answers stay on screen.
#[component]
fn SaveProblem() -> impl IntoView {
    let session = use_session();
    let failure = move || match session.save_status.get() {
        SaveStatus::Failed(error) => Some(error),
        _ => None,
    };
    move || {
        failure().map(|error| {
            view! {
                <div class="notice save-problem" role="alert">
                    <p><strong>{tr!("save-failed-title")}</strong></p>
                    <p>{storage_error_text(&error)}</p>
                    <button type="button" class="button secondary" on:click=move |_| session.retry_saves()>
                        {tv!("save-retry")}
                    </button>
                </div>
            }
        })
    }
}

#[component]
fn Screens(state: AppState) -> impl IntoView {
    // After a screen change, focus its heading (once the new view is in the page);
    // inside the widget, the heading is in its shadow root. An interview part is
    // focused once it knows whether this tab may edit the case, so a keyboard never
    // meets answers that are still unavailable.
    let widget = use_context::<crate::widget::Widget>();
    Effect::new(move |previous: Option<(Screen, bool)>| {
        let screen = state.screen.get();
        let ready = match &screen {
            Screen::Assessment { case, .. } => state.editing.editable(case).is_some(),
            _ => true,
        };
        let Some((previous, focused)) = previous else {
            // The first screen keeps the page's own focus.
            return (screen, true);
        };
        let focused = focused && previous == screen;
        if !focused && ready {
            request_animation_frame(move || match widget {
                Some(widget) => widget.focus_screen_heading(),
                None => focus_heading(),
            });
            return (screen, true);
        }
        (screen, focused)
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
        Screen::Settings => view! { <SettingsScreen /> }.into_any(),
        Screen::Export(ids) => view! { <ExportScreen preselected=ids /> }.into_any(),
        Screen::OpenExport => view! { <OpenExportScreen /> }.into_any(),
        // Training screens are not reachable with real cases.
        Screen::GroupSummary | Screen::ScenarioEditor => view! { <Home /> }.into_any(),
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
