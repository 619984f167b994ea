//! The rules that turn answers into results. Each instrument's rules are fixed in
//! code; every number they use (thresholds, weights, combinations) comes from the
//! definition. Scoring never panics and never fails on odd answers: answers for
//! unknown questions or with values of the wrong type are ignored and listed.

pub mod identification;
pub mod needs;
pub mod risk;

use serde::{Deserialize, Serialize};

use crate::case::Assessment;
use crate::instrument::{Instrument, RulesKind};

pub use identification::IdentificationResult;
pub use needs::NeedsResult;
pub use risk::{RiskLevel, RiskOverride, RiskResult};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error("instrument `{instrument}` is not scored by the {expected} rules")]
    WrongRules {
        instrument: String,
        expected: &'static str,
    },
    #[error("the assessment was made with `{assessment}`, not with `{instrument}`")]
    WrongInstrument {
        assessment: String,
        instrument: String,
    },
}

/// The result of any assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rules", rename_all = "kebab-case")]
pub enum AssessmentResult {
    Identification(IdentificationResult),
    Needs(NeedsResult),
    Risk(RiskResult),
}

/// Scores an assessment with the instrument it was made with.
///
/// The instrument id must match; a different version is accepted (answers to questions
/// the version no longer has are ignored and listed in the result).
pub fn score(
    instrument: &Instrument,
    assessment: &Assessment,
) -> Result<AssessmentResult, RulesError> {
    if assessment.instrument != instrument.id {
        return Err(RulesError::WrongInstrument {
            assessment: assessment.instrument.clone(),
            instrument: instrument.id.clone(),
        });
    }
    let answers = &assessment.answers;
    Ok(match instrument.rules {
        RulesKind::Identification => {
            AssessmentResult::Identification(identification::score(instrument, answers)?)
        }
        RulesKind::Needs => AssessmentResult::Needs(needs::score(instrument, answers)?),
        RulesKind::Risk => AssessmentResult::Risk(risk::score(
            instrument,
            answers,
            assessment.risk_override.as_ref(),
        )?),
    })
}
