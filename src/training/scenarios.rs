//! The scenarios a trainee can practise, opening a trainer's scenario file, and the
//! story of the scenario being practised.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::case::{Assessment, Case};
use trygg_core::code::CaseCode;
use trygg_core::training::{Scenario, ScenarioError};

use crate::files;
use crate::i18n;
use crate::session::use_session;
use crate::state::{new_case_id, now, random_bytes, use_app, Screen};
use crate::tr;
use crate::training::{text, use_training};
use crate::tv;

/// A scenario file is small text; anything larger is not one.
const MAX_SCENARIO_BYTES: u64 = 1024 * 1024;

/// The instrument every scenario is practised with.
pub const PRACTISED: &str = "identification";

#[component]
pub fn ScenarioList() -> impl IntoView {
    let app = use_app();
    let session = use_session();
    let training = use_training();
    let problem = RwSignal::new(None::<String>);

    let start = move |scenario: Scenario| {
        let Some(instrument) = app.instrument(PRACTISED) else {
            return;
        };
        let at = now();
        let id = new_case_id();
        let mut case = Case::new(id.clone(), CaseCode::from_random_bytes(random_bytes()), at);
        let language = i18n::active();
        case.assessments
            .push(Assessment::new(&instrument, at, language, language));
        // One practice at a time: the previous fictional case is dropped.
        app.forget_cases();
        app.add_case(case);
        training.current.set(Some(scenario));
        app.go(Screen::Case(id));
    };

    let open_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let result = match files::read_file(&file, MAX_SCENARIO_BYTES).await {
                Ok(bytes) => Scenario::from_json(&bytes).map_err(|error| match error {
                    ScenarioError::NotScenario => tr!("training-error-not-scenario"),
                    ScenarioError::TooNew { .. } => tr!("training-error-too-new"),
                    ScenarioError::Invalid(_) => tr!("training-error-damaged"),
                }),
                Err(_) => Err(tr!("file-error-unreadable")),
            };
            match result {
                Ok(scenario) if scenario.reference(PRACTISED).is_some() => {
                    problem.set(None);
                    start(scenario);
                }
                Ok(_) => problem.set(Some(tr!("training-error-no-reference"))),
                Err(message) => problem.set(Some(message)),
            }
        });
    };

    view! {
        <section class="training" aria-labelledby="training-title">
            <div class="title-row">
                <h1 id="training-title">{tv!("training-title")}</h1>
                <button type="button" class="button secondary" on:click=move |_| session.leave_training()>
                    {tv!("training-leave")}
                </button>
            </div>
            <p>{tv!("training-explain")}</p>
            <h2>{tv!("training-scenarios")}</h2>
            <ul class="scenario-list">
                {move || training.scenarios.get().into_iter().map(|scenario| {
                    let title = scenario.title.clone();
                    let summary = scenario.summary.clone();
                    view! {
                        <li class="scenario">
                            <h3>{move || text(&title)}</h3>
                            <p>{move || text(&summary)}</p>
                            <button type="button" class="button primary" on:click=move |_| start(scenario.clone())>
                                {tv!("training-start")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="field">
                <label for="scenario-file">{tv!("training-open-file")}</label>
                <input id="scenario-file" type="file" accept=".json" autocomplete="off" on:change=open_file />
            </div>
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <h2>{tv!("training-trainers")}</h2>
            <p>{tv!("training-trainers-explain")}</p>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| app.go(Screen::GroupSummary)>
                    {tv!("training-group-summary")}
                </button>
                <button type="button" class="button secondary" on:click=move |_| super::editor::start_draft(app, training)>
                    {tv!("training-write")}
                </button>
            </div>
        </section>
    }
}

/// The story of the scenario, in short parts, and the way into the interview.
#[component]
pub fn StoryScreen() -> impl IntoView {
    let app = use_app();
    let training = use_training();
    let Some(scenario) = training.current.get_untracked() else {
        return view! { <ScenarioList /> }.into_any();
    };
    let case_id = app
        .cases
        .with_untracked(|cases| cases.first().map(|c| c.id.clone()));
    let Some(case_id) = case_id else {
        return view! { <ScenarioList /> }.into_any();
    };
    let title = scenario.title.clone();
    view! {
        <section class="story" aria-labelledby="story-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("training-back-to-scenarios")}
                </button>
            </p>
            <h1 id="story-title">{move || text(&title)}</h1>
            <p class="muted">{tv!("training-story-explain")}</p>
            <ol class="story-parts">
                {scenario.story.iter().cloned().map(|part| view! {
                    <li><p>{move || text(&part)}</p></li>
                }).collect_view()}
            </ol>
            <button type="button" class="button primary" on:click=move |_| app.go(Screen::Assessment {
                case: case_id.clone(),
                index: 0,
                section: 0,
            })>
                {tv!("training-begin")}
            </button>
        </section>
    }
    .into_any()
}
