//! Answers, and the state of every question given the answers.
//!
//! A question is in exactly one of these states: not yet asked, answered, "don't
//! know", declined to answer, or not relevant. The first is the absence of an answer,
//! the last is computed from the relevance conditions and never stored. They stay
//! distinct all the way into results, because "she declined" and "nobody asked yet"
//! mean different things to the worker reading a report.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::instrument::{Condition, Instrument, LeafInput, Question, QuestionKind, Truth};

/// A stored answer. Serialised as `{"state": "answered", "value": {...}}`,
/// `{"state": "dont-know"}` or `{"state": "declined"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Answer {
    Answered { value: Value },
    DontKnow,
    Declined,
}

impl Answer {
    pub fn choice(value: &str) -> Self {
        Self::Answered {
            value: Value::Choice(value.to_string()),
        }
    }

    pub fn yes() -> Self {
        Self::choice("yes")
    }

    pub fn no() -> Self {
        Self::choice("no")
    }
}

/// A typed answer value. Serialised externally tagged: `{"choice": "yes"}`,
/// `{"choices": ["a", "b"]}`, `{"text": "..."}`, `{"number": 3}`, `{"date": "2025-01-31"}`,
/// `{"need": {...}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Value {
    Choice(String),
    Choices(Vec<String>),
    Text(String),
    Number(i64),
    /// `YYYY-MM-DD`, as the caller's date picker gives it.
    Date(String),
    Need(NeedValue),
}

/// The answer to a need item: how urgent, where it stands, who provides it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedValue {
    pub urgency: Urgency,
    pub status: NeedStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How soon a need must be met. Immediate means within 24 to 72 hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    Immediate,
    ShortTerm,
    LongTerm,
    None,
}

impl Urgency {
    pub const ALL: [Urgency; 4] = [Self::Immediate, Self::ShortTerm, Self::LongTerm, Self::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Immediate => "immediate",
            Self::ShortTerm => "short-term",
            Self::LongTerm => "long-term",
            Self::None => "none",
        }
    }
}

/// Where a need stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NeedStatus {
    Identified,
    Referred,
    InProgress,
    Met,
    /// She does not want this support now; her decision is recorded, not overridden.
    DeclinedByHer,
    NotApplicable,
}

impl NeedStatus {
    pub const ALL: [NeedStatus; 6] = [
        Self::Identified,
        Self::Referred,
        Self::InProgress,
        Self::Met,
        Self::DeclinedByHer,
        Self::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Identified => "identified",
            Self::Referred => "referred",
            Self::InProgress => "in-progress",
            Self::Met => "met",
            Self::DeclinedByHer => "declined-by-her",
            Self::NotApplicable => "not-applicable",
        }
    }
}

/// The answers of one assessment, by question id. A missing entry is "not yet asked".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }

    /// Records an answer as given; check it first with [`check_answer`] if it comes
    /// from a form.
    pub fn set(&mut self, question: &str, answer: Answer) {
        self.0.insert(question.to_string(), answer);
    }

    /// Takes an answer back: the question is "not yet asked" again.
    pub fn clear(&mut self, question: &str) -> Option<Answer> {
        self.0.remove(question)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl<const N: usize> From<[(&str, Answer); N]> for Answers {
    fn from(items: [(&str, Answer); N]) -> Self {
        Self(items.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }
}

/// The state of one question given all answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionState<'a> {
    /// Hidden by a relevance condition; any stored answer is kept but not used.
    NotRelevant,
    NotAsked,
    DontKnow,
    Declined,
    Answered(&'a Value),
    /// A stored value that does not fit the question (wrong type, unknown choice):
    /// treated as unknown by the rules and listed so it can be corrected.
    Invalid(&'a Value),
}

impl QuestionState<'_> {
    /// Relevant but without a usable answer.
    pub fn is_unknown(&self) -> bool {
        matches!(
            self,
            Self::NotAsked | Self::DontKnow | Self::Declined | Self::Invalid(_)
        )
    }

    pub fn kind(&self) -> StateKind {
        match self {
            Self::NotRelevant => StateKind::NotRelevant,
            Self::NotAsked => StateKind::NotAsked,
            Self::DontKnow => StateKind::DontKnow,
            Self::Declined => StateKind::Declined,
            Self::Answered(_) => StateKind::Answered,
            Self::Invalid(_) => StateKind::Invalid,
        }
    }
}

/// The state of a question without its value, for results and serialised reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StateKind {
    NotRelevant,
    NotAsked,
    DontKnow,
    Declined,
    Answered,
    Invalid,
}

impl StateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotRelevant => "not-relevant",
            Self::NotAsked => "not-asked",
            Self::DontKnow => "dont-know",
            Self::Declined => "declined",
            Self::Answered => "answered",
            Self::Invalid => "invalid",
        }
    }
}

/// Every question's state, computed once in asking order. Conditions only look at
/// earlier questions (the loader guarantees it), so one pass is enough.
#[derive(Clone, Debug)]
pub struct Evaluated<'a> {
    instrument: &'a Instrument,
    answers: &'a Answers,
    states: Vec<QuestionState<'a>>,
}

/// Computes the state of every question of `instrument` given `answers`.
pub fn evaluate<'a>(instrument: &'a Instrument, answers: &'a Answers) -> Evaluated<'a> {
    let mut states: Vec<QuestionState<'a>> = Vec::with_capacity(instrument.index.len());
    for section in &instrument.sections {
        let section_relevant = holds(instrument, &states, section.relevant.as_ref());
        for q in &section.questions {
            let relevant = section_relevant && holds(instrument, &states, q.relevant.as_ref());
            let state = if !relevant {
                QuestionState::NotRelevant
            } else {
                match answers.get(&q.id) {
                    None => QuestionState::NotAsked,
                    Some(Answer::DontKnow) => QuestionState::DontKnow,
                    Some(Answer::Declined) => QuestionState::Declined,
                    Some(Answer::Answered { value }) => match check_value(instrument, q, value) {
                        Ok(()) => QuestionState::Answered(value),
                        Err(_) => QuestionState::Invalid(value),
                    },
                }
            };
            states.push(state);
        }
    }
    Evaluated {
        instrument,
        answers,
        states,
    }
}

fn holds(instrument: &Instrument, states: &[QuestionState<'_>], c: Option<&Condition>) -> bool {
    c.is_none_or(|c| condition_truth(instrument, states, c).is_true())
}

fn condition_truth(instrument: &Instrument, states: &[QuestionState<'_>], c: &Condition) -> Truth {
    let lookup = |id: &str| match instrument
        .index
        .get(id)
        .and_then(|(_, _, p)| states.get(*p))
    {
        Some(QuestionState::NotRelevant) => LeafInput::NotRelevant,
        Some(QuestionState::Answered(v)) => LeafInput::Given(v),
        // Not asked, don't know, declined, invalid, or (never after validation) later.
        _ => LeafInput::Unknown,
    };
    c.eval(&lookup)
}

impl<'a> Evaluated<'a> {
    pub fn instrument(&self) -> &'a Instrument {
        self.instrument
    }

    /// The state of a question, or `None` for an id the instrument does not have.
    pub fn state(&self, question: &str) -> Option<QuestionState<'a>> {
        let (_, _, p) = self.instrument.index.get(question)?;
        self.states.get(*p).copied()
    }

    pub fn is_relevant(&self, question: &str) -> bool {
        self.state(question)
            .is_some_and(|s| s != QuestionState::NotRelevant)
    }

    /// Every question with its state, in asking order.
    pub fn iter(&self) -> impl Iterator<Item = (&'a Question, QuestionState<'a>)> + '_ {
        self.instrument.questions().zip(self.states.iter().copied())
    }

    /// Evaluates a condition of the instrument (safety plan, return check) against
    /// these answers.
    pub fn truth(&self, c: &Condition) -> Truth {
        condition_truth(self.instrument, &self.states, c)
    }

    /// Relevant questions without a usable answer.
    pub fn unknown_count(&self) -> usize {
        self.states.iter().filter(|s| s.is_unknown()).count()
    }

    /// Stored answers the rules cannot use: for questions the instrument does not have,
    /// or with a value that does not fit the question. Sorted by question id.
    pub fn ignored(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .answers
            .iter()
            .filter(|(id, _)| {
                !self.instrument.index.contains_key(*id)
                    || matches!(self.state(id), Some(QuestionState::Invalid(_)))
            })
            .map(|(id, _)| id.to_string())
            .collect();
        out.sort();
        out
    }
}

/// Why a value does not fit a question.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the instrument has no question `{0}`")]
    UnknownQuestion(String),
    #[error("this question takes {expected}")]
    WrongType { expected: &'static str },
    #[error("`{0}` is not one of the choices")]
    UnknownChoice(String),
    #[error("`{0}` is chosen twice")]
    DuplicateChoice(String),
    #[error("{value} is outside the allowed range")]
    OutOfRange { value: i64 },
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    InvalidDate(String),
}

/// Checks an answer before it is stored; "don't know" and "declined" fit every question.
pub fn check_answer(
    instrument: &Instrument,
    question: &str,
    answer: &Answer,
) -> Result<(), AnswerError> {
    let q = instrument
        .question(question)
        .ok_or_else(|| AnswerError::UnknownQuestion(question.to_string()))?;
    match answer {
        Answer::Answered { value } => check_value(instrument, q, value),
        Answer::DontKnow | Answer::Declined => Ok(()),
    }
}

/// Checks that a value fits a question's kind and choices.
pub fn check_value(
    instrument: &Instrument,
    q: &Question,
    value: &Value,
) -> Result<(), AnswerError> {
    let in_list = |list: &str, v: &str| {
        instrument
            .choice_list(list)
            .is_some_and(|l| l.values.iter().any(|x| x == v))
    };
    match (&q.kind, value) {
        (QuestionKind::Single { list }, Value::Choice(v)) => {
            if in_list(list, v) {
                Ok(())
            } else {
                Err(AnswerError::UnknownChoice(v.clone()))
            }
        }
        (QuestionKind::Multiple { list }, Value::Choices(vs)) => {
            for (i, v) in vs.iter().enumerate() {
                if !in_list(list, v) {
                    return Err(AnswerError::UnknownChoice(v.clone()));
                }
                if vs[..i].contains(v) {
                    return Err(AnswerError::DuplicateChoice(v.clone()));
                }
            }
            Ok(())
        }
        (QuestionKind::Text, Value::Text(_)) => Ok(()),
        (QuestionKind::Number { min, max }, Value::Number(n)) => {
            if min.is_some_and(|m| *n < m) || max.is_some_and(|m| *n > m) {
                Err(AnswerError::OutOfRange { value: *n })
            } else {
                Ok(())
            }
        }
        (QuestionKind::Date, Value::Date(d)) => {
            if is_date(d) {
                Ok(())
            } else {
                Err(AnswerError::InvalidDate(d.clone()))
            }
        }
        (QuestionKind::Need, Value::Need(_)) => Ok(()),
        (kind, _) => Err(AnswerError::WrongType {
            expected: match kind {
                QuestionKind::Single { .. } => "one choice",
                QuestionKind::Multiple { .. } => "a list of choices",
                QuestionKind::Text => "text",
                QuestionKind::Number { .. } => "a whole number",
                QuestionKind::Date => "a date",
                QuestionKind::Need => "a need (urgency and status)",
            },
        }),
    }
}

/// `YYYY-MM-DD` with a real month and day (leap years included).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_for_real_days() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("2024-1-01"));
        assert!(!is_date("２０２４-01-01"));
    }

    #[test]
    fn answers_serialise_with_distinct_states() {
        let a = Answers::from([
            ("a", Answer::yes()),
            ("b", Answer::DontKnow),
            ("c", Answer::Declined),
        ]);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"a":{"state":"answered","value":{"choice":"yes"}},"b":{"state":"dont-know"},"c":{"state":"declined"}}"#
        );
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }
}
