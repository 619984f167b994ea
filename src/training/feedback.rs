//! Feedback after a practice interview: agreement with the reference per indicator,
//! the conclusion against the reference's, why each difference matters, and the
//! trainee's result file (a nickname at most).

use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::code::CaseId;
use trygg_core::instrument::{messages, Instrument};
use trygg_core::training::feedback::{self, Agreement, Feedback, IndicatorFeedback};
use trygg_core::training::summary::{TrainingResult, MAX_NICKNAME_CHARS};

use crate::files;
use crate::i18n;
use crate::screens::case::Missing;
use crate::state::{now, random_hex, use_app, Screen};
use crate::tr;
use crate::training::{text, use_training};
use crate::tv;

pub fn finding_text(finding: trygg_core::rules::identification::Finding) -> String {
    use trygg_core::rules::identification::Finding;
    match finding {
        Finding::Present => tr!("training-finding-present"),
        Finding::Absent => tr!("training-finding-absent"),
        Finding::Unknown(_) => tr!("training-finding-unknown"),
        Finding::NotRelevant => tr!("training-finding-not-relevant"),
    }
}

#[component]
pub fn FeedbackScreen(case: CaseId, index: usize) -> impl IntoView {
    let app = use_app();
    let training = use_training();
    let Some((assessment, instrument)) = app.assessment_with_instrument(case.clone(), index) else {
        return view! { <Missing /> }.into_any();
    };
    let Some(assessment) = assessment.get_untracked() else {
        return view! { <Missing /> }.into_any();
    };
    let Some(scenario) = training.current.get_untracked() else {
        return view! { <Missing /> }.into_any();
    };
    let Some(reference) = scenario.reference(&instrument.id).cloned() else {
        return view! { <p role="alert">{tv!("training-error-no-reference")}</p> }.into_any();
    };
    let Ok(result) = feedback::identification(&instrument, &reference, &assessment.answers) else {
        return view! { <p role="alert">{tv!("result-unavailable")}</p> }.into_any();
    };
    let title = scenario.title.clone();
    let (matched, total, percent) = (
        result.matched(),
        result.indicators.len(),
        result.agreement_percent(),
    );
    let yours = messages::identification_outcome(&instrument, result.trainee_outcome);
    let theirs = messages::identification_outcome(&instrument, result.reference_outcome);
    let conclusion_agrees = result.conclusion_agrees();
    let review_case = case.clone();

    let nickname = RwSignal::new(String::new());
    let saved = RwSignal::new(None::<String>);
    let save_answers = assessment.answers.clone();
    let save_scenario = scenario.clone();
    let instrument_id = instrument.id.clone();
    let save = move |_| {
        let record = TrainingResult::new(
            &save_scenario,
            &instrument_id,
            &nickname.get_untracked(),
            save_answers.clone(),
            now(),
        );
        let hex = random_hex::<4>();
        let name = format!("{}-{hex}.trygg-training.json", save_scenario.id);
        let outcome = record
            .to_json()
            .ok()
            .and_then(|json| files::download(json.as_bytes(), &name, "application/json").ok());
        saved.set(Some(match outcome {
            Some(()) => tr!("training-saved", file = name),
            None => tr!("training-save-failed"),
        }));
    };

    view! {
        <section class="feedback" aria-labelledby="feedback-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("training-back-to-scenarios")}
                </button>
            </p>
            <h1 id="feedback-title">{move || tr!("training-feedback-title", scenario = text(&title))}</h1>
            <p class="agreement" data-testid="agreement">{move || tr!(
                "training-agreement",
                matched = matched,
                total = total,
                percent = percent
            )}</p>
            <div class="outcome">
                <h2>{tv!("training-conclusion")}</h2>
                <p>{move || if conclusion_agrees { tr!("training-conclusion-same") } else { tr!("training-conclusion-different") }}</p>
                <dl class="facts">
                    <dt>{tv!("training-yours")}</dt>
                    <dd data-testid="your-conclusion">{
                        let yours = yours.clone();
                        move || i18n::text(&yours)
                    }</dd>
                    <dt>{tv!("training-reference")}</dt>
                    <dd data-testid="reference-conclusion">{
                        let theirs = theirs.clone();
                        move || i18n::text(&theirs)
                    }</dd>
                </dl>
            </div>
            <Differences instrument=instrument.clone() result=result.clone() agreement=Agreement::Missed />
            <Differences instrument=instrument.clone() result=result.clone() agreement=Agreement::OverCalled />
            <Differences instrument=instrument.clone() result=result.clone() agreement=Agreement::Unknown />
            <details class="matched">
                <summary>{move || tr!("training-matched-list", count = matched)}</summary>
                <Differences instrument=instrument.clone() result=result.clone() agreement=Agreement::Matched />
            </details>
            <DimensionTable instrument=instrument.clone() result=result.clone() />

            <h2>{tv!("training-save-heading")}</h2>
            <p>{tv!("training-save-explain")}</p>
            <div class="field">
                <label for="training-nickname">{tv!("training-nickname")}</label>
                <input id="training-nickname" type="text" autocomplete="off" maxlength=MAX_NICKNAME_CHARS.to_string()
                    on:input=move |ev| nickname.set(event_target_value(&ev)) />
            </div>
            <div class="actions">
                <button type="button" class="button primary" on:click=save>{tv!("training-save")}</button>
                <button type="button" class="button secondary" on:click=move |_| app.go(Screen::Assessment {
                    case: review_case.clone(),
                    index: 0,
                    section: 0,
                })>{tv!("case-review-answers")}</button>
            </div>
            <p role="status">{move || saved.get()}</p>
        </section>
    }
    .into_any()
}

#[component]
fn Differences(
    instrument: Arc<Instrument>,
    result: Feedback,
    agreement: Agreement,
) -> impl IntoView {
    let items: Vec<IndicatorFeedback> = result.with(agreement).cloned().collect();
    let heading = move || match agreement {
        Agreement::Missed => tr!("training-missed", count = result.count(agreement)),
        Agreement::OverCalled => tr!("training-over-called", count = result.count(agreement)),
        Agreement::Unknown => tr!("training-unknown", count = result.count(agreement)),
        Agreement::Matched => String::new(),
    };
    let explain = move || match agreement {
        Agreement::Missed => tr!("training-missed-explain"),
        Agreement::OverCalled => tr!("training-over-called-explain"),
        Agreement::Unknown => tr!("training-unknown-explain"),
        Agreement::Matched => String::new(),
    };
    if items.is_empty() && agreement != Agreement::Matched {
        return ().into_any();
    }
    let class = format!("differences differences-{agreement:?}").to_lowercase();
    view! {
        <section class=class>
            {(agreement != Agreement::Matched).then(|| view! {
                <h2>{heading.clone()}</h2>
                <p class="muted">{explain}</p>
            })}
            <ul>
                {items.into_iter().map(|item| {
                    let question = messages::question(&instrument, &item.question);
                    let explanation = item.explanation.clone();
                    let (yours, theirs) = (item.trainee, item.reference);
                    view! {
                        <li class="difference">
                            <p class="difference-question">{move || i18n::text(&question)}</p>
                            <p class="muted">{move || tr!(
                                "training-yours-reference",
                                yours = finding_text(yours),
                                reference = finding_text(theirs)
                            )}</p>
                            {explanation.map(|e| view! { <p class="explanation">{move || text(&e)}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn DimensionTable(instrument: Arc<Instrument>, result: Feedback) -> impl IntoView {
    let Some(config) = instrument.identification().cloned() else {
        return ().into_any();
    };
    view! {
        <h2>{tv!("training-dimensions")}</h2>
        <table class="dimension-table">
            <thead>
                <tr>
                    <th scope="col">{tv!("training-dimension")}</th>
                    <th scope="col">{tv!("training-yours")}</th>
                    <th scope="col">{tv!("training-reference")}</th>
                </tr>
            </thead>
            <tbody>
                {result.dimensions.iter().map(|d| {
                    let name = config
                        .dimensions
                        .iter()
                        .find(|x| x.id == d.id)
                        .map(|x| messages::dimension(&instrument, x))
                        .unwrap_or_default();
                    let yours = messages::dimension_status(&instrument, d.trainee);
                    let theirs = messages::dimension_status(&instrument, d.reference);
                    let agrees = d.agrees();
                    view! {
                        <tr class:differs=!agrees>
                            <th scope="row">{move || i18n::text(&name)}</th>
                            <td>{move || i18n::text(&yours)}</td>
                            <td>{move || i18n::text(&theirs)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
