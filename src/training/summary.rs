//! The trainer's group summary: many trainees' result files at once, counted per
//! scenario, with bar charts drawn in SVG and the same figures as tables (for
//! screen readers and print).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::instrument::{messages, Instrument};
use trygg_core::training::summary::{self, ResultError, ScenarioSummary, TrainingResult};

use crate::files;
use crate::i18n;
use crate::state::{use_app, Screen};
use crate::tr;
use crate::training::scenarios::PRACTISED;
use crate::training::{text, use_training};
use crate::tv;

/// A result file is a few kilobytes.
const MAX_RESULT_BYTES: u64 = 256 * 1024;

#[component]
pub fn SummaryScreen() -> impl IntoView {
    let app = use_app();
    let training = use_training();
    let results = RwSignal::new(Vec::<TrainingResult>::new());
    let problems = RwSignal::new(Vec::<String>::new());

    let load = move |ev: leptos::ev::Event| {
        let Some(list) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .and_then(|input| input.files())
        else {
            return;
        };
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|n| list.get(n)).collect();
        spawn_local(async move {
            let mut loaded = Vec::new();
            let mut failed = Vec::new();
            for file in chosen {
                let name = file.name();
                let parsed = match files::read_file(&file, MAX_RESULT_BYTES).await {
                    Ok(bytes) => {
                        TrainingResult::from_json(&bytes).map_err(|e| result_error_text(&e))
                    }
                    Err(_) => Err(tr!("file-error-unreadable")),
                };
                match parsed {
                    Ok(result) => loaded.push(result),
                    Err(message) => {
                        failed.push(tr!("training-file-problem", file = name, problem = message))
                    }
                }
            }
            results.set(loaded);
            problems.set(failed);
        });
    };

    let summaries = Memo::new(move |_| {
        let Some(instrument) = app.instrument(PRACTISED) else {
            return (Vec::new(), Vec::new());
        };
        let scenarios = training.scenarios.get();
        results.with(|r| summary::summarise(&instrument, &scenarios, r))
    });

    view! {
        <section class="group-summary" aria-labelledby="summary-title">
            <p class="breadcrumb no-print">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("training-back-to-scenarios")}
                </button>
            </p>
            <h1 id="summary-title">{tv!("training-summary-title")}</h1>
            <p>{tv!("training-summary-explain")}</p>
            <div class="field no-print">
                <label for="result-files">{tv!("training-result-files")}</label>
                <input id="result-files" type="file" multiple=true accept=".json" autocomplete="off" on:change=load />
            </div>
            <ul class="field-error" role="alert">
                {move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                {move || summaries.get().1.into_iter().map(|e| view! { <li>{result_error_text(&e)}</li> }).collect_view()}
            </ul>
            {move || {
                let Some(instrument) = app.instrument(PRACTISED) else {
                    return ().into_any();
                };
                let instrument = Arc::new(instrument);
                summaries.get().0.into_iter().map(|s| view! {
                    <ScenarioSummaryView summary=s instrument=instrument.clone() />
                }).collect_view().into_any()
            }}
        </section>
    }
}

fn result_error_text(error: &ResultError) -> String {
    match error {
        ResultError::NotResult => tr!("training-error-not-result"),
        ResultError::TooNew { .. } => tr!("training-error-too-new"),
        ResultError::Invalid(_) => tr!("training-error-damaged"),
        ResultError::UnknownScenario(_) => tr!("training-error-unknown-scenario"),
    }
}

#[component]
fn ScenarioSummaryView(summary: ScenarioSummary, instrument: Arc<Instrument>) -> impl IntoView {
    let training = use_training();
    let scenario_title = training
        .scenarios
        .get_untracked()
        .into_iter()
        .find(|s| s.id == summary.scenario)
        .map(|s| s.title);
    let n = summary.trainees;
    let question = |id: &str| messages::question(&instrument, id);
    let conclusion_rows = vec![
        (tr!("training-chart-agreeing"), summary.conclusion_agreeing),
        (
            tr!("training-chart-differing"),
            n - summary.conclusion_agreeing,
        ),
    ];
    let missed: Vec<(String, usize)> = summary
        .most_missed
        .iter()
        .take(10)
        .map(|c| (i18n::text(&question(&c.question)), c.count))
        .collect();
    let over: Vec<(String, usize)> = summary
        .most_over_called
        .iter()
        .take(10)
        .map(|c| (i18n::text(&question(&c.question)), c.count))
        .collect();
    let dimensions: Vec<(String, usize)> = instrument
        .identification()
        .map(|config| {
            summary
                .dimensions
                .iter()
                .map(|d| {
                    let name = config
                        .dimensions
                        .iter()
                        .find(|x| x.id == d.id)
                        .map(|x| i18n::text(&messages::dimension(&instrument, x)))
                        .unwrap_or_default();
                    (name, d.agreeing)
                })
                .collect()
        })
        .unwrap_or_default();
    let id = summary.scenario.clone();
    view! {
        <section class="scenario-summary" data-scenario=id.clone()>
            <h2>{move || scenario_title.as_ref().map(text).unwrap_or_default()}</h2>
            <p data-testid="summary-counts">{move || tr!(
                "training-summary-counts",
                trainees = n,
                agreeing = summary.conclusion_agreeing,
                percent = summary.mean_agreement_percent
            )}</p>
            <BarChart id=format!("{id}-conclusion") title=tr!("training-chart-conclusion") rows=conclusion_rows max=n />
            <BarChart id=format!("{id}-dimensions") title=tr!("training-chart-dimensions") rows=dimensions max=n />
            {(!missed.is_empty()).then(|| view! {
                <BarChart id=format!("{id}-missed") title=tr!("training-chart-missed") rows=missed max=n />
            })}
            {(!over.is_empty()).then(|| view! {
                <BarChart id=format!("{id}-over") title=tr!("training-chart-over-called") rows=over max=n />
            })}
        </section>
    }
}

/// A horizontal bar chart (trainees out of `max`), with the same figures as a table.
#[component]
fn BarChart(id: String, title: String, rows: Vec<(String, usize)>, max: usize) -> impl IntoView {
    const WIDTH: usize = 600;
    const LABEL: usize = 0;
    const ROW: usize = 44;
    let height = rows.len() * ROW + 8;
    let title_id = format!("chart-{id}");
    let bar_room = WIDTH - LABEL - 60;
    view! {
        <figure class="chart">
            <figcaption id=title_id.clone()>{title.clone()}</figcaption>
            <svg role="img" aria-labelledby=title_id viewBox=format!("0 0 {WIDTH} {height}") class="chart-svg"
                preserveAspectRatio="xMinYMin meet">
                {rows.iter().enumerate().map(|(n, (label, value))| {
                    let y = n * ROW;
                    let width = (value * bar_room).checked_div(max).unwrap_or(0);
                    view! {
                        <text x="0" y=(y + 14).to_string() class="chart-label">{label.clone()}</text>
                        <rect x=LABEL.to_string() y=(y + 20).to_string() width=width.max(2).to_string() height="16" rx="3" class="chart-bar" />
                        <text x=(LABEL + width.max(2) + 8).to_string() y=(y + 33).to_string() class="chart-value">
                            {format!("{value} / {max}")}
                        </text>
                    }
                }).collect_view()}
            </svg>
            <table class="chart-table">
                <caption class="visually-hidden">{title}</caption>
                <tbody>
                    {rows.into_iter().map(|(label, value)| view! {
                        <tr><th scope="row">{label}</th><td>{format!("{value} / {max}")}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}
