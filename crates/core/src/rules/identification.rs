//! Identification: the ILO/EC operational indicators, scored per dimension and then
//! combined. The result supports the worker's reasonable-grounds judgement; it is
//! never a finding that someone is or is not a victim.
//!
//! Definitions, precisely:
//! - An indicator is *present* when answered with the instrument's `present` value
//!   (`yes`), *absent* when answered otherwise, and *unknown* when relevant but not
//!   asked, answered "don't know", declined, or stored with an unusable value.
//!   Indicators hidden by relevance do not count at all.
//! - A dimension is **met** when the present indicators satisfy one of the thresholds
//!   in `met_when`; **could be met** when it is not met, but would be if every unknown
//!   indicator turned out present; otherwise **not met**.
//! - Overall, each group of `combination` is read as "one of these dimensions", and all
//!   groups must hold (default: (1 or 2 or 3) and 4 and (5 or 6)), with three-valued
//!   logic: met = true, could be met = unknown, not met = false.
//!   True gives **supports reasonable grounds**; unknown gives **insufficient
//!   information** (not met now, but the unknown answers could change that); false
//!   gives **does not yet support** (even if every unknown answer were yes, the
//!   combination would not hold on the answers so far).

use serde::{Deserialize, Serialize};

use super::RulesError;
use crate::answer::{evaluate, Answers, QuestionState, StateKind};
use crate::instrument::{Instrument, Rule, Strength, StrengthCounts, Threshold};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DimensionStatus {
    NotMet,
    CouldBeMet,
    Met,
}

impl DimensionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotMet => "not-met",
            Self::CouldBeMet => "could-be-met",
            Self::Met => "met",
        }
    }
}

/// Ordered from least to most support, so "higher" means more support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentificationOutcome {
    DoesNotYetSupport,
    InsufficientInformation,
    SupportsReasonableGrounds,
}

impl IdentificationOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DoesNotYetSupport => "does-not-yet-support",
            Self::InsufficientInformation => "insufficient-information",
            Self::SupportsReasonableGrounds => "supports-reasonable-grounds",
        }
    }
}

/// What the answers say about one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Finding {
    Present,
    Absent,
    /// Relevant, no usable answer; `state` says why (not asked, don't know, declined, invalid).
    Unknown(StateKind),
    NotRelevant,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorFinding {
    pub question: String,
    pub strength: Strength,
    pub finding: Finding,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionResult {
    pub number: u8,
    pub id: String,
    pub status: DimensionStatus,
    /// Every indicator of the dimension, in asking order.
    pub indicators: Vec<IndicatorFinding>,
}

impl DimensionResult {
    /// The indicators behind the conclusion: those seen as present.
    pub fn present(&self) -> impl Iterator<Item = &IndicatorFinding> {
        self.indicators
            .iter()
            .filter(|i| i.finding == Finding::Present)
    }

    /// Relevant indicators without a usable answer.
    pub fn unknown(&self) -> impl Iterator<Item = &IndicatorFinding> {
        self.indicators
            .iter()
            .filter(|i| matches!(i.finding, Finding::Unknown(_)))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentificationResult {
    pub outcome: IdentificationOutcome,
    pub dimensions: Vec<DimensionResult>,
    /// Relevant indicators still without a usable answer.
    pub unknown_count: usize,
    /// Of those, how many she declined to answer.
    pub declined_count: usize,
    /// Stored answers not used: unknown question ids or values that do not fit.
    pub ignored: Vec<String>,
}

/// Scores an identification assessment.
pub fn score(
    instrument: &Instrument,
    answers: &Answers,
) -> Result<IdentificationResult, RulesError> {
    let config = instrument.identification().ok_or(RulesError::WrongRules {
        instrument: instrument.id.clone(),
        expected: "identification",
    })?;
    let eval = evaluate(instrument, answers);

    let mut dimensions: Vec<DimensionResult> = config
        .dimensions
        .iter()
        .map(|d| DimensionResult {
            number: d.number,
            id: d.id.clone(),
            status: DimensionStatus::NotMet,
            indicators: Vec::new(),
        })
        .collect();
    let mut unknown_count = 0;
    let mut declined_count = 0;
    for (q, state) in eval.iter() {
        let Rule::Indicator {
            dimension,
            strength,
        } = q.rule
        else {
            continue;
        };
        let finding = match state {
            QuestionState::NotRelevant => Finding::NotRelevant,
            QuestionState::Answered(crate::answer::Value::Choice(v)) if *v == config.present => {
                Finding::Present
            }
            QuestionState::Answered(_) => Finding::Absent,
            other => Finding::Unknown(other.kind()),
        };
        if let Finding::Unknown(kind) = finding {
            unknown_count += 1;
            if kind == StateKind::Declined {
                declined_count += 1;
            }
        }
        if let Some(d) = dimensions.iter_mut().find(|d| d.number == dimension) {
            d.indicators.push(IndicatorFinding {
                question: q.id.clone(),
                strength,
                finding,
            });
        }
    }

    for d in &mut dimensions {
        let mut seen = StrengthCounts::default();
        let mut possible = StrengthCounts::default();
        for i in &d.indicators {
            match i.finding {
                Finding::Present => {
                    seen.add(i.strength);
                    possible.add(i.strength);
                }
                Finding::Unknown(_) => possible.add(i.strength),
                Finding::Absent | Finding::NotRelevant => {}
            }
        }
        d.status = if met(&config.met_when, &seen) {
            DimensionStatus::Met
        } else if met(&config.met_when, &possible) {
            DimensionStatus::CouldBeMet
        } else {
            DimensionStatus::NotMet
        };
    }

    // All groups must hold; a group holds if one of its dimensions does.
    let status_of = |n: u8| {
        dimensions
            .iter()
            .find(|d| d.number == n)
            .map_or(DimensionStatus::NotMet, |d| d.status)
    };
    let overall = config
        .combination
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|&n| status_of(n))
                .max()
                .unwrap_or(DimensionStatus::NotMet)
        })
        .min()
        .unwrap_or(DimensionStatus::NotMet);
    let outcome = match overall {
        DimensionStatus::Met => IdentificationOutcome::SupportsReasonableGrounds,
        DimensionStatus::CouldBeMet => IdentificationOutcome::InsufficientInformation,
        DimensionStatus::NotMet => IdentificationOutcome::DoesNotYetSupport,
    };

    Ok(IdentificationResult {
        outcome,
        dimensions,
        unknown_count,
        declined_count,
        ignored: eval.ignored(),
    })
}

fn met(thresholds: &[Threshold], counts: &StrengthCounts) -> bool {
    thresholds.iter().any(|t| t.satisfied_by(counts))
}
