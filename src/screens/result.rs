//! Results: what the rules in core concluded, with the answers behind every
//! conclusion. Shared by the result screen and the printable report.

use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::answer::{evaluate, QuestionState, Value};
use trygg_core::case::Assessment;
use trygg_core::code::CaseId;
use trygg_core::instrument::{messages, Instrument, Truth};
use trygg_core::rules::identification::{Finding, IdentificationResult};
use trygg_core::rules::needs::NeedsResult;
use trygg_core::rules::risk::{
    check_override, OverrideOutcome, RiskLevel, RiskOverride, RiskResult,
};
use trygg_core::rules::{score, AssessmentResult};

use crate::screens::case::Missing;
use crate::state::{use_app, Screen};
use crate::tv;
use crate::{format, i18n, tr};

#[component]
pub fn ResultScreen(case: CaseId, index: usize) -> impl IntoView {
    let app = use_app();
    let Some((assessment, instrument)) = app.assessment_with_instrument(case.clone(), index) else {
        return view! { <Missing /> }.into_any();
    };
    // The result can change the case (raising the risk level): it holds the case's
    // edit lock like the interview, and only reads while another tab edits.
    let editable = app.editing.take(app, case.clone());
    let read_only = move || editable.get() == Some(false);
    let title_id = messages::title(&instrument);
    let resume_case = case.clone();
    view! {
        <section class="result" aria-labelledby="result-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click={
                    let case = case.clone();
                    move |_| app.go(Screen::Case(case.clone()))
                }>
                    {tv!("result-back-to-case")}
                </button>
            </p>
            <h1 id="result-title">{move || tr!("result-title", instrument = i18n::text(&title_id))}</h1>
            <Show when=read_only>
                <div class="notice" role="status">{tv!("case-read-only")}</div>
            </Show>
            {move || assessment.get().map(|a| view! {
                <AssessmentResultView case=case.clone() index=index instrument=instrument.clone() assessment=a interactive=true />
            })}
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| {
                    app.go(Screen::Assessment { case: resume_case.clone(), index, section: 0 })
                }>
                    {tv!("result-review-answers")}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// The result of one assessment. `interactive` adds the controls that change it
/// (raising a risk level); the report shows it without them. The texts are built
/// again on a language switch (the risk level's control keeps what is typed).
#[component]
pub fn AssessmentResultView(
    case: CaseId,
    index: usize,
    instrument: Arc<Instrument>,
    assessment: Assessment,
    interactive: bool,
) -> impl IntoView {
    match score(&instrument, &assessment) {
        Ok(AssessmentResult::Identification(result)) => (move || {
            i18n::track();
            view! { <IdentificationView instrument=instrument.clone() assessment=assessment.clone() result=result.clone() /> }
        })
        .into_any(),
        Ok(AssessmentResult::Needs(result)) => (move || {
            i18n::track();
            view! { <NeedsView instrument=instrument.clone() result=result.clone() /> }
        })
        .into_any(),
        Ok(AssessmentResult::Risk(result)) => view! {
            <RiskView case=case index=index instrument=instrument result=result interactive=interactive />
        }
        .into_any(),
        Err(_) => view! { <p role="alert">{tv!("result-unavailable")}</p> }.into_any(),
    }
}

fn question_text(instrument: &Instrument, question: &str) -> String {
    i18n::text(&messages::question(instrument, question))
}

#[component]
fn IdentificationView(
    instrument: Arc<Instrument>,
    assessment: Assessment,
    result: IdentificationResult,
) -> impl IntoView {
    let outcome_id = messages::identification_outcome(&instrument, result.outcome);
    let disclaimer_id = messages::label(&instrument, "result-disclaimer");
    let unknown_id = messages::label(&instrument, "unknown-count");
    let declined_id = messages::label(&instrument, "declined-count");
    let (unknown, declined) = (result.unknown_count, result.declined_count);
    let notes = assessment.notes.clone();
    view! {
        <div class=format!("outcome outcome-{}", result.outcome.as_str()) role="status">
            <p class="outcome-text">{move || i18n::text(&outcome_id)}</p>
            {(unknown > 0).then(|| view! { <p>{move || i18n::text_count(&unknown_id, "count", unknown)}</p> })}
            {(declined > 0).then(|| view! { <p>{move || i18n::text_count(&declined_id, "count", declined)}</p> })}
        </div>
        <p class="disclaimer">{move || i18n::text(&disclaimer_id)}</p>
        <h2>{tv!("result-by-dimension")}</h2>
        <div class="dimensions">
            {result
                .dimensions
                .into_iter()
                .map(|dimension| {
                    let name_id = format!("{}-dimension-{}", instrument.id, dimension.id);
                    let status_id = messages::dimension_status(&instrument, dimension.status);
                    let present: Vec<(String, String, Option<String>)> = dimension
                        .present()
                        .map(|i| (
                            question_text(&instrument, &i.question),
                            i18n::text(&messages::strength(&instrument, i.strength)),
                            notes.get(&i.question).cloned(),
                        ))
                        .collect();
                    let unknown: Vec<(String, String)> = dimension
                        .unknown()
                        .map(|i| {
                            let state = match i.finding {
                                Finding::Unknown(state) => i18n::text(&messages::answer_state(state)),
                                _ => String::new(),
                            };
                            (question_text(&instrument, &i.question), state)
                        })
                        .collect();
                    view! {
                        <section class=format!("dimension dimension-{}", dimension.status.as_str())>
                            <h3>{format::number(f64::from(dimension.number))}". "{move || i18n::text(&name_id)}</h3>
                            <p class="dimension-status">{move || i18n::text(&status_id)}</p>
                            {(!present.is_empty()).then(|| view! {
                                <h4>{tv!("result-indicators-seen")}</h4>
                                <ul>
                                    {present.into_iter().map(|(text, strength, note)| view! {
                                        <li>{text}" — "<span class="muted">{strength}</span>
                                            {note.map(|n| view! { <p class="note-text">{tr!("result-note", note = n)}</p> })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            })}
                            {(!unknown.is_empty()).then(|| view! {
                                <h4>{tv!("result-indicators-unknown")}</h4>
                                <ul>
                                    {unknown.into_iter().map(|(text, state)| view! {
                                        <li>{text}" — "<span class="muted">{state}</span></li>
                                    }).collect_view()}
                                </ul>
                            })}
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn NeedsView(instrument: Arc<Instrument>, result: NeedsResult) -> impl IntoView {
    let disclaimer_id = messages::label(&instrument, "result-disclaimer");
    let plan_id = messages::label(&instrument, "care-plan");
    let referrals_id = messages::label(&instrument, "referrals");
    let open_id = messages::label(&instrument, "open-needs");
    let services_id = messages::label(&instrument, "service-types");
    let referrals: Vec<String> = result
        .referrals()
        .map(|e| question_text(&instrument, &e.question))
        .collect();
    let count = result.plan.len();
    view! {
        <div class="outcome" role="status">
            <p class="outcome-text">{move || tr!("result-needs-count", count = count)}</p>
        </div>
        <p class="disclaimer">{move || i18n::text(&disclaimer_id)}</p>
        <h2>{move || i18n::text(&plan_id)}</h2>
        {if result.plan.is_empty() {
            view! { <p class="muted">{tv!("result-needs-none")}</p> }.into_any()
        } else {
            view! {
                <ol class="care-plan">
                    {result.plan.iter().map(|entry| {
                        let text = question_text(&instrument, &entry.question);
                        let domain = i18n::text(&messages::domain(&instrument, &entry.domain));
                        let urgency = i18n::text(&messages::urgency(&instrument, entry.urgency));
                        let status = i18n::text(&messages::need_status(&instrument, entry.status));
                        let services: Vec<String> = entry
                            .service_types
                            .iter()
                            .map(|s| i18n::text(&messages::service(&instrument, s)))
                            .collect();
                        let services_label = i18n::text(&services_id);
                        view! {
                            <li class=format!("need urgency-{}", entry.urgency.as_str())>
                                <p class="need-title"><strong>{text}</strong></p>
                                <p class="need-meta">
                                    <span class="tag">{urgency}</span>" "
                                    <span class="tag">{status}</span>" "
                                    <span class="muted">{domain}</span>
                                </p>
                                {entry.service.clone().map(|s| view! { <p>{tr!("result-need-service", service = s)}</p> })}
                                <p class="muted">{services_label}": "{services.join(", ")}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }}
        <h2>{move || i18n::text(&referrals_id)}</h2>
        {if referrals.is_empty() {
            view! { <p class="muted">{tv!("result-none")}</p> }.into_any()
        } else {
            view! { <ul>{referrals.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul> }.into_any()
        }}
        {(!result.open.is_empty()).then(|| view! {
            <h2>{move || i18n::text(&open_id)}</h2>
            <ul>
                {result.open.iter().map(|o| {
                    let text = question_text(&instrument, &o.question);
                    let state = i18n::text(&messages::answer_state(o.state));
                    view! { <li>{text}" — "<span class="muted">{state}</span></li> }
                }).collect_view()}
            </ul>
        })}
    }
}

/// The risk result: its texts re-render on a language switch; the control that
/// raises the level sits between them and keeps its state.
#[component]
fn RiskView(
    case: CaseId,
    index: usize,
    instrument: Arc<Instrument>,
    result: RiskResult,
    interactive: bool,
) -> impl IntoView {
    let computed = result.computed_level;
    let top = {
        let (instrument, result) = (instrument.clone(), result.clone());
        move || {
            i18n::track();
            view! { <RiskLevelAndReasons instrument=instrument.clone() result=result.clone() /> }
        }
    };
    let bottom = {
        let (instrument, result) = (instrument.clone(), result.clone());
        move || {
            i18n::track();
            view! { <RiskPlanAndReturn instrument=instrument.clone() result=result.clone() /> }
        }
    };
    view! {
        {top}
        {interactive.then(|| view! { <RaiseLevel case=case index=index instrument=instrument computed=computed /> })}
        {bottom}
    }
}

#[component]
fn RiskLevelAndReasons(instrument: Arc<Instrument>, result: RiskResult) -> impl IntoView {
    let level_id = messages::risk_level(&instrument, result.level);
    let disclaimer_id = messages::label(&instrument, "result-disclaimer");
    let unknown_id = messages::label(&instrument, "unknown-count");
    let unknown = result.unknown_count;
    let reasons: Vec<(String, String, i32, bool)> = result
        .reasons
        .iter()
        .map(|r| {
            (
                question_text(&instrument, &r.question),
                i18n::text(&messages::risk_category(&instrument, r.category)),
                r.points,
                r.red_flag,
            )
        })
        .collect();
    let red_flag_label = i18n::text(&messages::label(&instrument, "red-flag"));
    let unknown_flags: Vec<String> = result
        .unknown_red_flags
        .iter()
        .map(|u| question_text(&instrument, &u.question))
        .collect();
    let override_text = match &result.override_outcome {
        OverrideOutcome::None => None,
        OverrideOutcome::Raised { from, reason, .. } => Some(format!(
            "{} ({} → {}): {reason}",
            i18n::text(&messages::label(&instrument, "override-raised")),
            i18n::text(&messages::risk_level(&instrument, *from)),
            i18n::text(&messages::risk_level(&instrument, result.level)),
        )),
        OverrideOutcome::Rejected { .. } => Some(i18n::text(&messages::label(
            &instrument,
            "override-rejected",
        ))),
    };
    view! {
        <div class=format!("outcome risk-{}", result.level.as_str()) role="status">
            <p class="outcome-text">{move || i18n::text(&level_id)}</p>
            {(unknown > 0).then(|| view! { <p>{move || i18n::text_count(&unknown_id, "count", unknown)}</p> })}
            {override_text.map(|t| view! { <p>{t}</p> })}
        </div>
        <p class="disclaimer">{move || i18n::text(&disclaimer_id)}</p>
        {(!unknown_flags.is_empty()).then(|| view! {
            <div class="notice">
                <h2>{i18n::text(&messages::label(&instrument, "unknown-red-flags"))}</h2>
                <ul>{unknown_flags.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            </div>
        })}
        <h2>{tv!("result-risk-reasons")}</h2>
        {if reasons.is_empty() {
            view! { <p class="muted">{tv!("result-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="reasons">
                    {reasons.into_iter().map(|(text, category, points, red_flag)| view! {
                        <li class:red-flag=red_flag>
                            {text}" — "<span class="muted">{category}</span>
                            {red_flag.then(|| view! { <strong class="flag">" · "{red_flag_label.clone()}</strong> })}
                            {(!red_flag).then(|| view! { <span class="muted">" · "{tr!("result-points", points = points)}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

#[component]
fn RiskPlanAndReturn(instrument: Arc<Instrument>, result: RiskResult) -> impl IntoView {
    let plan: Vec<String> = result
        .safety_plan
        .iter()
        .map(|item| i18n::text(&messages::safety_plan_item(&instrument, item)))
        .collect();
    let return_check = result.return_check.clone();
    let return_lines: Vec<(String, String, &'static str)> = return_check
        .conditions
        .iter()
        .map(|c| {
            let (label, class) = match c.holds {
                Truth::True => ("return-holds", "holds"),
                Truth::False => ("return-does-not-hold", "missing"),
                Truth::Unknown => ("return-unknown", "unknown"),
            };
            (
                i18n::text(&messages::return_condition(&instrument, &c.id)),
                i18n::text(&messages::label(&instrument, label)),
                class,
            )
        })
        .collect();
    let return_summary = i18n::text(&messages::label(
        &instrument,
        if return_check.considered != Truth::True {
            "return-not-considered"
        } else if return_check.safe_to_plan {
            "return-safe-to-plan"
        } else {
            "return-not-yet"
        },
    ));
    let show_return = return_check.considered == Truth::True;

    view! {
        <h2>{i18n::text(&messages::label(&instrument, "safety-plan"))}</h2>
        <ul class="checklist">
            {plan.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
        </ul>
        <h2>{tv!("result-return")}</h2>
        <p>{return_summary}</p>
        {show_return.then(|| view! {
            <ul class="return-check">
                {return_lines.into_iter().map(|(text, state, class)| view! {
                    <li class=class>{text}" — "<strong>{state}</strong></li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// Professional judgement: the worker may raise the level, with a reason.
#[component]
fn RaiseLevel(
    case: CaseId,
    index: usize,
    instrument: Arc<Instrument>,
    computed: RiskLevel,
) -> impl IntoView {
    let app = use_app();
    let higher: Vec<RiskLevel> = RiskLevel::ALL
        .into_iter()
        .filter(|l| *l > computed)
        .collect();
    if higher.is_empty() {
        return ().into_any();
    }
    let level = RwSignal::new(higher[0]);
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    // Only the tab holding the case's edit lock changes it.
    let locked_out = {
        let case = case.clone();
        move || app.editing.editable(&case) != Some(true)
    };
    let save = move |_| {
        let chosen = RiskOverride {
            level: level.get_untracked(),
            reason: reason.get_untracked().trim().to_string(),
        };
        if check_override(computed, &chosen).is_err() {
            problem.set(true);
            return;
        }
        problem.set(false);
        app.update_assessment(&case, index, move |a| a.risk_override = Some(chosen));
    };
    view! {
        <details class="raise">
            <summary>{tv!("result-raise-toggle")}</summary>
            <div class="field">
                <label for="raise-level">{tv!("result-raise-level")}</label>
                <select autocomplete="off" id="raise-level" disabled=locked_out.clone() on:change=move |ev| {
                    if let Some(l) = RiskLevel::parse(&event_target_value(&ev)) {
                        level.set(l);
                    }
                }>
                    {higher.into_iter().map(|l| {
                        let label_id = messages::risk_level(&instrument, l);
                        view! { <option value=l.as_str()>{move || i18n::text(&label_id)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="raise-reason">{tv!("result-raise-reason")}</label>
                <textarea autocomplete="off" id="raise-reason" rows="3" disabled=locked_out.clone() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                <p class="field-error" aria-live="polite">
                    {move || problem.get().then(|| tr!("result-raise-reason-needed"))}
                </p>
            </div>
            <button type="button" class="button primary" disabled=locked_out on:click=save>{tv!("result-raise-save")}</button>
        </details>
    }
    .into_any()
}

/// An answer in words, for the report.
pub fn answer_text(instrument: &Instrument, question: &str, state: QuestionState<'_>) -> String {
    match state {
        QuestionState::Answered(value) => match value {
            Value::Choice(v) => {
                let list = instrument
                    .question(question)
                    .and_then(|q| q.kind.list().map(str::to_string))
                    .unwrap_or_default();
                i18n::text(&messages::choice(instrument, &list, v))
            }
            Value::Choices(vs) => {
                let list = instrument
                    .question(question)
                    .and_then(|q| q.kind.list().map(str::to_string))
                    .unwrap_or_default();
                vs.iter()
                    .map(|v| i18n::text(&messages::choice(instrument, &list, v)))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            Value::Text(t) | Value::Date(t) => t.clone(),
            Value::Number(n) => n.to_string(),
            Value::Need(n) => format!(
                "{} · {}",
                i18n::text(&messages::urgency(instrument, n.urgency)),
                i18n::text(&messages::need_status(instrument, n.status))
            ),
        },
        other => i18n::text(&messages::answer_state(other.kind())),
    }
}

/// Every relevant question with its answer, in asking order (for the report).
pub fn answer_list(instrument: &Instrument, assessment: &Assessment) -> Vec<(String, String)> {
    let evaluated = evaluate(instrument, &assessment.answers);
    evaluated
        .iter()
        .filter(|(_, state)| *state != QuestionState::NotRelevant)
        .map(|(q, state)| {
            (
                question_text(instrument, &q.id),
                answer_text(instrument, &q.id, state),
            )
        })
        .collect()
}
