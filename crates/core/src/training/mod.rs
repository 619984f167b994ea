//! Training: fictional scenarios with reference answers, feedback for a trainee,
//! and a trainer's group summary. Nothing here is case data; scenario and result
//! files are plain JSON because everything in them is fictional.
//!
//! - [`Scenario`]: a story in short parts and the reference answers per instrument,
//!   with an explanation per indicator (`*.trygg-scenario.json`).
//! - [`feedback`]: a trainee's answers against the reference.
//! - [`summary`]: many trainees' result files, counted together.

pub mod feedback;
pub mod summary;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answer::Answers;
use crate::versioned::{self, Refused};

/// What every scenario file says it is.
pub const SCENARIO_KIND: &str = "trygg-scenario";
/// The scenario format this version writes and the newest it reads.
pub const SCENARIO_FORMAT: u32 = 1;

/// The mark every training file carries, for whoever opens one in an editor:
/// nothing in it is about a real person.
pub const TRAINING_MARK: &str = "Training — fictional case";

pub(crate) fn training_mark() -> String {
    TRAINING_MARK.to_string()
}

/// A text of a scenario: a Fluent message (shipped scenarios, translated like every
/// other text) or the trainer's own words (scenarios written in the editor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Text {
    Message(String),
    Text(String),
}

/// A fictional case for practice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub kind: String,
    /// Always [`TRAINING_MARK`]; files without it still open.
    #[serde(default = "training_mark")]
    pub mark: String,
    pub format: u32,
    pub id: String,
    pub version: String,
    /// The language of the trainer's own texts (BCP 47); shipped scenarios use Fluent.
    pub language: String,
    pub title: Text,
    pub summary: Text,
    /// The story, told in short parts.
    pub story: Vec<Text>,
    /// The reference answers, one entry per instrument the scenario covers.
    pub references: Vec<Reference>,
}

/// How an experienced worker would answer one instrument for the scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub instrument: String,
    pub answers: Answers,
    /// Why each indicator applies or not, by question id.
    #[serde(default)]
    pub explanations: BTreeMap<String, Text>,
}

/// Why a scenario file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error("this is not a Trygg scenario file")]
    NotScenario,
    #[error("the scenario has format {found}; this Trygg reads up to {supported}")]
    TooNew { found: u64, supported: u32 },
    #[error("the scenario is damaged: {0}")]
    Invalid(String),
}

impl Scenario {
    /// An empty scenario for the editor.
    pub fn new(id: &str, language: &str) -> Self {
        Self {
            kind: SCENARIO_KIND.to_string(),
            mark: training_mark(),
            format: SCENARIO_FORMAT,
            id: id.to_string(),
            version: "1".to_string(),
            language: language.to_string(),
            title: Text::Text(String::new()),
            summary: Text::Text(String::new()),
            story: Vec::new(),
            references: Vec::new(),
        }
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self, ScenarioError> {
        let value =
            versioned::read(bytes, SCENARIO_KIND, SCENARIO_FORMAT).map_err(
                |refused| match refused {
                    Refused::NotThisKind => ScenarioError::NotScenario,
                    Refused::TooNew(found) => ScenarioError::TooNew {
                        found,
                        supported: SCENARIO_FORMAT,
                    },
                },
            )?;
        serde_json::from_value(value).map_err(|error| ScenarioError::Invalid(error.to_string()))
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    pub fn reference(&self, instrument: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.instrument == instrument)
    }

    /// Every Fluent message id the scenario uses (for the locale tests).
    pub fn message_ids(&self) -> Vec<&str> {
        let texts = [&self.title, &self.summary]
            .into_iter()
            .chain(self.story.iter())
            .chain(self.references.iter().flat_map(|r| r.explanations.values()));
        texts
            .filter_map(|text| match text {
                Text::Message(id) => Some(id.as_str()),
                Text::Text(_) => None,
            })
            .collect()
    }
}

/// The scenarios that ship with Trygg, in the order they are offered.
pub fn shipped() -> Result<Vec<Scenario>, ScenarioError> {
    SHIPPED
        .iter()
        .map(|text| Scenario::from_json(text.as_bytes()))
        .collect()
}

const SHIPPED: &[&str] = &[
    include_str!("../../scenarios/job-abroad.trygg-scenario.json"),
    include_str!("../../scenarios/boyfriend.trygg-scenario.json"),
    include_str!("../../scenarios/debt.trygg-scenario.json"),
    include_str!("../../scenarios/below-threshold.trygg-scenario.json"),
    include_str!("../../scenarios/too-little.trygg-scenario.json"),
];
