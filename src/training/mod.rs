//! Training mode: fictional scenarios practised in memory, apart from real cases.
//! It reuses the interview screens on its own in-memory [`AppState`]; the vault is
//! locked while it runs and nothing of it is stored or exported as a case.
//!
//! - [`scenarios`]: the list of scenarios, opening a scenario file, the story.
//! - [`feedback`]: the trainee's answers against the reference; saving a result file.
//! - [`summary`]: the trainer's group summary of many result files, with charts.
//! - [`editor`]: writing a scenario (story, reference answers, explanations).

mod editor;
mod feedback;
mod scenarios;
mod summary;

use leptos::prelude::*;
use trygg_core::training::{Scenario, Text};

use crate::i18n;
use crate::screens::assessment::AssessmentScreen;
use crate::state::{AppState, Screen};
use crate::tv;

/// What training keeps while it runs: the scenarios offered and the one practised.
#[derive(Clone, Copy)]
pub struct Training {
    pub scenarios: RwSignal<Vec<Scenario>>,
    pub current: RwSignal<Option<Scenario>>,
    /// The scenario a trainer is writing, if any.
    pub draft: RwSignal<Option<Scenario>>,
}

pub fn use_training() -> Training {
    expect_context::<Training>()
}

/// A scenario text in the active language: a Fluent message, or the trainer's words.
pub fn text(text: &Text) -> String {
    match text {
        Text::Message(id) => i18n::text(id),
        Text::Text(words) => words.clone(),
    }
}

/// The training frame: the mark on every screen, and the training screens.
#[component]
pub fn TrainingScreens(state: AppState) -> impl IntoView {
    let shipped = trygg_core::training::shipped().unwrap_or_default();
    let training = Training {
        scenarios: RwSignal::new(shipped),
        current: RwSignal::new(None),
        draft: RwSignal::new(None),
    };
    provide_context(training);
    view! {
        <p class="training-mark" role="note">{tv!("training-mark")}</p>
        {move || match state.screen.get() {
            // While a trainer writes a scenario, its case and result lead back to the editor.
            Screen::ScenarioEditor | Screen::Case(_) | Screen::Result { .. }
                if training.draft.with(Option::is_some) =>
            {
                view! { <editor::EditorScreen /> }.into_any()
            }
            Screen::Case(_) => view! { <scenarios::StoryScreen /> }.into_any(),
            Screen::Assessment { case, index, section } => {
                view! { <AssessmentScreen case=case index=index section=section /> }.into_any()
            }
            Screen::Result { case, index } => {
                view! { <feedback::FeedbackScreen case=case index=index /> }.into_any()
            }
            Screen::GroupSummary => view! { <summary::SummaryScreen /> }.into_any(),
            _ => view! { <scenarios::ScenarioList /> }.into_any(),
        }}
    }
}
