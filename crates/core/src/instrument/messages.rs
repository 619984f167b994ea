//! Message ids: every text an instrument shows is looked up in Fluent under an id
//! built from the instrument's own ids, so a locale can be checked for completeness.
//!
//! | text | id |
//! |---|---|
//! | instrument name | `{instrument}-title` |
//! | section title | `{instrument}-{section}` |
//! | question | `{instrument}-{question}` |
//! | hint | `{instrument}-{question}-hint` (or `{instrument}-{name}-hint` when shared by `hint = "name"`) |
//! | choice | `{instrument}-{list}-{value}`; lists marked `common` use `choice-{value}` |
//! | answer states, asked-by labels | `answer-{state}`, `asked-{interview,observation}` (all instruments) |
//!
//! Result texts (see [`required_result_message_ids`]):
//! identification `{i}-dimension-{dimension}`, `{i}-dimension-{met,could-be-met,not-met}`,
//! `{i}-strength-{strong,medium,weak}`, `{i}-outcome-{outcome}`;
//! needs `{n}-domain-{domain}`, `{n}-service-{service}`, `{n}-urgency-{urgency}`,
//! `{n}-status-{status}`; risk `{r}-category-{category}`, `{r}-level-{level}`,
//! `{r}-plan-{item}`, `{r}-return-condition-{condition}`; and for each a few fixed labels
//! (`{id}-result-disclaimer`, ...) listed in [`FIXED_RESULT_LABELS`].

use super::{
    Asked, Dimension, Instrument, Question, RiskCategory, RulesConfig, RulesKind, Strength,
};
use crate::answer::{NeedStatus, StateKind, Urgency};
use crate::rules::identification::{DimensionStatus, IdentificationOutcome};
use crate::rules::risk::RiskLevel;

/// Prefixes of the messages shared by all instruments.
pub const COMMON_PREFIXES: [&str; 3] = ["choice-", "answer-", "asked-"];

/// Fixed result labels per rules kind, appended to the instrument id.
pub const FIXED_RESULT_LABELS: [(RulesKind, &[&str]); 3] = [
    (
        RulesKind::Identification,
        &["result-disclaimer", "unknown-count", "declined-count"],
    ),
    (
        RulesKind::Needs,
        &[
            "result-disclaimer",
            "care-plan",
            "referrals",
            "open-needs",
            "service-types",
        ],
    ),
    (
        RulesKind::Risk,
        &[
            "result-disclaimer",
            "unknown-count",
            "red-flag",
            "unknown-red-flags",
            "safety-plan",
            "override-raised",
            "override-rejected",
            "return-safe-to-plan",
            "return-not-yet",
            "return-not-considered",
            "return-holds",
            "return-does-not-hold",
            "return-unknown",
        ],
    ),
];

pub fn title(i: &Instrument) -> String {
    format!("{}-title", i.id)
}

pub fn section(i: &Instrument, section_id: &str) -> String {
    format!("{}-{section_id}", i.id)
}

pub fn question(i: &Instrument, question_id: &str) -> String {
    format!("{}-{question_id}", i.id)
}

/// The hint's message id, if the question has a hint.
pub fn hint(q: &Question) -> Option<&str> {
    q.hint.as_deref()
}

pub fn choice(i: &Instrument, list_id: &str, value: &str) -> String {
    match i.choice_list(list_id) {
        Some(l) if l.common => format!("choice-{value}"),
        _ => format!("{}-{list_id}-{value}", i.id),
    }
}

/// "Not asked yet", "Don't know", "Declined to answer", "Not relevant", ...
pub fn answer_state(state: StateKind) -> String {
    format!("answer-{}", state.as_str())
}

pub fn asked(a: Asked) -> &'static str {
    match a {
        Asked::Interview => "asked-interview",
        Asked::Observation => "asked-observation",
    }
}

/// "Declined" in her own words, where she reads the questions herself (the
/// widget's self-check).
pub const DECLINED_IN_HER_WORDS: &str = "answer-declined-self";

/// Labels shared by all instruments.
pub fn common_message_ids() -> Vec<String> {
    let mut ids: Vec<String> = [
        StateKind::NotRelevant,
        StateKind::NotAsked,
        StateKind::DontKnow,
        StateKind::Declined,
        StateKind::Answered,
        StateKind::Invalid,
    ]
    .into_iter()
    .map(answer_state)
    .collect();
    ids.extend([Asked::Interview, Asked::Observation].map(|a| asked(a).to_string()));
    ids.push(DECLINED_IN_HER_WORDS.to_string());
    ids
}

pub fn dimension(i: &Instrument, d: &Dimension) -> String {
    format!("{}-dimension-{}", i.id, d.id)
}

pub fn dimension_status(i: &Instrument, s: DimensionStatus) -> String {
    format!("{}-dimension-{}", i.id, s.as_str())
}

pub fn strength(i: &Instrument, s: Strength) -> String {
    format!("{}-strength-{}", i.id, s.as_str())
}

pub fn identification_outcome(i: &Instrument, o: IdentificationOutcome) -> String {
    format!("{}-outcome-{}", i.id, o.as_str())
}

pub fn domain(i: &Instrument, domain_id: &str) -> String {
    format!("{}-domain-{domain_id}", i.id)
}

pub fn service(i: &Instrument, service_id: &str) -> String {
    format!("{}-service-{service_id}", i.id)
}

pub fn urgency(i: &Instrument, u: Urgency) -> String {
    format!("{}-urgency-{}", i.id, u.as_str())
}

pub fn need_status(i: &Instrument, s: NeedStatus) -> String {
    format!("{}-status-{}", i.id, s.as_str())
}

pub fn risk_category(i: &Instrument, c: RiskCategory) -> String {
    format!("{}-category-{}", i.id, c.as_str())
}

pub fn risk_level(i: &Instrument, l: RiskLevel) -> String {
    format!("{}-level-{}", i.id, l.as_str())
}

pub fn safety_plan_item(i: &Instrument, item_id: &str) -> String {
    format!("{}-plan-{item_id}", i.id)
}

pub fn return_condition(i: &Instrument, condition_id: &str) -> String {
    format!("{}-return-condition-{condition_id}", i.id)
}

/// A fixed result label such as `result-disclaimer`, for this instrument.
pub fn label(i: &Instrument, name: &str) -> String {
    format!("{}-{name}", i.id)
}

/// Every message needed to show the instrument's questions: title, sections,
/// questions, hints and choices (shared `choice-*` ids included). Sorted, no repeats.
pub fn required_message_ids(i: &Instrument) -> Vec<String> {
    let mut ids = question_message_ids(i);
    ids.sort();
    ids.dedup();
    ids
}

/// Every message needed to show the instrument's results. Sorted, no repeats.
pub fn required_result_message_ids(i: &Instrument) -> Vec<String> {
    let mut ids = result_message_ids(i);
    ids.sort();
    ids.dedup();
    ids
}

/// The ids the instrument defines, with repeats where two texts would collide.
/// Shared hints and common choices are legitimately shared, so they appear once.
/// Only validation uses it.
#[cfg(feature = "definitions")]
pub(super) fn defining_message_ids(i: &Instrument) -> Vec<String> {
    let mut ids = vec![title(i)];
    ids.extend(i.sections.iter().map(|s| section(i, &s.id)));
    ids.extend(i.questions().map(|q| question(i, &q.id)));
    let mut hints: Vec<String> = i.questions().filter_map(|q| q.hint.clone()).collect();
    hints.sort();
    hints.dedup();
    ids.extend(hints);
    for l in i.choice_lists.iter().filter(|l| !l.common) {
        ids.extend(l.values.iter().map(|v| choice(i, &l.id, v)));
    }
    ids.extend(result_message_ids(i));
    ids
}

fn question_message_ids(i: &Instrument) -> Vec<String> {
    let mut ids = vec![title(i)];
    for s in &i.sections {
        ids.push(section(i, &s.id));
        for q in &s.questions {
            ids.push(question(i, &q.id));
            ids.extend(q.hint.clone());
            if let Some(list) = q.kind.list().and_then(|l| i.choice_list(l)) {
                ids.extend(list.values.iter().map(|v| choice(i, &list.id, v)));
            }
        }
    }
    ids
}

fn result_message_ids(i: &Instrument) -> Vec<String> {
    let mut ids: Vec<String> = FIXED_RESULT_LABELS
        .iter()
        .filter(|(k, _)| *k == i.rules)
        .flat_map(|(_, names)| names.iter().map(|n| label(i, n)))
        .collect();
    match &i.config {
        RulesConfig::Identification(c) => {
            ids.extend(c.dimensions.iter().map(|d| dimension(i, d)));
            ids.extend(
                [
                    DimensionStatus::Met,
                    DimensionStatus::CouldBeMet,
                    DimensionStatus::NotMet,
                ]
                .map(|s| dimension_status(i, s)),
            );
            ids.extend(Strength::ALL.map(|s| strength(i, s)));
            ids.extend(
                [
                    IdentificationOutcome::SupportsReasonableGrounds,
                    IdentificationOutcome::InsufficientInformation,
                    IdentificationOutcome::DoesNotYetSupport,
                ]
                .map(|o| identification_outcome(i, o)),
            );
        }
        RulesConfig::Needs(c) => {
            ids.extend(c.domains.iter().map(|d| domain(i, &d.id)));
            ids.extend(c.services.iter().map(|s| service(i, s)));
            ids.extend(Urgency::ALL.map(|u| urgency(i, u)));
            ids.extend(NeedStatus::ALL.map(|s| need_status(i, s)));
        }
        RulesConfig::Risk(c) => {
            ids.extend(RiskCategory::ALL.map(|x| risk_category(i, x)));
            ids.extend(RiskLevel::ALL.map(|l| risk_level(i, l)));
            ids.extend(c.safety_plan.iter().map(|p| safety_plan_item(i, &p.id)));
            ids.extend(
                c.return_check
                    .conditions
                    .iter()
                    .map(|r| return_condition(i, &r.id)),
            );
        }
    }
    ids
}
