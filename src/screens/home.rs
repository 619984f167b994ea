//! Home: the cases on this device, a search by code, and the way to start a new one.

use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::case::Case;
use trygg_core::progress::{progress, Stage};

use crate::state::{use_app, Screen};
use crate::tv;
use crate::{format, i18n, tr};

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    leptos::task::spawn_local(async move { app.refresh().await });
    let query = RwSignal::new(String::new());
    let show_all = RwSignal::new(false);
    let has_cases = move || app.cases.with(|cases| !cases.is_empty());
    // Newest change first, sorted once per change of the cases (not per key
    // typed); rows share the cases through `Arc` rather than copying their answers.
    let sorted = Memo::new_with_compare(
        move |_| {
            let mut list: Vec<Arc<Case>> = app
                .cases
                .with(|cases| cases.iter().map(Arc::clone).collect());
            list.sort_by_key(|case| std::cmp::Reverse(case.updated));
            list
        },
        |old, new| match (old, new) {
            (Some(old), Some(new)) => {
                old.len() != new.len()
                    || old
                        .iter()
                        .zip(new)
                        .any(|(a, b)| !Arc::ptr_eq(a, b) && a != b)
            }
            _ => true,
        },
    );
    // The search matches codes typed any way (case, dash). Its results are a list of
    // their own: the full list stays in the page, hidden, so neither typing nor
    // clearing the search takes down or rebuilds a thousand rows.
    let wanted = Memo::new(move |_| {
        query.with(|q| {
            q.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_uppercase())
                .collect::<String>()
        })
    });
    let searching = move || wanted.with(|w| !w.is_empty());
    let matching = Memo::new(move |_| {
        wanted.with(|wanted| {
            if wanted.is_empty() {
                return Vec::new();
            }
            sorted.with(|cases| {
                cases
                    .iter()
                    .filter(|c| c.code.as_str().replace('-', "").contains(wanted.as_str()))
                    .map(Arc::clone)
                    .collect::<Vec<_>>()
            })
        })
    });
    // Without a search, only the most recent cases are listed until the worker asks
    // for all: a long list costs every visit to this screen.
    let limited = move || !show_all.get() && sorted.with(|list| list.len() > FIRST_ROWS);
    let listed = move || {
        let mut list = sorted.get();
        if limited() {
            list.truncate(FIRST_ROWS);
        }
        list
    };

    view! {
        <section class="home" aria-labelledby="home-title">
            <div class="title-row">
                <h1 id="home-title">{tv!("home-title")}</h1>
                <button
                    type="button"
                    class="button primary"
                    on:click=move |_| app.go(Screen::NewCase)
                >
                    {tv!("home-new-case")}
                </button>
            </div>
            <Show when=move || { app.unreadable.get() > 0 }>
                <p class="notice" role="status">
                    {move || tr!("home-unreadable", count = app.unreadable.get())}
                </p>
            </Show>
            <ResumePanel />
            <Show
                when=has_cases
                fallback=move || {
                    view! {
                        <div class="empty-state">
                            <h2>{tv!("home-empty-title")}</h2>
                            <p>{tv!("home-empty-body")}</p>
                        </div>
                    }
                }
            >
                <div class="search">
                    <label for="case-search">{tv!("home-search-label")}</label>
                    <input
                        id="case-search"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </div>
                <div class="case-list-all" hidden=searching>
                    <CaseRows rows=Signal::derive(listed) />
                    <Show when=limited>
                        <p class="muted">{tv!("home-list-limited")}</p>
                        <button type="button" class="button secondary" on:click=move |_| show_all.set(true)>
                            {move || tr!("home-show-all", count = app.cases.with(Vec::len))}
                        </button>
                    </Show>
                </div>
                <Show when=searching>
                    <Show
                        when=move || !matching.with(Vec::is_empty)
                        fallback=move || view! { <p class="muted">{tv!("home-search-none")}</p> }
                    >
                        <CaseRows rows=matching.into() />
                    </Show>
                </Show>
            </Show>
            <h2 class="sharing-heading">{tv!("home-sharing-heading")}</h2>
            <div class="actions">
                <Show when=has_cases>
                    <button type="button" class="button secondary" on:click=move |_| app.go(Screen::Export(Vec::new()))>
                        {tv!("home-export")}
                    </button>
                </Show>
                <button type="button" class="button secondary" on:click=move |_| app.go(Screen::OpenExport)>
                    {tv!("home-open-export")}
                </button>
            </div>
        </section>
    }
}

/// A list of case rows: the full list and the search results.
#[component]
fn CaseRows(rows: Signal<Vec<Arc<Case>>>) -> impl IntoView {
    view! {
        <ul class="case-list" aria-label=tv!("home-title")>
            <For
                each=move || rows.get()
                key=|case| (case.id.clone(), case.updated)
                children=move |case| view! { <CaseRow case=case /> }
            />
        </ul>
    }
}

/// How many cases the list shows before "Show all cases".
const FIRST_ROWS: usize = 50;

#[component]
fn CaseRow(case: Arc<Case>) -> impl IntoView {
    let app = use_app();
    let session = crate::session::use_session();
    let id = case.id.clone();
    let code = case.code.to_string();
    let updated = case.updated;
    let review_due = {
        let case = Arc::clone(&case);
        move || case.is_past_retention(crate::state::now(), session.retention_days.get())
    };
    // A closure, so the summaries follow a language switch.
    let summaries = move || -> Vec<String> {
        case.assessments
            .iter()
            .filter_map(|a| {
                let instrument = app.instrument(&a.instrument)?;
                let p = progress(&instrument, &a.answers);
                let name = i18n::text(&format!("{}-title", instrument.id));
                let stage = stage_text(p.stage());
                Some(tr!(
                    "home-case-assessment",
                    name = name,
                    stage = stage,
                    answered = p.total.answered,
                    total = p.total.relevant
                ))
            })
            .collect()
    };

    view! {
        <li class="case-row">
            <button
                type="button"
                class="case-open"
                on:click=move |_| app.go(Screen::Case(id.clone()))
            >
                <span class="case-code">{code}</span>
                <span class="case-updated">
                    {move || tr!("home-case-updated", date = format::date_time(updated))}
                </span>
            </button>
            <Show when=review_due>
                <p class="review-due">{tv!("home-review-due")}</p>
            </Show>
            <ul class="case-assessments">
                {move || {
                    let list = summaries();
                    if list.is_empty() {
                        view! { <li class="muted">{tr!("home-case-no-assessments")}</li> }.into_any()
                    } else {
                        list.into_iter().map(|s| view! { <li>{s}</li> }).collect_view().into_any()
                    }
                }}
            </ul>
        </li>
    }
}

/// "Not started", "In progress", "Complete".
pub fn stage_text(stage: Stage) -> String {
    match stage {
        Stage::NotStarted => tr!("stage-not-started"),
        Stage::InProgress => tr!("stage-in-progress"),
        Stage::Complete => tr!("stage-complete"),
    }
}

/// After a crash or a reload: one tap back into the interview that was under way.
#[component]
fn ResumePanel() -> impl IntoView {
    let app = use_app();
    let point = Memo::new(move |_| {
        let instruments = app.instruments();
        app.cases
            .with(|cases| trygg_core::progress::last_unfinished(cases, &instruments))
    });
    move || {
        point.get().map(|point| {
            let case = app.case(&point.case);
            let code = case.as_ref().map(|c| c.code.to_string()).unwrap_or_default();
            let title_id = case
                .as_ref()
                .and_then(|c| c.assessments.get(point.index))
                .map(|a| format!("{}-title", a.instrument))
                .unwrap_or_default();
            let target = Screen::Assessment {
                case: point.case.clone(),
                index: point.index,
                section: point.section,
            };
            view! {
                <div class="resume">
                    <p>{tr!("home-resume", instrument = i18n::text(&title_id), code = code)}</p>
                    <button type="button" class="button primary" on:click=move |_| app.go(target.clone())>
                        {tv!("home-resume-button")}
                    </button>
                </div>
            }
        })
    }
}
