//! One case: its consent, its assessments (continue one, see its result, start a
//! new one), the printable report, and deleting the case.

use leptos::prelude::*;
use trygg_core::case::{Assessment, Case, ConsentDecision, ConsentPurpose};
use trygg_core::code::CaseId;
use trygg_core::progress::{progress, Stage};

use crate::language::{last_respondent_language, RespondentLanguage};
use crate::screens::home::stage_text;
use crate::state::{now, use_app, Screen};
use crate::tv;
use crate::{format, i18n, tr};

#[component]
pub fn CaseScreen(id: CaseId) -> impl IntoView {
    let app = use_app();
    // Another tab may have changed the case: build on the stored version.
    {
        let id = id.clone();
        leptos::task::spawn_local(async move { app.reload_case(&id).await });
    }
    let case = {
        let id = id.clone();
        Memo::new(move |_| app.case(&id))
    };
    view! {
        {move || match case.get() {
            Some(case) => view! { <CaseView case=Case::clone(&case) /> }.into_any(),
            None => view! { <Missing /> }.into_any(),
        }}
    }
}

/// The case is gone (deleted in another tab, say): say so and offer the way home.
#[component]
pub fn Missing() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>{tv!("case-missing-title")}</h1>
        <p>{tv!("case-missing-body")}</p>
        <button type="button" class="button primary" on:click=move |_| app.go(Screen::Home)>
            {tv!("action-back-to-cases")}
        </button>
    }
}

#[component]
fn CaseView(case: Case) -> impl IntoView {
    let app = use_app();
    let id = case.id.clone();
    let code = case.code.to_string();
    let confirm_delete = RwSignal::new(false);
    let assessments: Vec<(usize, Assessment)> =
        case.assessments.iter().cloned().enumerate().collect();
    let instruments = app.instruments();

    // Her language: as chosen here, else as last time, else the worker's.
    let chosen_language = RwSignal::new(None::<&'static str>);
    let last_language = app
        .cases
        .with_untracked(|all| last_respondent_language(&case, all));
    let her_language = Signal::derive(move || {
        chosen_language
            .get()
            .or(last_language)
            .unwrap_or_else(i18n::active_tracked)
    });

    let start = {
        let id = id.clone();
        move |instrument_id: String| {
            let Some(instrument) = app.instrument(&instrument_id) else {
                return;
            };
            let language = i18n::active();
            let respondent = her_language.get_untracked();
            let mut index = 0;
            app.update_case(&id, |case| {
                case.assessments
                    .push(Assessment::new(&instrument, now(), respondent, language));
                index = case.assessments.len() - 1;
            });
            let section = progress(&instrument, &Default::default()).resume_section();
            app.go(Screen::Assessment {
                case: id.clone(),
                index,
                section,
            });
        }
    };

    view! {
        <section class="case" aria-labelledby="case-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("action-back-to-cases")}
                </button>
            </p>
            <h1 id="case-title">{
                let code = code.clone();
                move || tr!("case-title", code = code.clone())
            }</h1>
            <dl class="facts">
                <dt>{tv!("case-created")}</dt>
                <dd><time>{
                    let created = case.created;
                    move || format::date_time(created)
                }</time></dd>
                <dt>{tv!("consent-record-short")}</dt>
                <dd>{consent_text(&case, ConsentPurpose::AgreementToManagePersonalData)}</dd>
                <dt>{tv!("consent-share-short")}</dt>
                <dd>{consent_text(&case, ConsentPurpose::AgreementToShareData)}</dd>
            </dl>

            <h2>{tv!("case-assessments")}</h2>
            {if assessments.is_empty() {
                view! { <p class="muted">{tv!("home-case-no-assessments")}</p> }.into_any()
            } else {
                view! {
                    <ul class="assessment-list">
                        {assessments
                            .into_iter()
                            .map(|(index, assessment)| view! { <AssessmentRow case=id.clone() index=index assessment=assessment /> })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}

            <h2>{tv!("case-start-heading")}</h2>
            <RespondentLanguage
                id="respondent-language"
                value=her_language
                on_change=move |language| chosen_language.set(Some(language))
                hint=true
            />
            <div class="start-buttons">
                {instruments
                    .iter()
                    .map(|instrument| {
                        let instrument_id = instrument.id.clone();
                        let title_id = format!("{instrument_id}-title");
                        let start = start.clone();
                        view! {
                            <button
                                type="button"
                                class="button secondary"
                                on:click=move |_| start(instrument_id.clone())
                            >
                                {move || tr!("case-start-assessment", instrument = i18n::text(&title_id))}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>

            <h2>{tv!("case-more")}</h2>
            <div class="actions">
                <button
                    type="button"
                    class="button secondary"
                    on:click={
                        let id = id.clone();
                        move |_| app.go(Screen::Report(id.clone()))
                    }
                >
                    {tv!("case-report")}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click={
                        let id = id.clone();
                        move |_| app.go(Screen::Export(vec![id.clone()]))
                    }
                >
                    {tv!("case-export")}
                </button>
                <button
                    type="button"
                    class="button danger-quiet"
                    on:click=move |_| confirm_delete.set(true)
                >
                    {tv!("case-delete")}
                </button>
            </div>
            <Show when=move || confirm_delete.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-body">
                    <h3 id="delete-title">{tv!("case-delete-confirm-title")}</h3>
                    <p id="delete-body">{
                        let code = code.clone();
                        move || tr!("case-delete-confirm-body", code = code.clone())
                    }</p>
                    <div class="actions">
                        <button
                            type="button"
                            class="button danger"
                            on:click={
                                let id = id.clone();
                                move |_| {
                                    app.delete_case(&id);
                                    app.go(Screen::Home);
                                }
                            }
                        >
                            {tv!("case-delete-confirm")}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| confirm_delete.set(false)>
                            {tv!("case-delete-keep")}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

fn consent_text(
    case: &Case,
    purpose: ConsentPurpose,
) -> impl Fn() -> String + Send + Sync + 'static {
    let record = case.consent(purpose).cloned();
    move || match &record {
        None => tr!("consent-not-asked"),
        Some(r) => {
            let date = format::date(r.at);
            match r.decision {
                ConsentDecision::Given => tr!("consent-given", date = date),
                ConsentDecision::Declined => tr!("consent-declined", date = date),
                ConsentDecision::Withdrawn => tr!("consent-withdrawn", date = date),
            }
        }
    }
}

#[component]
fn AssessmentRow(case: CaseId, index: usize, assessment: Assessment) -> impl IntoView {
    let app = use_app();
    let Some(instrument) = app.instrument(&assessment.instrument) else {
        return view! { <li>{assessment.instrument.clone()}</li> }.into_any();
    };
    let p = progress(&instrument, &assessment.answers);
    let stage = p.stage();
    let (answered, total) = (p.total.answered, p.total.relevant);
    let resume = p.resume_section();
    let title_id = format!("{}-title", instrument.id);
    let started = assessment.started;
    let case_for_result = case.clone();
    view! {
        <li class="assessment-row">
            <div class="assessment-name">
                <strong>{
                    let title_id = title_id.clone();
                    move || i18n::text(&title_id)
                }</strong>
                <span class="muted">{move || tr!("case-assessment-started", date = format::date(started))}</span>
                <span>{move || tr!(
                    "case-assessment-progress",
                    stage = stage_text(stage),
                    answered = answered,
                    total = total
                )}</span>
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| app.go(Screen::Assessment { case: case.clone(), index, section: resume })
                >
                    {move || if stage == Stage::Complete { tr!("case-review-answers") } else { tr!("case-continue") }}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| app.go(Screen::Result { case: case_for_result.clone(), index })
                >
                    {tv!("case-see-result")}
                </button>
            </div>
        </li>
    }
    .into_any()
}
