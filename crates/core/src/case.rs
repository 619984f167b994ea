//! Cases: the assessments made with one woman, her consent, and the worker's notes,
//! and their versioned JSON form.
//!
//! Core never reads a clock: every time is supplied by the caller, as milliseconds
//! since the Unix epoch (UTC), which is what `Date.now()` gives in the browser.
//! Field names follow IOM's Human Trafficking Case Data Standard (HTCDS) where a
//! field means the same (case status values, `AgreementToManagePersonalData`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answer::Answers;
use crate::code::{CaseCode, CaseId};
use crate::instrument::Instrument;
use crate::rules::risk::RiskOverride;
use crate::versioned::{self, Refused};

/// Milliseconds since 1970-01-01T00:00:00Z, supplied by the caller.
pub type Millis = i64;

/// The case file format this version writes. Readers accept this and every earlier one.
pub const CASE_FORMAT: u32 = 1;

/// HTCDS `cas_Status`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseStatus {
    #[default]
    Active,
    FollowUp,
    Closed,
    ClosedReferred,
}

/// What she is asked to agree to. Names as in HTCDS where one exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConsentPurpose {
    /// Recording the assessment on this device (HTCDS `AgreementToManagePersonalData`).
    AgreementToManagePersonalData,
    /// Sharing results (an encrypted export) with the organisation or a partner.
    AgreementToShareData,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsentDecision {
    Given,
    Declined,
    /// Given earlier and taken back; the latest record always wins.
    Withdrawn,
}

/// One consent decision. The worker is recorded by role, never by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    pub purpose: ConsentPurpose,
    pub decision: ConsentDecision,
    pub at: Millis,
    /// The worker's role, e.g. "outreach-worker".
    pub recorded_by: String,
}

/// One assessment with one instrument.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub instrument: String,
    pub instrument_version: String,
    pub answers: Answers,
    /// The worker's notes, by question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    pub started: Millis,
    pub updated: Millis,
    /// The language she answered in (BCP 47).
    pub respondent_language: String,
    /// The language the worker read the questions in (BCP 47).
    pub worker_language: String,
    /// Risk assessments only: the worker's higher level and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_override: Option<RiskOverride>,
}

impl Assessment {
    pub fn new(
        instrument: &Instrument,
        now: Millis,
        respondent_language: &str,
        worker_language: &str,
    ) -> Self {
        Self {
            instrument: instrument.id.clone(),
            instrument_version: instrument.version.clone(),
            answers: Answers::new(),
            notes: BTreeMap::new(),
            started: now,
            updated: now,
            respondent_language: respondent_language.to_string(),
            worker_language: worker_language.to_string(),
            risk_override: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseNote {
    pub at: Millis,
    /// The worker's role, not her name.
    pub by: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: CaseId,
    pub code: CaseCode,
    pub status: CaseStatus,
    pub created: Millis,
    pub updated: Millis,
    #[serde(default)]
    pub consents: Vec<ConsentRecord>,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    #[serde(default)]
    pub notes: Vec<CaseNote>,
}

impl Case {
    pub fn new(id: CaseId, code: CaseCode, now: Millis) -> Self {
        Self {
            id,
            code,
            status: CaseStatus::Active,
            created: now,
            updated: now,
            consents: Vec::new(),
            assessments: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn record_consent(&mut self, record: ConsentRecord) {
        self.updated = self.updated.max(record.at);
        self.consents.push(record);
    }

    /// The decision for a purpose recorded last. By order of recording, not by the
    /// time on it: a device whose clock ran ahead must not make a decision recorded
    /// today count for nothing.
    pub fn consent(&self, purpose: ConsentPurpose) -> Option<&ConsentRecord> {
        self.consents.iter().rev().find(|r| r.purpose == purpose)
    }

    /// Whether consent for `purpose` is in force now.
    pub fn has_consent(&self, purpose: ConsentPurpose) -> bool {
        self.consent(purpose)
            .is_some_and(|r| r.decision == ConsentDecision::Given)
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        to_json(self)
    }

    /// Whether the case has not changed for longer than the organisation's retention
    /// period (in days; 0 means none), so the worker should review keeping it.
    pub fn is_past_retention(&self, now: Millis, retention_days: u32) -> bool {
        const DAY: Millis = 24 * 60 * 60 * 1000;
        retention_days > 0 && now.saturating_sub(self.updated) > Millis::from(retention_days) * DAY
    }
}

/// Why a case file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("the file is not JSON: {0}")]
    NotJson(serde_json::Error),
    #[error("the file has no `format` number")]
    MissingFormat,
    #[error("format {found} was written by a newer Trygg (this one reads up to {supported}); update Trygg to open it")]
    TooNew { found: u64, supported: u32 },
    #[error("format {0} is not a Trygg case format")]
    UnknownFormat(u64),
    #[error("the case does not match format {format}: {source}")]
    Invalid {
        format: u32,
        source: serde_json::Error,
    },
}

#[derive(Serialize)]
struct CaseFile<'a> {
    format: u32,
    #[serde(flatten)]
    case: &'a Case,
}

/// Writes a case as versioned JSON: `{"format": 1, "id": ..., ...}`.
pub fn to_json(case: &Case) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&CaseFile {
        format: CASE_FORMAT,
        case,
    })
}

/// Reads a case written by this or any earlier version of Trygg.
pub fn from_json(text: &str) -> Result<Case, ReadError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(ReadError::NotJson)?;
    from_value(value)
}

/// The versioned case JSON as a value, for files that hold cases (exports).
pub fn to_value(case: &Case) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::to_value(CaseFile {
        format: CASE_FORMAT,
        case,
    })
}

/// Reads a case held as a JSON value, written by this or any earlier version.
pub fn from_value(mut value: serde_json::Value) -> Result<Case, ReadError> {
    let format = versioned::format(&value, CASE_FORMAT)
        .map_err(|refused| match refused {
            Refused::TooNew(found) => ReadError::TooNew {
                found,
                supported: CASE_FORMAT,
            },
            Refused::NotThisKind => ReadError::MissingFormat,
        })?
        .ok_or(ReadError::MissingFormat)?;
    if format == 0 {
        return Err(ReadError::UnknownFormat(format));
    }
    if let Some(map) = value.as_object_mut() {
        map.remove("format");
    }
    // Lift the case one format at a time up to the current one.
    for step in MIGRATIONS.iter().skip(format as usize - 1) {
        value = step(value);
    }
    serde_json::from_value(value).map_err(|source| ReadError::Invalid {
        format: format as u32,
        source,
    })
}

/// Migration steps: `MIGRATIONS[n]` lifts a case of format `n + 1` to format `n + 2`.
/// Format 1 is the first, so there is none yet. When format 2 comes, its step goes
/// here, and the stored `tests/data/case-v1.json` keeps proving that old files open.
const MIGRATIONS: [fn(serde_json::Value) -> serde_json::Value; CASE_FORMAT as usize - 1] = [];

#[cfg(test)]
mod retention_tests {
    use super::*;

    fn case_updated_at(updated: Millis) -> Case {
        let mut case = Case::new(
            CaseId::from_random_bytes([7; 16]),
            CaseCode::from_random_bytes([3; 8]),
            0,
        );
        case.updated = updated;
        case
    }

    #[test]
    fn a_case_unchanged_longer_than_the_period_is_due_for_review() {
        let day = 24 * 60 * 60 * 1000;
        let case = case_updated_at(0);
        assert!(!case.is_past_retention(90 * day, 90));
        assert!(case.is_past_retention(90 * day + 1, 90));
    }

    #[test]
    fn no_period_means_never_due() {
        assert!(!case_updated_at(0).is_past_retention(i64::MAX, 0));
    }
}
