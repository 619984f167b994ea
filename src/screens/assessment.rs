//! The interview: one section per screen, with progress, a section overview to
//! jump to any section, and back / next. Relevance is applied as answers change:
//! a follow-up appears or disappears at once. When her language differs from the
//! worker's, the questions show in both (her texts come from a second loader,
//! fetched on demand).

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::answer::Answers;
use trygg_core::code::CaseId;
use trygg_core::instrument::messages;
use trygg_core::locale;
use trygg_core::progress::progress;

use crate::language::RespondentLanguage;
use crate::screens::case::Missing;
use crate::screens::question::QuestionView;
use crate::state::{use_app, Screen};
use crate::tv;
use crate::{i18n, tr};

#[component]
pub fn AssessmentScreen(case: CaseId, index: usize, section: usize) -> impl IntoView {
    let app = use_app();
    let Some((assessment, instrument)) = app.assessment_with_instrument(case.clone(), index) else {
        return view! { <Missing /> }.into_any();
    };
    let editable = app.editing.take(app, case.clone());
    let answers: Memo<Answers> = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().map(|a| a.answers.clone()).unwrap_or_default())
    });
    let notes: Memo<BTreeMap<String, String>> = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().map(|a| a.notes.clone()).unwrap_or_default())
    });
    // Her language as recorded (an unknown tag counts as the worker's language).
    let her_language = Memo::new(move |_| {
        assessment.with(|a| {
            a.as_ref()
                .and_then(|a| locale::shipped(&a.respondent_language))
        })
    });
    let her_choice =
        Signal::derive(move || her_language.get().unwrap_or_else(i18n::active_tracked));
    // The second text shows only when her language is not the worker's.
    let second = Memo::new(move |_| {
        let worker = i18n::active_tracked();
        her_language.get().filter(|language| *language != worker)
    });
    let second_failed = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        second_failed.set(None);
        if let Some(language) = second.get() {
            spawn_local(async move {
                // The screen may be gone by now (another part, say): only try_ access.
                if i18n::load_respondent(language).await == i18n::Loaded::Failed {
                    second_failed.try_set(Some(language));
                }
            });
        }
    });
    let change_language = {
        let case = case.clone();
        move |language: &'static str| {
            app.update_assessment(&case, index, move |a| {
                a.respondent_language = language.to_string()
            })
        }
    };
    let progress_now = {
        let instrument = instrument.clone();
        Memo::new(move |_| answers.with(|a| progress(&instrument, a)))
    };
    let here = Memo::new(move |_| {
        progress_now.with(|p| {
            p.sections
                .get(section)
                .map(|s| s.relevant_questions.clone())
                .unwrap_or_default()
        })
    });
    let applicable = Memo::new(move |_| progress_now.with(|p| p.applicable_sections()));
    let position = move || {
        applicable.with(|a| {
            a.iter()
                .position(|i| *i == section)
                .map(|p| p + 1)
                .unwrap_or(1)
        })
    };

    let go_section = {
        let case = case.clone();
        move |target: usize| {
            app.go(Screen::Assessment {
                case: case.clone(),
                index,
                section: target,
            })
        }
    };
    let previous = move || applicable.with(|a| a.iter().rev().copied().find(|i| *i < section));
    let next = move || applicable.with(|a| a.iter().copied().find(|i| *i > section));

    let title_id = messages::title(&instrument);
    let section_title_id = instrument
        .sections
        .get(section)
        .map(|s| messages::section(&instrument, &s.id))
        .unwrap_or_else(|| messages::title(&instrument));
    let code = app
        .case(&case)
        .map(|c| c.code.to_string())
        .unwrap_or_default();
    let question_instrument = instrument.clone();
    let overview_instrument = instrument.clone();
    let overview_go = go_section.clone();
    let question_case = case.clone();

    view! {
        <section class="assessment" aria-labelledby="assessment-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click={
                    let case = case.clone();
                    move |_| app.go(Screen::Case(case.clone()))
                }>
                    {move || tr!("assessment-back-to-case", code = code.clone())}
                </button>
            </p>
            <p class="eyebrow">{
                let title_id = title_id.clone();
                move || i18n::text(&title_id)
            }</p>
            <h1 id="assessment-title">{
                let section_title_id = section_title_id.clone();
                move || i18n::text(&section_title_id)
            }</h1>
            <div class="progress" aria-live="polite">
                <span>{move || tr!(
                    "assessment-section-of",
                    current = position(),
                    total = applicable.with(Vec::len)
                )}</span>
                <span>{move || progress_now.with(|p| tr!(
                    "assessment-answered-of",
                    answered = p.total.answered,
                    total = p.total.relevant
                ))}</span>
                <progress
                    class="progress-bar"
                    aria-hidden="true"
                    max=move || progress_now.with(|p| p.total.relevant.max(1).to_string())
                    value=move || progress_now.with(|p| p.total.answered.to_string())
                ></progress>
            </div>

            <details class="overview">
                <summary>{tv!("assessment-overview")}</summary>
                <nav aria-label=tv!("assessment-overview")>
                    <ol>
                        {move || {
                            let instrument = overview_instrument.clone();
                            let go_section = overview_go.clone();
                            progress_now.with(|p| {
                                p.applicable_sections()
                                    .into_iter()
                                    .map(|i| {
                                        let count = p.sections[i].count;
                                        let label_id = instrument
                                            .sections
                                            .get(i)
                                            .map(|s| messages::section(&instrument, &s.id))
                                            .unwrap_or_default();
                                        let go_section = go_section.clone();
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="link"
                                                    aria-current=(i == section).then_some("step")
                                                    on:click=move |_| go_section(i)
                                                >
                                                    {i18n::text(&label_id)}
                                                    " "
                                                    <span class="muted">{tr!(
                                                        "assessment-section-count",
                                                        answered = count.answered,
                                                        total = count.relevant
                                                    )}</span>
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            })
                        }}
                    </ol>
                </nav>
            </details>

            <RespondentLanguage
                id="interview-language"
                value=her_choice
                on_change=change_language
                disabled=Signal::derive(move || editable.get() != Some(true))
            />
            {move || second_failed.get().map(|language| {
                let name = i18n::name_of(language);
                view! {
                    <p class="notice" role="status">{move || tr!("respondent-load-failed", language = name)}</p>
                }
            })}

            <Show when=move || editable.get() == Some(false)>
                <div class="notice" role="status">{tv!("case-read-only")}</div>
            </Show>
            // A disabled fieldset disables every answer control inside it at once.
            <fieldset class="questions" disabled=move || editable.get() != Some(true)>
                <For
                    each=move || here.get()
                    key=|qid| qid.clone()
                    children=move |qid| {
                        let question = question_instrument.question(&qid).cloned();
                        question.map(|question| view! {
                            <QuestionView
                                case=question_case.clone()
                                index=index
                                instrument=question_instrument.clone()
                                question=question
                                answers=answers
                                notes=notes
                                second=second.into()
                            />
                        })
                    }
                />
            </fieldset>

            <div class="actions step-actions">
                <button type="button" class="button secondary" on:click={
                    let go_section = go_section.clone();
                    let case = case.clone();
                    move |_| match previous() {
                        Some(target) => go_section(target),
                        None => app.go(Screen::Case(case.clone())),
                    }
                }>
                    {move || if previous().is_some() { tr!("action-back") } else { tr!("assessment-back-to-case-short") }}
                </button>
                <button type="button" class="button primary" on:click={
                    let go_section = go_section.clone();
                    let case = case.clone();
                    move |_| match next() {
                        Some(target) => go_section(target),
                        None => app.go(Screen::Result { case: case.clone(), index }),
                    }
                }>
                    {move || if next().is_some() { tr!("action-next") } else { tr!("assessment-see-result") }}
                </button>
            </div>
        </section>
    }
    .into_any()
}
