//! One question of an interview: its text, who it is for, the hint on demand, the
//! answer controls (always with "don't know" and "prefers not to answer"), and a
//! note. Every change is handed to the app state at once, which stores it.
//!
//! In a two-language interview, the question, its hint and its answer choices
//! also show in her language, beneath the worker's (marked with `lang`). The
//! worker's own observations stay in the worker's language only: they are not put
//! to her, and she should not read them over the worker's shoulder.

use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::answer::{check_answer, Answer, Answers, NeedStatus, NeedValue, Urgency, Value};
use trygg_core::code::CaseId;
use trygg_core::instrument::{messages, Asked, Instrument, Question, QuestionKind};

use crate::i18n;
use crate::state::use_app;
use crate::tv;

#[component]
pub fn QuestionView(
    case: CaseId,
    index: usize,
    instrument: Arc<Instrument>,
    question: Question,
    answers: Memo<Answers>,
    notes: Memo<std::collections::BTreeMap<String, String>>,
    /// Her language, when it differs from the worker's.
    second: Signal<Option<&'static str>>,
) -> impl IntoView {
    let app = use_app();
    let second = if question.asked == Asked::Interview {
        second
    } else {
        Signal::stored(None)
    };
    let qid = question.id.clone();
    let current = {
        let qid = qid.clone();
        Memo::new(move |_| answers.with(|a| a.get(&qid).cloned()))
    };
    let set = {
        let (case, qid, instrument) = (case.clone(), qid.clone(), instrument.clone());
        move |answer: Option<Answer>| {
            if let Some(answer) = &answer {
                // The controls only offer fitting values; this guards the store anyway.
                if check_answer(&instrument, &qid, answer).is_err() {
                    return;
                }
            }
            let qid = qid.clone();
            app.update_assessment(&case, index, move |a| match answer {
                Some(answer) => a.answers.set(&qid, answer),
                None => {
                    a.answers.clear(&qid);
                }
            });
        }
    };
    let set_note = {
        let (case, qid) = (case.clone(), qid.clone());
        move |text: String| {
            let qid = qid.clone();
            app.update_assessment(&case, index, move |a| {
                if text.trim().is_empty() {
                    a.notes.remove(&qid);
                } else {
                    a.notes.insert(qid, text);
                }
            });
        }
    };

    let dom_id = format!("q-{qid}");
    let text_id = messages::question(&instrument, &qid);
    let asked_id = messages::asked(question.asked);
    let hint_id = question.hint.clone();
    let legend_id = format!("{dom_id}-text");

    let controls = match &question.kind {
        QuestionKind::Single { list } => {
            let values = instrument
                .choice_list(list)
                .map(|l| l.values.clone())
                .unwrap_or_default();
            let options: Vec<(String, String, Answer)> = values
                .into_iter()
                .map(|v| (messages::choice(&instrument, list, &v), v.clone(), Answer::choice(&v)))
                .collect();
            view! { <ChoiceRadios name=dom_id.clone() options=options current=current set=set.clone() second=second /> }.into_any()
        }
        QuestionKind::Need => {
            view! { <NeedControls name=dom_id.clone() instrument=instrument.clone() current=current set=set.clone() second=second /> }.into_any()
        }
        QuestionKind::Multiple { list } => {
            let values = instrument
                .choice_list(list)
                .map(|l| l.values.clone())
                .unwrap_or_default();
            let labelled: Vec<(String, String)> = values
                .into_iter()
                .map(|v| (messages::choice(&instrument, list, &v), v))
                .collect();
            view! { <MultipleControls options=labelled current=current set=set.clone() second=second /> }.into_any()
        }
        QuestionKind::Text | QuestionKind::Number { .. } | QuestionKind::Date => {
            view! { <FreeControls kind=question.kind.clone() label_id=legend_id.clone() current=current set=set.clone() second=second /> }.into_any()
        }
    };

    let clear = set.clone();
    let note_value = {
        let qid = qid.clone();
        move || notes.with(|n| n.get(&qid).cloned().unwrap_or_default())
    };
    let has_note = {
        let qid = qid.clone();
        move || notes.with(|n| n.contains_key(&qid))
    };

    view! {
        <fieldset class="question" id=dom_id.clone() aria-labelledby=legend_id.clone()>
            <legend id=legend_id.clone()>
                <span class="asked-tag">{move || i18n::text(asked_id)}</span>
                <span class="question-text">{
                    let text_id = text_id.clone();
                    move || i18n::text(&text_id)
                }</span>
                {her_text(second, text_id)}
            </legend>
            {hint_id.map(|hint_id| view! {
                <details class="hint">
                    <summary>{tv!("question-hint-toggle")}</summary>
                    <p>
                        <span>{
                            let hint_id = hint_id.clone();
                            move || i18n::text(&hint_id)
                        }</span>
                        {her_text(second, hint_id)}
                    </p>
                </details>
            })}
            {controls}
            <div class="question-tools">
                <Show when=move || current.with(Option::is_some)>
                    <button type="button" class="link" on:click={
                        let clear = clear.clone();
                        move |_| clear(None)
                    }>
                        {tv!("question-clear")}
                    </button>
                </Show>
                <details class="note" open=has_note>
                    <summary>{tv!("question-note-toggle")}</summary>
                    <label class="visually-hidden" for=format!("{dom_id}-note")>{tv!("question-note-label")}</label>
                    <textarea autocomplete="off"
                        id=format!("{dom_id}-note")
                        rows="2"
                        prop:value=note_value
                        on:input=move |ev| set_note(event_target_value(&ev))
                    ></textarea>
                </details>
            </div>
        </fieldset>
    }
}

/// The same text in her language, beneath the worker's: nothing when the
/// interview is in one language, or while her language is loading.
fn her_text(second: Signal<Option<&'static str>>, id: String) -> impl IntoView {
    move || {
        second.get().and_then(|language| {
            i18n::respondent_text(language, &id)
                .map(|text| view! { <span class="respondent-text" lang=language>{text}</span> })
        })
    }
}

/// A choice's label: the worker's text, and hers beneath it.
fn choice_label(second: Signal<Option<&'static str>>, id: String) -> impl IntoView {
    view! {
        <span class="choice-label">
            <span>{
                let id = id.clone();
                move || i18n::text(&id)
            }</span>
            {her_text(second, id)}
        </span>
    }
}

/// Radio buttons for the choices, then "don't know" and "prefers not to answer".
/// `same` says which option the current answer selects (need items compare by
/// urgency only, since status and service may differ).
/// Provided where she reads the questions herself (the widget's self-check): the
/// answer states speak in her own voice ("I'd rather not say").
#[derive(Clone, Copy)]
pub struct SheReads;

/// The label of "declined": the worker records that she prefers not to answer;
/// she herself says she would rather not.
fn declined_label() -> &'static str {
    if use_context::<SheReads>().is_some() {
        trygg_core::instrument::messages::DECLINED_IN_HER_WORDS
    } else {
        "answer-declined"
    }
}

#[component]
fn ChoiceRadios(
    name: String,
    options: Vec<(String, String, Answer)>,
    current: Memo<Option<Answer>>,
    set: impl Fn(Option<Answer>) + Clone + Send + Sync + 'static,
    second: Signal<Option<&'static str>>,
    #[prop(default = same_answer)] same: fn(&Answer, &Answer) -> bool,
) -> impl IntoView {
    let mut all: Vec<(String, String, Answer)> = options;
    all.push((
        "answer-dont-know".into(),
        "dont-know".into(),
        Answer::DontKnow,
    ));
    all.push((declined_label().into(), "declined".into(), Answer::Declined));
    view! {
        <div class="choices">
            {all
                .into_iter()
                .map(|(label_id, value, answer)| {
                    let set = set.clone();
                    let is_state = matches!(answer, Answer::DontKnow | Answer::Declined);
                    let compare = answer.clone();
                    view! {
                        <label class="choice" class:choice-state=is_state>
                            <input autocomplete="off"
                                type="radio"
                                name=name.clone()
                                value=value
                                prop:checked=move || current.get().is_some_and(|c| same(&c, &compare))
                                on:change=move |_| set(Some(answer.clone()))
                            />
                            {choice_label(second, label_id)}
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}

fn same_answer(a: &Answer, b: &Answer) -> bool {
    a == b
}

fn same_urgency(a: &Answer, b: &Answer) -> bool {
    match (a, b) {
        (
            Answer::Answered {
                value: Value::Need(x),
            },
            Answer::Answered {
                value: Value::Need(y),
            },
        ) => x.urgency == y.urgency,
        _ => a == b,
    }
}

/// A need: how urgent (or don't know / declined), then where it stands and who helps.
#[component]
fn NeedControls(
    name: String,
    instrument: Arc<Instrument>,
    current: Memo<Option<Answer>>,
    set: impl Fn(Option<Answer>) + Clone + Send + Sync + 'static,
    second: Signal<Option<&'static str>>,
) -> impl IntoView {
    let need = move || match current.get() {
        Some(Answer::Answered {
            value: Value::Need(need),
        }) => Some(need),
        _ => None,
    };
    let urgency_options: Vec<(String, String, Answer)> = Urgency::ALL
        .into_iter()
        .map(|u| {
            let status = if u == Urgency::None {
                NeedStatus::NotApplicable
            } else {
                NeedStatus::Identified
            };
            (
                messages::urgency(&instrument, u),
                u.as_str().to_string(),
                Answer::Answered {
                    value: Value::Need(NeedValue {
                        urgency: u,
                        status,
                        service: None,
                        note: None,
                    }),
                },
            )
        })
        .collect();
    // Choosing an urgency keeps the status and service already recorded.
    let set_urgency = {
        let set = set.clone();
        move |answer: Option<Answer>| {
            let merged = match (answer, need()) {
                (
                    Some(Answer::Answered {
                        value: Value::Need(mut chosen),
                    }),
                    Some(previous),
                ) => {
                    chosen.status = if chosen.urgency == Urgency::None {
                        NeedStatus::NotApplicable
                    } else if previous.status == NeedStatus::NotApplicable {
                        NeedStatus::Identified
                    } else {
                        previous.status
                    };
                    chosen.service = previous.service;
                    chosen.note = previous.note;
                    Some(Answer::Answered {
                        value: Value::Need(chosen),
                    })
                }
                (other, _) => other,
            };
            set(merged)
        }
    };
    let status_id = format!("{name}-status");
    let service_id = format!("{name}-service");
    let change = move |edit: Box<dyn FnOnce(&mut NeedValue)>| {
        if let Some(mut value) = need() {
            edit(&mut value);
            set(Some(Answer::Answered {
                value: Value::Need(value),
            }));
        }
    };
    let change_status = change.clone();
    let status_instrument = instrument.clone();

    view! {
        <p class="sub-label">{tv!("need-urgency-label")}</p>
        <ChoiceRadios name=name.clone() options=urgency_options current=current set=set_urgency same=same_urgency second=second />
        <Show when=move || need().is_some()>
            <div class="need-details">
                <div class="field">
                    <label for=status_id.clone()>{tv!("need-status-label")}</label>
                    <select autocomplete="off"
                        id=status_id.clone()
                        on:change={
                            let change_status = change_status.clone();
                            move |ev| {
                                let chosen = event_target_value(&ev);
                                if let Some(status) = NeedStatus::ALL.into_iter().find(|s| s.as_str() == chosen) {
                                    change_status(Box::new(move |v| v.status = status));
                                }
                            }
                        }
                    >
                        {NeedStatus::ALL
                            .into_iter()
                            .map(|s| {
                                let label_id = messages::need_status(&status_instrument, s);
                                view! {
                                    <option
                                        value=s.as_str()
                                        selected=move || need().is_some_and(|n| n.status == s)
                                    >
                                        {move || i18n::text(&label_id)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=service_id.clone()>{tv!("need-service-label")}</label>
                    <input
                        id=service_id.clone()
                        type="text"
                        autocomplete="off"
                        prop:value=move || need().and_then(|n| n.service).unwrap_or_default()
                        on:input={
                            let change = change.clone();
                            move |ev| {
                                let text = event_target_value(&ev);
                                change(Box::new(move |v| {
                                    v.service = (!text.trim().is_empty()).then_some(text)
                                }));
                            }
                        }
                    />
                </div>
            </div>
        </Show>
    }
}

/// Checkboxes for a multiple-choice question.
#[component]
fn MultipleControls(
    options: Vec<(String, String)>,
    current: Memo<Option<Answer>>,
    set: impl Fn(Option<Answer>) + Clone + Send + Sync + 'static,
    second: Signal<Option<&'static str>>,
) -> impl IntoView {
    let chosen = move || match current.get() {
        Some(Answer::Answered {
            value: Value::Choices(values),
        }) => values,
        _ => Vec::new(),
    };
    view! {
        <div class="choices">
            {options
                .into_iter()
                .map(|(label_id, value)| {
                    let set = set.clone();
                    let checked_value = value.clone();
                    view! {
                        <label class="choice">
                            <input autocomplete="off"
                                type="checkbox"
                                prop:checked=move || chosen().contains(&checked_value)
                                on:change=move |ev| {
                                    let mut values = chosen();
                                    values.retain(|v| v != &value);
                                    if event_target_checked(&ev) {
                                        values.push(value.clone());
                                    }
                                    set((!values.is_empty()).then_some(Answer::Answered { value: Value::Choices(values) }));
                                }
                            />
                            {choice_label(second, label_id)}
                        </label>
                    }
                })
                .collect_view()}
        </div>
        <StateButtons current=current set=set second=second />
    }
}

/// Text, number and date questions.
#[component]
fn FreeControls(
    kind: QuestionKind,
    label_id: String,
    current: Memo<Option<Answer>>,
    set: impl Fn(Option<Answer>) + Clone + Send + Sync + 'static,
    second: Signal<Option<&'static str>>,
) -> impl IntoView {
    let shown = move || match current.get() {
        Some(Answer::Answered { value }) => match value {
            Value::Text(t) | Value::Date(t) => t,
            Value::Number(n) => n.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    let parse = {
        let kind = kind.clone();
        move |text: String| -> Option<Answer> {
            let text = text.trim().to_string();
            if text.is_empty() {
                return None;
            }
            let value = match kind {
                QuestionKind::Number { .. } => Value::Number(text.parse().ok()?),
                QuestionKind::Date => Value::Date(text),
                _ => Value::Text(text),
            };
            Some(Answer::Answered { value })
        }
    };
    let input_set = set.clone();
    let input = match kind {
        QuestionKind::Text => view! {
            <textarea autocomplete="off"
                rows="3"
                aria-labelledby=label_id
                prop:value=shown
                on:input=move |ev| input_set(parse(event_target_value(&ev)))
            ></textarea>
        }
        .into_any(),
        _ => {
            let input_type = if matches!(kind, QuestionKind::Date) {
                "date"
            } else {
                "number"
            };
            view! {
                <input autocomplete="off"
                    type=input_type
                    aria-labelledby=label_id
                    prop:value=shown
                    on:change=move |ev| input_set(parse(event_target_value(&ev)))
                />
            }
            .into_any()
        }
    };
    view! {
        {input}
        <StateButtons current=current set=set second=second />
    }
}

/// "Don't know" and "prefers not to answer" for questions that are not radio groups.
#[component]
fn StateButtons(
    current: Memo<Option<Answer>>,
    set: impl Fn(Option<Answer>) + Clone + Send + Sync + 'static,
    second: Signal<Option<&'static str>>,
) -> impl IntoView {
    let button = move |answer: Answer, label_id: &'static str| {
        let set = set.clone();
        let pressed = answer.clone();
        view! {
            <button
                type="button"
                class="toggle"
                aria-pressed=move || (current.get().as_ref() == Some(&pressed)).to_string()
                on:click=move |_| set(Some(answer.clone()))
            >
                {choice_label(second, label_id.to_string())}
            </button>
        }
    };
    view! {
        <div class="state-buttons">
            {button(Answer::DontKnow, "answer-dont-know")}
            {button(Answer::Declined, declined_label())}
        </div>
    }
}
