//! Trainees' result files and the trainer's group summary of them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::feedback::{self, percent, Agreement};
use super::Scenario;
use crate::answer::Answers;
use crate::case::Millis;
use crate::instrument::Instrument;
use crate::versioned::{self, Refused};

pub const RESULT_KIND: &str = "trygg-training-result";
pub const RESULT_FORMAT: u32 = 1;

/// The longest nickname kept in a result file, in characters.
pub const MAX_NICKNAME_CHARS: usize = 40;

/// What a trainee saves after a scenario: the answers and a nickname at most.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingResult {
    pub kind: String,
    /// Always [`super::TRAINING_MARK`]; files without it still open.
    #[serde(default = "super::training_mark")]
    pub mark: String,
    pub format: u32,
    pub scenario: String,
    pub scenario_version: String,
    pub instrument: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    pub answers: Answers,
    pub completed: Millis,
}

/// Why a result file cannot be counted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResultError {
    #[error("this is not a Trygg training result")]
    NotResult,
    #[error("the result has format {found}; this Trygg reads up to {supported}")]
    TooNew { found: u64, supported: u32 },
    #[error("the result is damaged: {0}")]
    Invalid(String),
    #[error("the result is for scenario `{0}`, which is not loaded")]
    UnknownScenario(String),
}

impl TrainingResult {
    pub fn new(
        scenario: &Scenario,
        instrument: &str,
        nickname: &str,
        answers: Answers,
        completed: Millis,
    ) -> Self {
        let nickname: String = nickname.trim().chars().take(MAX_NICKNAME_CHARS).collect();
        Self {
            kind: RESULT_KIND.to_string(),
            mark: super::training_mark(),
            format: RESULT_FORMAT,
            scenario: scenario.id.clone(),
            scenario_version: scenario.version.clone(),
            instrument: instrument.to_string(),
            nickname: (!nickname.is_empty()).then_some(nickname),
            answers,
            completed,
        }
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self, ResultError> {
        let value =
            versioned::read(bytes, RESULT_KIND, RESULT_FORMAT).map_err(
                |refused| match refused {
                    Refused::NotThisKind => ResultError::NotResult,
                    Refused::TooNew(found) => ResultError::TooNew {
                        found,
                        supported: RESULT_FORMAT,
                    },
                },
            )?;
        serde_json::from_value(value).map_err(|error| ResultError::Invalid(error.to_string()))
    }
}

/// How often one indicator was missed or over-called in a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorCount {
    pub question: String,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionAgreement {
    pub id: String,
    /// Trainees whose status for the dimension matched the reference.
    pub agreeing: usize,
}

/// A group's results for one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioSummary {
    pub scenario: String,
    pub trainees: usize,
    /// Trainees whose conclusion matched the reference's.
    pub conclusion_agreeing: usize,
    /// Mean indicator agreement, in whole percent.
    pub mean_agreement_percent: u32,
    /// Most often missed first; only indicators missed at least once.
    pub most_missed: Vec<IndicatorCount>,
    pub most_over_called: Vec<IndicatorCount>,
    pub dimensions: Vec<DimensionAgreement>,
}

/// Counts a group's results, one summary per scenario (in the order first seen).
/// Results for scenarios not given are returned as errors, not dropped.
pub fn summarise(
    instrument: &Instrument,
    scenarios: &[Scenario],
    results: &[TrainingResult],
) -> (Vec<ScenarioSummary>, Vec<ResultError>) {
    let mut order: Vec<String> = Vec::new();
    let mut grouped: BTreeMap<String, Vec<feedback::Feedback>> = BTreeMap::new();
    let mut errors = Vec::new();
    for result in results {
        // Scored against another instrument's questions, every answer would be ignored
        // and the trainee would seem to have left everything open.
        if result.instrument != instrument.id {
            errors.push(ResultError::Invalid(format!(
                "the result is for the `{}` instrument, not `{}`",
                result.instrument, instrument.id
            )));
            continue;
        }
        let reference = scenarios
            .iter()
            .find(|s| s.id == result.scenario)
            .and_then(|s| s.reference(&instrument.id));
        let Some(reference) = reference else {
            errors.push(ResultError::UnknownScenario(result.scenario.clone()));
            continue;
        };
        match feedback::identification(instrument, reference, &result.answers) {
            Ok(fb) => {
                if !order.contains(&result.scenario) {
                    order.push(result.scenario.clone());
                }
                grouped.entry(result.scenario.clone()).or_default().push(fb);
            }
            Err(error) => errors.push(ResultError::Invalid(error.to_string())),
        }
    }
    let summaries = order
        .into_iter()
        .filter_map(|scenario| {
            let feedbacks = grouped.remove(&scenario)?;
            Some(summary_of(instrument, scenario, &feedbacks))
        })
        .collect();
    (summaries, errors)
}

fn summary_of(
    instrument: &Instrument,
    scenario: String,
    feedbacks: &[feedback::Feedback],
) -> ScenarioSummary {
    let trainees = feedbacks.len();
    let counts = |agreement: Agreement| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for fb in feedbacks {
            for indicator in fb.with(agreement) {
                *counts.entry(indicator.question.as_str()).or_default() += 1;
            }
        }
        let mut list: Vec<IndicatorCount> = counts
            .into_iter()
            .map(|(question, count)| IndicatorCount {
                question: question.to_string(),
                count,
            })
            .collect();
        // Most often first; ties in asking order, so the list is stable.
        let position = |q: &str| instrument.position(q).unwrap_or(usize::MAX);
        list.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then(position(&a.question).cmp(&position(&b.question)))
        });
        list
    };
    let dimensions = feedbacks
        .first()
        .map(|first| {
            first
                .dimensions
                .iter()
                .enumerate()
                .map(|(n, d)| DimensionAgreement {
                    id: d.id.clone(),
                    agreeing: feedbacks
                        .iter()
                        .filter(|fb| fb.dimensions.get(n).is_some_and(|x| x.agrees()))
                        .count(),
                })
                .collect()
        })
        .unwrap_or_default();
    let total_percent: u32 = feedbacks.iter().map(|fb| fb.agreement_percent()).sum();
    ScenarioSummary {
        scenario,
        trainees,
        conclusion_agreeing: feedbacks.iter().filter(|fb| fb.conclusion_agrees()).count(),
        mean_agreement_percent: percent(total_percent as usize, trainees * 100),
        most_missed: counts(Agreement::Missed),
        most_over_called: counts(Agreement::OverCalled),
        dimensions,
    }
}
