//! Risk: immediate danger, re-trafficking, protective factors, and the conditions for
//! a safe return.
//!
//! - A red-flag item answered "present" makes the level high, whatever the score.
//! - Otherwise the score is the sum of the weights of the present risk items minus the
//!   weights of the present protective factors; `medium_at` and `high_at` from the
//!   definition turn it into low / medium / high.
//! - The worker may raise the level by professional judgement, with a reason; a
//!   request to lower it is not applied and is reported (a tool must never talk a
//!   worker out of her concern).
//! - Unknown answers never raise or lower the level; they are counted, and unknown
//!   red flags are listed so they are asked first.

use serde::{Deserialize, Serialize};

use super::RulesError;
use crate::answer::{evaluate, Answers, QuestionState, StateKind, Value};
use crate::instrument::{Instrument, RiskCategory, Rule, Truth};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskLevel {
    Low,
    Medium,
    High,
}

impl RiskLevel {
    pub const ALL: [RiskLevel; 3] = [Self::Low, Self::Medium, Self::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// The worker's professional judgement: a higher level than the computed one, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskOverride {
    pub level: RiskLevel,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum OverrideError {
    #[error("professional judgement can raise the level, not lower it (computed: {computed:?})")]
    NotHigher { computed: RiskLevel },
    #[error("a reason is needed to raise the level")]
    MissingReason,
}

/// Checks an override against the computed level before it is stored.
pub fn check_override(computed: RiskLevel, o: &RiskOverride) -> Result<(), OverrideError> {
    if o.reason.trim().is_empty() {
        Err(OverrideError::MissingReason)
    } else if o.level <= computed {
        Err(OverrideError::NotHigher { computed })
    } else {
        Ok(())
    }
}

/// What became of an override.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "override", rename_all = "kebab-case")]
pub enum OverrideOutcome {
    None,
    Raised {
        from: RiskLevel,
        to: RiskLevel,
        reason: String,
    },
    /// Not applied; the computed level stands.
    Rejected {
        requested: RiskLevel,
        error: OverrideError,
    },
}

/// A present item behind the level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskReason {
    pub question: String,
    pub category: RiskCategory,
    /// Signed contribution to the score: protective factors are negative.
    pub points: i32,
    pub red_flag: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownItem {
    pub question: String,
    pub state: StateKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnConditionCheck {
    pub id: String,
    pub holds: Truth,
}

/// The seed's conditions for a safe return, each checked explicitly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnCheck {
    /// Whether a return is being considered at all.
    pub considered: Truth,
    pub conditions: Vec<ReturnConditionCheck>,
    /// Only when a return is considered and every condition holds.
    pub safe_to_plan: bool,
}

impl ReturnCheck {
    /// Conditions that do not hold yet (answered no, or not known).
    pub fn missing(&self) -> impl Iterator<Item = &ReturnConditionCheck> {
        self.conditions.iter().filter(|c| c.holds != Truth::True)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskResult {
    /// The level to act on: the computed one, or the worker's higher judgement.
    pub level: RiskLevel,
    pub computed_level: RiskLevel,
    pub score: i32,
    /// Red flags seen; any one makes the computed level high.
    pub red_flags: Vec<String>,
    /// Every present item (risks and protective factors), in asking order.
    pub reasons: Vec<RiskReason>,
    /// Red flags not yet known: ask these first.
    pub unknown_red_flags: Vec<UnknownItem>,
    /// Relevant scored items (not return conditions) without a usable answer.
    pub unknown_count: usize,
    pub override_outcome: OverrideOutcome,
    /// Safety-plan items to agree with her, in definition order.
    pub safety_plan: Vec<String>,
    pub return_check: ReturnCheck,
    pub ignored: Vec<String>,
}

/// Scores a risk assessment, applying the worker's override if it raises the level.
pub fn score(
    instrument: &Instrument,
    answers: &Answers,
    judgement: Option<&RiskOverride>,
) -> Result<RiskResult, RulesError> {
    let config = instrument.risk().ok_or(RulesError::WrongRules {
        instrument: instrument.id.clone(),
        expected: "risk",
    })?;
    let eval = evaluate(instrument, answers);
    let mut score = 0i32;
    let mut red_flags = Vec::new();
    let mut reasons = Vec::new();
    let mut unknown_red_flags = Vec::new();
    let mut unknown_count = 0;
    for (q, state) in eval.iter() {
        let Rule::Risk {
            category,
            weight,
            red_flag,
        } = q.rule
        else {
            continue;
        };
        if category == RiskCategory::Return {
            continue;
        }
        match state {
            QuestionState::NotRelevant => {}
            QuestionState::Answered(Value::Choice(v)) if *v == config.present => {
                let points = if category == RiskCategory::Protective {
                    -weight
                } else {
                    weight
                };
                score = score.saturating_add(points);
                if red_flag {
                    red_flags.push(q.id.clone());
                }
                reasons.push(RiskReason {
                    question: q.id.clone(),
                    category,
                    points,
                    red_flag,
                });
            }
            QuestionState::Answered(_) => {}
            other => {
                unknown_count += 1;
                if red_flag {
                    unknown_red_flags.push(UnknownItem {
                        question: q.id.clone(),
                        state: other.kind(),
                    });
                }
            }
        }
    }
    let computed_level = if !red_flags.is_empty() || score >= config.high_at {
        RiskLevel::High
    } else if score >= config.medium_at {
        RiskLevel::Medium
    } else {
        RiskLevel::Low
    };
    let (level, override_outcome) = match judgement {
        None => (computed_level, OverrideOutcome::None),
        Some(o) => match check_override(computed_level, o) {
            Ok(()) => (
                o.level,
                OverrideOutcome::Raised {
                    from: computed_level,
                    to: o.level,
                    reason: o.reason.clone(),
                },
            ),
            Err(error) => (
                computed_level,
                OverrideOutcome::Rejected {
                    requested: o.level,
                    error,
                },
            ),
        },
    };

    let safety_plan = config
        .safety_plan
        .iter()
        .filter(|item| item.min_level.is_none_or(|m| level >= m))
        .filter(|item| item.when.as_ref().is_none_or(|c| eval.truth(c).is_true()))
        .map(|item| item.id.clone())
        .collect();

    let considered = eval.truth(&config.return_check.considered);
    let conditions: Vec<ReturnConditionCheck> = config
        .return_check
        .conditions
        .iter()
        .map(|c| ReturnConditionCheck {
            id: c.id.clone(),
            holds: eval.truth(&c.holds),
        })
        .collect();
    let safe_to_plan =
        considered == Truth::True && conditions.iter().all(|c| c.holds == Truth::True);

    Ok(RiskResult {
        level,
        computed_level,
        score,
        red_flags,
        reasons,
        unknown_red_flags,
        unknown_count,
        override_outcome,
        safety_plan,
        return_check: ReturnCheck {
            considered,
            conditions,
            safe_to_plan,
        },
        ignored: eval.ignored(),
    })
}
