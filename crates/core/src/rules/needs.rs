//! Needs: turns the need items into a care plan, most urgent first, each entry with
//! the service types to refer her to. Her own "no" (declined by her) stays in the plan
//! as a record, but never becomes a referral.

use serde::{Deserialize, Serialize};

use super::RulesError;
use crate::answer::{evaluate, Answers, NeedStatus, QuestionState, StateKind, Urgency, Value};
use crate::instrument::{Instrument, Rule};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarePlanEntry {
    pub question: String,
    pub domain: String,
    pub urgency: Urgency,
    pub status: NeedStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Service types to refer to, from the item or else its domain.
    pub service_types: Vec<String>,
}

impl CarePlanEntry {
    /// Still waiting for a referral.
    pub fn needs_referral(&self) -> bool {
        self.status == NeedStatus::Identified
    }
}

/// A need item with no usable answer yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenNeed {
    pub question: String,
    pub domain: String,
    pub state: StateKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedsResult {
    /// Needs with an urgency other than none and a status other than not applicable,
    /// ordered by urgency, then domain order, then asking order.
    pub plan: Vec<CarePlanEntry>,
    /// Relevant items not yet answered, "don't know" or declined, in asking order.
    pub open: Vec<OpenNeed>,
    /// Items answered with no need (urgency none or not applicable).
    pub no_need: Vec<String>,
    pub ignored: Vec<String>,
}

impl NeedsResult {
    /// The referral list: plan entries still to be referred.
    pub fn referrals(&self) -> impl Iterator<Item = &CarePlanEntry> {
        self.plan.iter().filter(|e| e.needs_referral())
    }
}

/// Builds the care plan of a needs assessment.
pub fn score(instrument: &Instrument, answers: &Answers) -> Result<NeedsResult, RulesError> {
    let config = instrument.needs().ok_or(RulesError::WrongRules {
        instrument: instrument.id.clone(),
        expected: "needs",
    })?;
    let eval = evaluate(instrument, answers);
    let domain_rank = |d: &str| {
        config
            .domains
            .iter()
            .position(|x| x.id == d)
            .unwrap_or(usize::MAX)
    };
    let mut plan = Vec::new();
    let mut open = Vec::new();
    let mut no_need = Vec::new();
    for (position, (q, state)) in eval.iter().enumerate() {
        let Rule::Need { domain, services } = &q.rule else {
            continue;
        };
        match state {
            QuestionState::NotRelevant => {}
            QuestionState::Answered(Value::Need(need)) => {
                if need.urgency == Urgency::None || need.status == NeedStatus::NotApplicable {
                    no_need.push(q.id.clone());
                    continue;
                }
                let service_types = if services.is_empty() {
                    config
                        .domains
                        .iter()
                        .find(|d| &d.id == domain)
                        .map(|d| d.services.clone())
                        .unwrap_or_default()
                } else {
                    services.clone()
                };
                let entry = CarePlanEntry {
                    question: q.id.clone(),
                    domain: domain.clone(),
                    urgency: need.urgency,
                    status: need.status,
                    service: need.service.clone(),
                    note: need.note.clone(),
                    service_types,
                };
                plan.push(((need.urgency, domain_rank(domain), position), entry));
            }
            other => open.push(OpenNeed {
                question: q.id.clone(),
                domain: domain.clone(),
                state: other.kind(),
            }),
        }
    }
    plan.sort_by_key(|(key, _)| *key);
    Ok(NeedsResult {
        plan: plan.into_iter().map(|(_, e)| e).collect(),
        open,
        no_need,
        ignored: eval.ignored(),
    })
}
