//! Choosing languages: the worker's language in the header (on every screen, the
//! lock screens included), the notice when a language cannot be loaded, and the
//! woman's language for a two-language interview.

use std::borrow::Borrow;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::case::Case;
use trygg_core::locale;

use crate::i18n::Loaded;
use crate::tv;
use crate::{i18n, tr};

/// The worker's language: a compact `<select>` listing every language in its own
/// name (with its `lang`), and a "draft translation" mark for unreviewed ones. A
/// switch re-renders the texts in place: no reload, nothing typed is lost.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let select_ref = NodeRef::<leptos::html::Select>::new();
    let change = move |ev: leptos::ev::Event| {
        let Some(language) = locale::shipped(&event_target_value(&ev)) else {
            return;
        };
        spawn_local(async move {
            match i18n::select(language).await {
                Loaded::Yes => i18n::remember(language),
                // Not loaded: the picker shows again the language still in use.
                Loaded::Failed => {
                    if let Some(select) = select_ref.try_get_untracked().flatten() {
                        select.set_value(i18n::active());
                    }
                }
                Loaded::Superseded => {}
            }
        });
    };
    view! {
        <div class="language-picker">
            <svg class="language-icon" aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"
                fill="none" stroke="currentColor" stroke-width="1.8">
                <circle cx="12" cy="12" r="9.5"></circle>
                <ellipse cx="12" cy="12" rx="4" ry="9.5"></ellipse>
                <path d="M2.5 12h19M4.5 6.5h15M4.5 17.5h15"></path>
            </svg>
            <select
                id="ui-language"
                class="language-select"
                autocomplete="off"
                node_ref=select_ref
                aria-label=tv!("language-label")
                aria-busy=move || i18n::loading().is_some().to_string()
                on:change=change
            >
                {i18n::languages()
                    .iter()
                    .map(|language| {
                        let tag = language.tag;
                        view! {
                            <option value=tag lang=tag selected=move || i18n::active_tracked() == tag>
                                {language.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <Show when=move || i18n::is_draft(i18n::active_tracked())>
                <span class="draft-tag">{tv!("language-draft")}</span>
            </Show>
        </div>
    }
}

/// Said plainly when a chosen language could not be loaded (offline, never
/// loaded before): the texts stay in the language in use.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    move || {
        i18n::failed().map(|language| {
            let name = i18n::name_of(language);
            view! {
                <div class="notice language-problem" role="alert">
                    <p>{move || tr!("language-load-failed", language = name)}</p>
                    <button type="button" class="button secondary small" on:click=|_| i18n::dismiss_failure()>
                        {tv!("action-close")}
                    </button>
                </div>
            }
        })
    }
}

/// The woman's language for an interview: each question then shows in the
/// worker's language and, beneath it, in hers. `hint` adds the explanation.
#[component]
pub fn RespondentLanguage(
    id: &'static str,
    value: Signal<&'static str>,
    on_change: impl Fn(&'static str) + 'static,
    #[prop(optional)] hint: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let draft_id = format!("{id}-draft");
    let described = if hint {
        format!("{hint_id} {draft_id}")
    } else {
        draft_id.clone()
    };
    view! {
        <div class="field respondent-language" class:compact=!hint>
            <label for=id>{tv!("respondent-language-label")}</label>
            {hint.then(|| view! {
                <p class="field-hint" id=hint_id.clone()>{tv!("respondent-language-hint")}</p>
            })}
            <select
                id=id
                autocomplete="off"
                aria-describedby=described
                disabled=move || disabled.get()
                on:change=move |ev| {
                    if let Some(language) = locale::shipped(&event_target_value(&ev)) {
                        on_change(language);
                    }
                }
            >
                {i18n::languages()
                    .iter()
                    .map(|language| {
                        let tag = language.tag;
                        view! {
                            <option value=tag lang=tag selected=move || value.get() == tag>
                                {language.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p class="field-hint draft-note" id=draft_id>
                {move || i18n::is_draft(value.get()).then(|| view! {
                    <span class="draft-tag">{tv!("language-draft")}</span>
                    " "
                    <span>{tv!("language-draft-explain")}</span>
                })}
            </p>
        </div>
    }
}

/// Her language when a new assessment starts: the one of this case's latest
/// assessment, else of the latest assessment on this device, else none (the
/// worker's language applies).
pub fn last_respondent_language<C: std::borrow::Borrow<Case>>(
    case: &Case,
    all: &[C],
) -> Option<&'static str> {
    let latest = |cases: &mut dyn Iterator<Item = &Case>| {
        cases
            .flat_map(|c| c.assessments.iter())
            .max_by_key(|a| a.started)
            .and_then(|a| locale::shipped(&a.respondent_language))
    };
    latest(&mut std::iter::once(case)).or_else(|| latest(&mut all.iter().map(Borrow::borrow)))
}
