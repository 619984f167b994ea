//! Self-check: an anonymous screening a woman can do herself, on an organisation's
//! website, in her language. Only the questions put to her are asked (the worker's
//! own observations are left out), one part at a time, with the app's own question
//! controls. Nothing is stored: the answers live in memory until the page goes.
//! If the host gave public keys, she is asked at the end whether to share her
//! answers, encrypted to those keys; then she sees her result in plain, calm words
//! and the help contacts the host listed.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use trygg_core::answer::Answers;
use trygg_core::case::{Assessment, Case, ConsentDecision, ConsentPurpose, ConsentRecord};
use trygg_core::code::CaseCode;
use trygg_core::export::{self, ExportDocument, ExportedCase, Protection};
use trygg_core::instrument::{Asked, Instrument};
use trygg_core::progress::progress;
use trygg_core::rules::identification::DimensionStatus;
use trygg_core::rules::risk::RiskLevel;
use trygg_core::rules::{score, AssessmentResult};
use wasm_bindgen::JsValue;

use super::config::{tel_link, HelpContact};
use super::{escape_shortcut, events, Widget, WidgetQuickExit};
use crate::cases::CaseStore;
use crate::screens::question::{QuestionView, SheReads};
use crate::state::{new_case_id, now, random_bytes, AppState};
use crate::tv;
use crate::{i18n, tr};

/// Who recorded her agreement to sharing: she did, herself.
const RECORDED_BY: &str = "self-check";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Intro,
    /// A part of the instrument, by its section index.
    Part(usize),
    /// Whether to share her answers (only when the host gave keys).
    Share,
    Result,
}

/// What her answers mean for her, in three calm words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Concern,
    Unclear,
    NoConcern,
}

impl Reading {
    pub fn as_str(self) -> &'static str {
        match self {
            Reading::Concern => "concern",
            Reading::Unclear => "unclear",
            Reading::NoConcern => "no-concern",
        }
    }
}

/// Reads a result the way the self-check tells her about it: a reason for concern
/// as soon as any part of it is (a dimension met, a medium or high risk, a need).
pub fn reading(result: &AssessmentResult) -> Reading {
    match result {
        AssessmentResult::Identification(r) => {
            let met = r
                .dimensions
                .iter()
                .any(|d| d.status == DimensionStatus::Met);
            let open = r
                .dimensions
                .iter()
                .any(|d| d.status == DimensionStatus::CouldBeMet);
            if met {
                Reading::Concern
            } else if open {
                Reading::Unclear
            } else {
                Reading::NoConcern
            }
        }
        AssessmentResult::Risk(r) => {
            if r.level >= RiskLevel::Medium {
                Reading::Concern
            } else if !r.unknown_red_flags.is_empty() {
                Reading::Unclear
            } else {
                Reading::NoConcern
            }
        }
        AssessmentResult::Needs(r) => {
            if !r.plan.is_empty() {
                Reading::Concern
            } else if !r.open.is_empty() {
                Reading::Unclear
            } else {
                Reading::NoConcern
            }
        }
    }
}

/// The parts with questions put to her, given her answers so far (a follow-up can
/// add or remove one), and how many of those questions she has answered.
#[derive(Clone, Debug, PartialEq, Eq)]
struct HerParts {
    /// (section index, her questions in it), in asking order.
    parts: Vec<(usize, Vec<String>)>,
    answered: usize,
    total: usize,
}

fn her_parts(instrument: &Instrument, answers: &Answers) -> HerParts {
    let parts: Vec<(usize, Vec<String>)> = progress(instrument, answers)
        .sections
        .iter()
        .enumerate()
        .filter_map(|(index, section)| {
            let hers: Vec<String> = section
                .relevant_questions
                .iter()
                .filter(|q| {
                    instrument
                        .question(q)
                        .is_some_and(|q| q.asked == Asked::Interview)
                })
                .cloned()
                .collect();
            (!hers.is_empty()).then_some((index, hers))
        })
        .collect();
    let total = parts.iter().map(|(_, qs)| qs.len()).sum();
    let answered = parts
        .iter()
        .flat_map(|(_, qs)| qs)
        .filter(|q| answers.get(q).is_some())
        .count();
    HerParts {
        parts,
        answered,
        total,
    }
}

/// The self-check. "Clear my answers and start again" builds it afresh.
#[component]
pub fn SelfCheck(widget: Widget, instrument: Instrument) -> impl IntoView {
    let round = RwSignal::new(0u32);
    let instrument = Arc::new(instrument);
    let on_key = escape_shortcut(widget, || {});
    view! {
        <div class="widget self-check" on:keydown=on_key>
            {move || {
                round.track();
                view! { <Round widget=widget instrument=instrument.clone() restart=Callback::new(move |()| round.update(|r| *r += 1)) /> }
            }}
        </div>
    }
}

#[component]
fn Round(widget: Widget, instrument: Arc<Instrument>, restart: Callback<()>) -> impl IntoView {
    let config = widget.config();
    let language = i18n::active();
    let started = now();
    let mut case = Case::new(
        new_case_id(),
        CaseCode::from_random_bytes(random_bytes()),
        started,
    );
    case.assessments
        .push(Assessment::new(&instrument, started, language, language));
    let case_id = case.id.clone();
    // In memory only: the store writes nothing.
    let app = AppState::new(
        vec![(*instrument).clone()],
        CaseStore::in_memory(),
        vec![case],
    );
    provide_context(app);
    provide_context(SheReads);

    let assessment = app.assessment_memo(case_id.clone(), 0);
    let answers: Memo<Answers> = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().map(|a| a.answers.clone()).unwrap_or_default())
    });
    let notes: Memo<BTreeMap<String, String>> = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().map(|a| a.notes.clone()).unwrap_or_default())
    });
    let parts = {
        let instrument = instrument.clone();
        Memo::new(move |_| answers.with(|a| her_parts(&instrument, a)))
    };
    let step = RwSignal::new(Step::Intro);
    let shared = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Reading>);
    let heading = NodeRef::<html::H2>::new();

    // After a step changes (never at load: the host's page keeps its focus), the
    // step's heading takes keyboard focus and the widget's top comes into view.
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(move || {
                if let Some(heading) = heading.get_untracked() {
                    widget.focus(&heading);
                }
            });
        }
        now
    });

    // trygg-progress: counts only, each time they change once she has started.
    Effect::new(move |previous: Option<Option<(usize, usize)>>| {
        let counts = (step.get() != Step::Intro).then(|| parts.with(|p| (p.answered, p.total)));
        if let Some((answered, total)) = counts {
            if previous.flatten() != Some((answered, total)) {
                widget.emit_progress(answered, total);
            }
        }
        counts
    });

    let first_part = move || parts.with(|p| p.parts.first().map(|(i, _)| *i));
    let go_first = move || match first_part() {
        Some(index) => step.set(Step::Part(index)),
        None => step.set(Step::Result),
    };

    let view_case = case_id.clone();
    let recipients = config.recipients.clone();
    let events_include_result = config.events_include_result;
    let instrument_id = instrument.id.clone();
    let finish = {
        let instrument = instrument.clone();
        move |share: bool| {
            let Some(mut case) = app.case(&case_id).map(Arc::unwrap_or_clone) else {
                return;
            };
            let result = case
                .assessments
                .first()
                .and_then(|a| score(&instrument, a).ok());
            let reading = result.as_ref().map(reading);
            outcome.set(reading);
            let (answered, total) = parts.with_untracked(|p| (p.answered, p.total));
            let mut detail = vec![
                (
                    "mode",
                    JsValue::from_str(super::config::Mode::SelfCheck.as_str()),
                ),
                ("instrument", JsValue::from_str(&instrument_id)),
                ("answered", events::number(answered)),
                ("total", events::number(total)),
            ];
            if share && !recipients.is_empty() {
                case.record_consent(ConsentRecord {
                    purpose: ConsentPurpose::AgreementToShareData,
                    decision: ConsentDecision::Given,
                    at: now(),
                    recorded_by: RECORDED_BY.to_string(),
                });
                if let Some(sealed) = seal(&instrument, case, &recipients) {
                    detail.push(("result", events::bytes(&sealed)));
                    detail.push((
                        "fileName",
                        JsValue::from_str(&export::file_name(random_bytes())),
                    ));
                    shared.set(true);
                }
            }
            if events_include_result {
                if let Some(reading) = reading {
                    detail.push(("outcome", JsValue::from_str(reading.as_str())));
                }
            }
            widget.emit(events::COMPLETE, &detail);
            step.set(Step::Result);
        }
    };
    let asks_to_share = !config.recipients.is_empty();
    // Without a name, the website's own address stands for it: she knows it.
    let organisation = config.organisation.clone().unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.location().hostname().ok())
            .unwrap_or_default()
    });

    let heading_text = move || match step.get() {
        Step::Intro => tr!("widget-self-check-title"),
        Step::Part(index) => {
            let (position, count) = parts.with(|p| {
                (
                    p.parts
                        .iter()
                        .position(|(i, _)| *i == index)
                        .map_or(1, |p| p + 1),
                    p.parts.len(),
                )
            });
            tr!("assessment-section-of", current = position, total = count)
        }
        Step::Share => tr!("widget-share-title"),
        Step::Result => tr!("widget-result-title"),
    };

    let body = {
        let finish = finish.clone();
        let instrument = instrument.clone();
        let organisation = organisation.clone();
        let help = config.help.clone();
        move || match step.get() {
            Step::Intro => view! {
                <p>{tv!("widget-self-check-intro")}</p>
                <p>{tv!("widget-self-check-private")}</p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| go_first()>
                        {tv!("widget-start")}
                    </button>
                </div>
            }
            .into_any(),
            Step::Part(index) => {
                let finish = finish.clone();
                view! {
                    <PartView
                        instrument=instrument.clone()
                        case=view_case.clone()
                        index=index
                        parts=parts
                        answers=answers
                        notes=notes
                        step=step
                        last=Callback::new(move |()| {
                            if asks_to_share {
                                step.set(Step::Share);
                            } else {
                                finish(false);
                            }
                        })
                    />
                }
                .into_any()
            }
            Step::Share => {
                let (yes, no) = (finish.clone(), finish.clone());
                let organisation = organisation.clone();
                view! {
                    <p>{move || tr!("widget-share-body", organisation = organisation.clone())}</p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| yes(true)>
                            {tv!("widget-share-yes")}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| no(false)>
                            {tv!("widget-share-no")}
                        </button>
                    </div>
                }
                .into_any()
            }
            Step::Result => view! {
                <ResultView
                    outcome=outcome.get_untracked()
                    shared=shared.get_untracked()
                    organisation=organisation.clone()
                    help=help.clone()
                    restart=restart
                />
            }
            .into_any(),
        }
    };

    view! {
        <div class="widget-top">
            <h2 class="widget-heading" node_ref=heading>{heading_text}</h2>
            <WidgetQuickExit />
        </div>
        <div class="widget-body">{body}</div>
    }
}

/// Her answers as an export of one case, encrypted to the host's keys.
fn seal(instrument: &Instrument, case: Case, recipients: &[String]) -> Option<Vec<u8>> {
    let keys: Vec<_> = recipients
        .iter()
        .filter_map(|key| export::parse_recipient(key).ok())
        .collect();
    // Every key was checked when the widget started; all of them or nothing.
    if keys.len() != recipients.len() {
        return None;
    }
    let document = ExportDocument::new(
        env!("CARGO_PKG_VERSION"),
        now(),
        vec![ExportedCase::new(case, std::slice::from_ref(instrument))],
    );
    export::seal(&document, &Protection::Keys(keys)).ok()
}

/// One part: her questions in it, the progress, back and next.
#[component]
fn PartView(
    instrument: Arc<Instrument>,
    case: trygg_core::code::CaseId,
    index: usize,
    parts: Memo<HerParts>,
    answers: Memo<Answers>,
    notes: Memo<BTreeMap<String, String>>,
    step: RwSignal<Step>,
    last: Callback<()>,
) -> impl IntoView {
    let questions = Memo::new(move |_| {
        parts.with(|p| {
            p.parts
                .iter()
                .find(|(i, _)| *i == index)
                .map(|(_, qs)| qs.clone())
                .unwrap_or_default()
        })
    });
    let previous =
        move || parts.with(|p| p.parts.iter().rev().map(|(i, _)| *i).find(|i| *i < index));
    let next = move || parts.with(|p| p.parts.iter().map(|(i, _)| *i).find(|i| *i > index));
    let question_instrument = instrument.clone();
    view! {
        <div class="progress" aria-live="polite">
            <span>{move || parts.with(|p| tr!("assessment-answered-of", answered = p.answered, total = p.total))}</span>
            <progress
                class="progress-bar"
                aria-hidden="true"
                max=move || parts.with(|p| p.total.max(1).to_string())
                value=move || parts.with(|p| p.answered.to_string())
            ></progress>
        </div>
        <fieldset class="questions">
            <For
                each=move || questions.get()
                key=|qid| qid.clone()
                children=move |qid| {
                    question_instrument.question(&qid).cloned().map(|question| view! {
                        <QuestionView
                            case=case.clone()
                            index=0
                            instrument=question_instrument.clone()
                            question=question
                            answers=answers
                            notes=notes
                            // She reads the widget in her own language: one text each.
                            second=Signal::stored(None)
                        />
                    })
                }
            />
        </fieldset>
        <div class="actions step-actions">
            {move || previous().map(|target| view! {
                <button type="button" class="button secondary" on:click=move |_| step.set(Step::Part(target))>
                    {tv!("action-back")}
                </button>
            })}
            <button type="button" class="button primary" on:click=move |_| match next() {
                Some(target) => step.set(Step::Part(target)),
                None => last.run(()),
            }>
                {move || if next().is_some() { tr!("action-next") } else { tr!("assessment-see-result") }}
            </button>
        </div>
    }
}

/// Her result in plain words, what it is not, the emergency number, and the
/// host's help contacts.
#[component]
fn ResultView(
    outcome: Option<Reading>,
    shared: bool,
    organisation: String,
    help: Vec<HelpContact>,
    restart: Callback<()>,
) -> impl IntoView {
    let reading = outcome.unwrap_or(Reading::Unclear);
    view! {
        <div class=format!("outcome widget-outcome widget-outcome-{}", reading.as_str()) role="status">
            <p class="outcome-text">{move || match reading {
                Reading::Concern => tr!("widget-result-concern"),
                Reading::Unclear => tr!("widget-result-unclear"),
                Reading::NoConcern => tr!("widget-result-no-concern"),
            }}</p>
        </div>
        <p>{tv!("widget-result-not-a-decision")}</p>
        <p class="widget-emergency"><strong>{tv!("widget-emergency")}</strong></p>
        {shared.then(|| view! {
            <p class="widget-shared">{move || tr!("widget-shared", organisation = organisation.clone())}</p>
        })}
        {(!help.is_empty()).then(|| view! {
            <h3>{tv!("widget-help-title")}</h3>
            <ul class="help-list">
                {help.into_iter().map(|contact| view! { <HelpItem contact=contact /> }).collect_view()}
            </ul>
        })}
        <div class="actions">
            <button type="button" class="button secondary" on:click=move |_| restart.run(())>
                {tv!("widget-start-over")}
            </button>
        </div>
    }
}

#[component]
fn HelpItem(contact: HelpContact) -> impl IntoView {
    let HelpContact {
        name,
        phone,
        url,
        text,
    } = contact;
    view! {
        <li class="help-contact">
            <p class="help-name"><strong>{name}</strong></p>
            {text.map(|t| view! { <p class="muted">{t}</p> })}
            {phone.map(|phone| {
                let href = tel_link(&phone);
                view! { <p><a class="help-phone" href=href>{phone}</a></p> }
            })}
            {url.map(|url| {
                let href = url.clone();
                view! { <p><a class="help-url" href=href rel="noreferrer">{url}</a></p> }
            })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trygg_core::answer::Answer;
    use trygg_core::instrument;

    fn identification() -> Instrument {
        instrument::shipped()
            .expect("shipped instruments")
            .into_iter()
            .find(|i| i.id == "identification")
            .expect("identification")
    }

    /// Her reading of an identification where she answered every question put to
    /// her: "yes" to `yes`, "no" to the rest (the worker's observations stay open).
    fn read(yes: &[&str]) -> (Reading, HerParts) {
        let instrument = identification();
        let mut assessment = Assessment::new(&instrument, 0, "en", "en");
        // Answering can bring follow-up questions: answer until none is open.
        for _ in 0..5 {
            let parts = her_parts(&instrument, &assessment.answers);
            for question in parts.parts.iter().flat_map(|(_, qs)| qs) {
                if assessment.answers.get(question).is_none() {
                    let choice = if yes.contains(&question.as_str()) {
                        "yes"
                    } else {
                        "no"
                    };
                    assessment.answers.set(question, Answer::choice(choice));
                }
            }
        }
        let result = score(&instrument, &assessment).expect("scored");
        (
            reading(&result),
            her_parts(&instrument, &assessment.answers),
        )
    }

    #[test]
    fn she_is_asked_only_the_questions_put_to_her() {
        let instrument = identification();
        let parts = her_parts(&instrument, &Answers::new());
        let asked: Vec<&String> = parts.parts.iter().flat_map(|(_, qs)| qs).collect();
        assert!(!asked.is_empty());
        for question in &asked {
            let asked = instrument.question(question).map(|q| q.asked);
            assert_eq!(asked, Some(Asked::Interview), "{question}");
        }
        assert!(!asked.iter().any(|q| q.as_str() == "interpreter-present"));
        assert_eq!(parts.answered, 0);
        assert_eq!(parts.total, asked.len());
    }

    #[test]
    fn her_answers_read_as_concern_or_not() {
        let (calm, parts) = read(&[]);
        assert_eq!(parts.answered, parts.total);
        // The worker's observations, never asked here, do not make it "unclear".
        assert_eq!(calm, Reading::NoConcern);
        let (concern, _) = read(&["papers-taken", "debt-bondage"]);
        assert_eq!(concern, Reading::Concern);
        // Nothing answered: the check cannot say much.
        let instrument = identification();
        let empty = Assessment::new(&instrument, 0, "en", "en");
        let result = score(&instrument, &empty).expect("scored");
        assert_eq!(reading(&result), Reading::Unclear);
    }
}
