//! A trainee's identification against the scenario's reference: per indicator,
//! per dimension and for the conclusion. Agreement is counted, never pass or fail.

use serde::{Deserialize, Serialize};

use super::{Reference, Text};
use crate::answer::Answers;
use crate::instrument::Instrument;
use crate::rules::identification::{self, DimensionStatus, Finding, IdentificationOutcome};
use crate::rules::RulesError;

/// How a trainee's finding for one indicator compares with the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    /// The same finding as the reference.
    Matched,
    /// The reference sees the indicator; the trainee answered that it is not there.
    Missed,
    /// The trainee sees an indicator the reference does not.
    OverCalled,
    /// One side has a finding the other left open, without contradicting it.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorFeedback {
    pub question: String,
    pub dimension: String,
    pub reference: Finding,
    pub trainee: Finding,
    pub agreement: Agreement,
    /// Why the indicator applies or not in this scenario.
    pub explanation: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionFeedback {
    pub id: String,
    pub reference: DimensionStatus,
    pub trainee: DimensionStatus,
}

impl DimensionFeedback {
    pub fn agrees(&self) -> bool {
        self.reference == self.trainee
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    pub reference_outcome: IdentificationOutcome,
    pub trainee_outcome: IdentificationOutcome,
    /// Every indicator either side found relevant, in asking order.
    pub indicators: Vec<IndicatorFeedback>,
    pub dimensions: Vec<DimensionFeedback>,
}

impl Feedback {
    pub fn conclusion_agrees(&self) -> bool {
        self.reference_outcome == self.trainee_outcome
    }

    pub fn matched(&self) -> usize {
        self.count(Agreement::Matched)
    }

    pub fn count(&self, agreement: Agreement) -> usize {
        self.indicators
            .iter()
            .filter(|i| i.agreement == agreement)
            .count()
    }

    /// Matched indicators out of all compared, as a whole percentage.
    pub fn agreement_percent(&self) -> u32 {
        percent(self.matched(), self.indicators.len())
    }

    pub fn with(&self, agreement: Agreement) -> impl Iterator<Item = &IndicatorFeedback> {
        self.indicators
            .iter()
            .filter(move |i| i.agreement == agreement)
    }
}

pub(crate) fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        return 100;
    }
    // Rounded to the nearest whole percent; counts are small, so no overflow.
    ((part * 200 + whole) / (whole * 2)) as u32
}

/// Compares a trainee's identification answers with the reference.
pub fn identification(
    instrument: &Instrument,
    reference: &Reference,
    trainee: &Answers,
) -> Result<Feedback, RulesError> {
    let expected = identification::score(instrument, &reference.answers)?;
    let given = identification::score(instrument, trainee)?;
    let mut indicators = Vec::new();
    let mut dimensions = Vec::new();
    for (ref_dim, trainee_dim) in expected.dimensions.iter().zip(&given.dimensions) {
        dimensions.push(DimensionFeedback {
            id: ref_dim.id.clone(),
            reference: ref_dim.status,
            trainee: trainee_dim.status,
        });
        for (r, t) in ref_dim.indicators.iter().zip(&trainee_dim.indicators) {
            let Some(agreement) = compare(r.finding, t.finding) else {
                continue;
            };
            indicators.push(IndicatorFeedback {
                question: r.question.clone(),
                dimension: ref_dim.id.clone(),
                reference: r.finding,
                trainee: t.finding,
                agreement,
                explanation: reference.explanations.get(&r.question).cloned(),
            });
        }
    }
    Ok(Feedback {
        reference_outcome: expected.outcome,
        trainee_outcome: given.outcome,
        indicators,
        dimensions,
    })
}

/// `None` when neither side has anything to compare (not relevant to both).
fn compare(reference: Finding, trainee: Finding) -> Option<Agreement> {
    use Finding::{Absent, NotRelevant, Present, Unknown};
    Some(match (reference, trainee) {
        (NotRelevant, NotRelevant) => return None,
        (Present, Present) | (Absent, Absent) | (Unknown(_), Unknown(_)) => Agreement::Matched,
        // Not relevant where the reference did not see it either: nothing to learn.
        (NotRelevant, Absent | Unknown(_)) | (Absent | Unknown(_), NotRelevant) => return None,
        (Present, Absent | NotRelevant) => Agreement::Missed,
        (Absent | Unknown(_) | NotRelevant, Present) => Agreement::OverCalled,
        (Present, Unknown(_)) | (Absent, Unknown(_)) | (Unknown(_), Absent) => Agreement::Unknown,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::StateKind;

    #[test]
    fn findings_compare_as_the_guide_says() {
        let unknown = Finding::Unknown(StateKind::DontKnow);
        assert_eq!(
            compare(Finding::Present, Finding::Present),
            Some(Agreement::Matched)
        );
        assert_eq!(
            compare(Finding::Present, Finding::Absent),
            Some(Agreement::Missed)
        );
        assert_eq!(
            compare(Finding::Absent, Finding::Present),
            Some(Agreement::OverCalled)
        );
        assert_eq!(
            compare(unknown, Finding::Present),
            Some(Agreement::OverCalled)
        );
        assert_eq!(compare(Finding::Present, unknown), Some(Agreement::Unknown));
        assert_eq!(compare(unknown, unknown), Some(Agreement::Matched));
        assert_eq!(compare(Finding::NotRelevant, Finding::NotRelevant), None);
        assert_eq!(
            compare(Finding::Present, Finding::NotRelevant),
            Some(Agreement::Missed)
        );
    }

    #[test]
    fn percentages_round_to_the_nearest_whole() {
        assert_eq!(percent(0, 0), 100);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(59, 59), 100);
    }
}
