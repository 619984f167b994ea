//! Exports: the only way case data leaves a device.
//!
//! An export is a versioned JSON document ([`ExportDocument`]) holding whole cases,
//! exactly as they are stored, plus the results computed from them, encrypted in the
//! age format ([`seal`] / [`open`]) to organisation keys or to a passphrase. The
//! schema is `docs/export.schema.json`; README's "File formats" explains it.

mod crypt;
pub mod dates;
pub mod example;
pub mod report;
pub mod stats;
pub mod table;
pub mod view;

pub use crypt::{
    generate_key, open, open_with_max_work_factor, parse_identities, parse_recipient, seal,
    KeyError, OpenError, OpeningKey, OrganisationKey, Protection, SealError, MAX_EXPORT_BYTES,
    MAX_OPEN_WORK_FACTOR, MIN_PASSPHRASE_CHARS, PASSPHRASE_WORK_FACTOR,
};

/// Passphrases and secret keys are held as age's secret strings (zeroized on drop).
pub use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::case::{self, Case, Millis};
use crate::instrument::Instrument;
use crate::rules::{self, AssessmentResult};
use crate::versioned::{self, Refused};

/// What every Trygg export says it is, so other JSON is never mistaken for one.
pub const EXPORT_KIND: &str = "trygg-export";

/// The export format this version writes and the newest it reads.
pub const EXPORT_FORMAT: u32 = 1;

/// One export file's content.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportDocument {
    /// The Trygg version that wrote the file.
    pub app_version: String,
    pub exported_at: Millis,
    pub cases: Vec<ExportedCase>,
}

/// A case with what was computed from it when it was exported.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportedCase {
    pub case: Case,
    /// One entry per assessment, in the case's order.
    pub results: Vec<ExportedResult>,
}

/// The computed result of one assessment, for readers without Trygg's rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedResult {
    pub instrument: String,
    pub instrument_version: String,
    /// Absent when this Trygg does not know the instrument the case was made with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<AssessmentResult>,
}

impl ExportedCase {
    /// Pairs a case with the results its assessments give under `instruments`.
    pub fn new(case: Case, instruments: &[Instrument]) -> Self {
        let results = case
            .assessments
            .iter()
            .map(|assessment| ExportedResult {
                instrument: assessment.instrument.clone(),
                instrument_version: assessment.instrument_version.clone(),
                result: instruments
                    .iter()
                    .find(|instrument| instrument.id == assessment.instrument)
                    .and_then(|instrument| rules::score(instrument, assessment).ok()),
            })
            .collect();
        Self { case, results }
    }
}

/// Why decrypted bytes are not an export this Trygg can read.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the content is not a Trygg export")]
    NotTrygg,
    #[error("the export has format {found}; this Trygg reads up to {supported}")]
    TooNew { found: u64, supported: u32 },
    #[error("the export does not match format {format}: {reason}")]
    Invalid { format: u32, reason: String },
}

/// The JSON shape of a file; cases stay versioned case JSON inside it.
#[derive(Serialize, Deserialize)]
struct DocumentFile {
    kind: String,
    format: u32,
    app_version: String,
    exported_at: Millis,
    cases: Vec<CaseEntry>,
}

#[derive(Serialize, Deserialize)]
struct CaseEntry {
    case: serde_json::Value,
    results: Vec<ExportedResult>,
}

impl ExportDocument {
    pub fn new(app_version: &str, exported_at: Millis, cases: Vec<ExportedCase>) -> Self {
        Self {
            app_version: app_version.to_string(),
            exported_at,
            cases,
        }
    }

    /// The document as JSON bytes (the plaintext inside the age file).
    pub fn to_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        let cases = self
            .cases
            .iter()
            .map(|exported| {
                Ok(CaseEntry {
                    case: case::to_value(&exported.case)?,
                    results: exported.results.clone(),
                })
            })
            .collect::<Result<Vec<_>, serde_json::Error>>()?;
        serde_json::to_vec(&DocumentFile {
            kind: EXPORT_KIND.to_string(),
            format: EXPORT_FORMAT,
            app_version: self.app_version.clone(),
            exported_at: self.exported_at,
            cases,
        })
    }

    /// Reads a document written by this or an earlier Trygg.
    pub fn from_json(bytes: &[u8]) -> Result<Self, DocumentError> {
        let value =
            versioned::read(bytes, EXPORT_KIND, EXPORT_FORMAT).map_err(
                |refused| match refused {
                    Refused::NotThisKind => DocumentError::NotTrygg,
                    Refused::TooNew(found) => DocumentError::TooNew {
                        found,
                        supported: EXPORT_FORMAT,
                    },
                },
            )?;
        let invalid = |reason: String| DocumentError::Invalid {
            format: EXPORT_FORMAT,
            reason,
        };
        let file: DocumentFile =
            serde_json::from_value(value).map_err(|error| invalid(error.to_string()))?;
        let cases = file
            .cases
            .into_iter()
            .map(|entry| {
                Ok(ExportedCase {
                    case: case::from_value(entry.case)
                        .map_err(|error| invalid(error.to_string()))?,
                    results: entry.results,
                })
            })
            .collect::<Result<Vec<_>, DocumentError>>()?;
        Ok(Self {
            app_version: file.app_version,
            exported_at: file.exported_at,
            cases,
        })
    }
}

/// A file name that says nothing about its content: `<16 hex digits>.trygg.age`.
pub fn file_name(random: [u8; 8]) -> String {
    let hex: String = random.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{hex}.trygg.age")
}

/// Whether the case may be shared: she consented to sharing.
pub fn sharing_consented(case: &Case) -> bool {
    case.has_consent(case::ConsentPurpose::AgreementToShareData)
}
