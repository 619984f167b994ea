//! The scenario editor for trainers: the story in parts, the reference answers
//! (given in the ordinary interview, on a fictional case in memory), an explanation
//! per indicator, and the scenario file to hand to trainees.

use std::collections::BTreeMap;

use leptos::prelude::*;
use trygg_core::answer::{evaluate, StateKind};
use trygg_core::case::{Assessment, Case};
use trygg_core::code::CaseCode;
use trygg_core::instrument::{messages, Rule};
use trygg_core::training::{Reference, Scenario, Text};

use crate::files;
use crate::i18n;
use crate::state::{new_case_id, now, random_bytes, random_hex, use_app, AppState, Screen};
use crate::tr;
use crate::training::scenarios::PRACTISED;
use crate::training::{text, use_training, Training};
use crate::tv;

/// Starts a new scenario: an empty draft and a fictional case for its reference.
pub fn start_draft(app: AppState, training: Training) {
    let Some(instrument) = app.instrument(PRACTISED) else {
        return;
    };
    let hex = random_hex::<4>();
    let language = i18n::active();
    let mut draft = Scenario::new(&format!("own-{hex}"), language);
    draft.story.push(Text::Text(String::new()));
    let at = now();
    let id = new_case_id();
    let mut case = Case::new(id, CaseCode::from_random_bytes(random_bytes()), at);
    case.assessments
        .push(Assessment::new(&instrument, at, language, language));
    app.forget_cases();
    app.add_case(case);
    training.current.set(None);
    training.draft.set(Some(draft));
    app.go(Screen::ScenarioEditor);
}

#[component]
pub fn EditorScreen() -> impl IntoView {
    let app = use_app();
    let training = use_training();
    let Some(instrument) = app.instrument(PRACTISED) else {
        return ().into_any();
    };
    let case_id = app
        .cases
        .with_untracked(|cases| cases.first().map(|c| c.id.clone()));
    let Some(case_id) = case_id else {
        return ().into_any();
    };
    let problem = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);
    let edit = move |change: &dyn Fn(&mut Scenario)| {
        training.draft.update(|draft| {
            if let Some(draft) = draft {
                change(draft);
            }
        });
    };
    let field = move |get: fn(&Scenario) -> &Text| {
        move || {
            training
                .draft
                .with(|d| d.as_ref().map(|d| text(get(d))).unwrap_or_default())
        }
    };
    let answers = Memo::new(move |_| {
        app.cases.with(|cases| {
            cases
                .first()
                .and_then(|c| c.assessments.first())
                .map(|a| a.answers.clone())
                .unwrap_or_default()
        })
    });
    // The indicators the reference answers make relevant: each gets an explanation.
    let answered_indicators = {
        let instrument = instrument.clone();
        Memo::new(move |_| {
            answers.with(|a| {
                evaluate(&instrument, a)
                    .iter()
                    .filter(|(q, state)| {
                        matches!(q.rule, Rule::Indicator { .. })
                            && state.kind() != StateKind::NotRelevant
                    })
                    .map(|(q, _)| q.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let answered_count = move || answers.with(|a| a.len());
    let part_count = Memo::new(move |_| {
        training
            .draft
            .with(|d| d.as_ref().map(|d| d.story.len()).unwrap_or(0))
    });

    let editor_case = case_id.clone();
    let save = move |_| {
        let Some(mut draft) = training.draft.get_untracked() else {
            return;
        };
        let story_empty = draft.story.iter().all(|t| text(t).trim().is_empty());
        if text(&draft.title).trim().is_empty() || story_empty {
            problem.set(Some(tr!("training-editor-error-empty")));
            return;
        }
        if answers.with_untracked(|a| a.is_empty()) {
            problem.set(Some(tr!("training-editor-error-no-answers")));
            return;
        }
        problem.set(None);
        draft.story.retain(|t| !text(t).trim().is_empty());
        let explanations = draft
            .references
            .first()
            .map(|r| r.explanations.clone())
            .unwrap_or_default();
        draft.references = vec![Reference {
            instrument: PRACTISED.to_string(),
            answers: answers.get_untracked(),
            explanations: explanations
                .into_iter()
                .filter(|(_, t)| !text(t).trim().is_empty())
                .collect(),
        }];
        let name = format!("{}.trygg-scenario.json", draft.id);
        let outcome = draft
            .to_json()
            .ok()
            .and_then(|json| files::download(json.as_bytes(), &name, "application/json").ok());
        saved.set(Some(match outcome {
            Some(()) => tr!("training-editor-saved", file = name),
            None => tr!("training-save-failed"),
        }));
    };

    let explanation_of = move |question: &str| {
        training.draft.with(|d| {
            d.as_ref()
                .and_then(|d| d.references.first())
                .and_then(|r| r.explanations.get(question))
                .map(text)
                .unwrap_or_default()
        })
    };
    let set_explanation = move |question: String, value: String| {
        edit(&|draft: &mut Scenario| {
            if draft.references.is_empty() {
                draft.references.push(Reference {
                    instrument: PRACTISED.to_string(),
                    answers: Default::default(),
                    explanations: BTreeMap::new(),
                });
            }
            if let Some(reference) = draft.references.first_mut() {
                reference
                    .explanations
                    .insert(question.clone(), Text::Text(value.clone()));
            }
        });
    };

    let instrument_for_list = instrument.clone();
    view! {
        <section class="scenario-editor" aria-labelledby="editor-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| {
                    training.draft.set(None);
                    app.go(Screen::Home);
                }>
                    {tv!("training-back-to-scenarios")}
                </button>
            </p>
            <h1 id="editor-title">{tv!("training-editor-title")}</h1>
            <p>{tv!("training-editor-explain")}</p>
            <div class="field">
                <label for="scenario-title">{tv!("training-editor-title-label")}</label>
                <input id="scenario-title" type="text" autocomplete="off"
                    prop:value=field(|d| &d.title)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|d: &mut Scenario| d.title = Text::Text(value.clone()));
                    } />
            </div>
            <div class="field">
                <label for="scenario-summary">{tv!("training-editor-summary-label")}</label>
                <input id="scenario-summary" type="text" autocomplete="off"
                    prop:value=field(|d| &d.summary)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|d: &mut Scenario| d.summary = Text::Text(value.clone()));
                    } />
            </div>
            <h2>{tv!("training-editor-story")}</h2>
            {move || {
                // Only the number of parts re-renders the list, so typing keeps focus.
                (0..part_count.get()).map(|n| {
                    let number: usize = n + 1;
                    let input_id = format!("story-part-{number}");
                    view! {
                        <div class="field">
                            <label for=input_id.clone()>{move || tr!("training-editor-part", number = number)}</label>
                            <textarea id=input_id rows="3" autocomplete="off"
                                prop:value=move || training.draft.with_untracked(|d| {
                                    d.as_ref().and_then(|d| d.story.get(n)).map(text).unwrap_or_default()
                                })
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    edit(&|d: &mut Scenario| {
                                        if let Some(part) = d.story.get_mut(n) {
                                            *part = Text::Text(value.clone());
                                        }
                                    });
                                }></textarea>
                        </div>
                    }
                }).collect_view()
            }}
            <button type="button" class="button secondary small" on:click=move |_| {
                edit(&|d: &mut Scenario| d.story.push(Text::Text(String::new())));
            }>{tv!("training-editor-add-part")}</button>

            <h2>{tv!("training-editor-reference")}</h2>
            <p>{move || tr!("training-editor-answered", count = answered_count())}</p>
            <button type="button" class="button secondary" on:click=move |_| app.go(Screen::Assessment {
                case: editor_case.clone(),
                index: 0,
                section: 0,
            })>{tv!("training-editor-answer")}</button>

            <h2>{tv!("training-editor-explanations")}</h2>
            <p class="muted">{tv!("training-editor-explanations-explain")}</p>
            {move || {
                let instrument = instrument_for_list.clone();
                answered_indicators.get().into_iter().map(|question| {
                    let label = messages::question(&instrument, &question);
                    let input_id = format!("why-{question}");
                    let (read, write) = (question.clone(), question.clone());
                    view! {
                        <div class="field">
                            <label for=input_id.clone()>{move || i18n::text(&label)}</label>
                            <textarea id=input_id rows="2" autocomplete="off"
                                prop:value=move || explanation_of(&read)
                                on:input=move |ev| set_explanation(write.clone(), event_target_value(&ev))></textarea>
                        </div>
                    }
                }).collect_view()
            }}
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <button type="button" class="button primary" on:click=save>{tv!("training-editor-save")}</button>
            <p role="status">{move || saved.get()}</p>
        </section>
    }
    .into_any()
}
