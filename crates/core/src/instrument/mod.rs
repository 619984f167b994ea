//! Instrument definitions: the questions of an assessment and the data its rules
//! score with.
//!
//! A definition is data (a TOML file per instrument, see `instruments/FORMAT.md`), so an
//! organisation can review weights and add questions without touching code. Loading
//! turns the file into the validated model below; everything here can be trusted by
//! the rules (ids resolve, conditions only look backwards, metadata is complete).
//! Texts are not here: they live in Fluent files under ids built by [`messages`].
//!
//! Loading TOML needs the `definitions` feature (on by default). The app builds
//! without it: its [`shipped`] reads `instruments/shipped.json`, the model already
//! validated and serialised from the TOML files ([`shipped_json`] makes it; a test
//! and `cargo xtask build` keep it up to date).

mod condition;
mod error;
#[cfg(feature = "definitions")]
mod load;
pub mod messages;
#[cfg(feature = "definitions")]
mod raw;

use std::collections::BTreeMap;

pub use condition::{Condition, LeafInput, Test, Truth};
pub use error::{DefinitionError, DefinitionErrors, ErrorKind, Location};
#[cfg(feature = "definitions")]
pub use load::load;
pub use messages::{required_message_ids, required_result_message_ids};

/// The identification instrument shipped with Trygg (ILO/EC operational indicators).
#[cfg(feature = "definitions")]
pub const IDENTIFICATION_TOML: &str = include_str!("../../instruments/identification.toml");
/// The needs instrument shipped with Trygg.
#[cfg(feature = "definitions")]
pub const NEEDS_TOML: &str = include_str!("../../instruments/needs.toml");
/// The risk instrument shipped with Trygg.
#[cfg(feature = "definitions")]
pub const RISK_TOML: &str = include_str!("../../instruments/risk.toml");

/// The three shipped instruments as validated from the TOML files, serialised by
/// [`shipped_json`]. Generated: edit the TOML files instead.
pub const SHIPPED_JSON: &str = include_str!("../../instruments/shipped.json");

/// Where [`SHIPPED_JSON`] lives, relative to the workspace root.
pub const SHIPPED_JSON_PATH: &str = "crates/core/instruments/shipped.json";

/// Loads the three shipped instruments, in the order identification, needs, risk.
///
/// They are validated by the test suite, so an error here means a broken build; it is
/// still returned rather than panicking, so the app can show it.
#[cfg(feature = "definitions")]
pub fn shipped() -> Result<Vec<Instrument>, DefinitionErrors> {
    let mut all = Vec::with_capacity(3);
    let mut errors = Vec::new();
    for text in [IDENTIFICATION_TOML, NEEDS_TOML, RISK_TOML] {
        match load(text) {
            Ok(instrument) => all.push(instrument),
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.is_empty() {
        Ok(all)
    } else {
        Err(DefinitionErrors(errors))
    }
}

/// Loads the three shipped instruments, in the order identification, needs, risk,
/// from [`SHIPPED_JSON`] (validated when it was made from the TOML files).
///
/// An error here means a broken build; it is still returned rather than panicking, so
/// the app can show it.
#[cfg(not(feature = "definitions"))]
pub fn shipped() -> Result<Vec<Instrument>, DefinitionErrors> {
    from_json(SHIPPED_JSON)
}

/// The shipped instruments, validated from the TOML files, as the compact JSON that
/// [`from_json`] reads: the content of `instruments/shipped.json`.
#[cfg(feature = "definitions")]
pub fn shipped_json() -> Result<String, DefinitionErrors> {
    let all = shipped()?;
    let mut json = serde_json::to_string(&all).map_err(|e| json_error(&e))?;
    json.push('\n');
    Ok(json)
}

/// Reads instruments serialised by [`shipped_json`]. It does not validate them again:
/// only give it what [`shipped_json`] made.
pub fn from_json(text: &str) -> Result<Vec<Instrument>, DefinitionErrors> {
    serde_json::from_str(text).map_err(|e| json_error(&e))
}

fn json_error(e: &serde_json::Error) -> DefinitionErrors {
    DefinitionErrors(vec![DefinitionError {
        location: Location {
            instrument: "?".into(),
            ..Location::default()
        },
        kind: ErrorKind::Json(e.to_string()),
    }])
}

/// Which set of rules scores an instrument. Fixed in code: each has its own result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RulesKind {
    Identification,
    Needs,
    Risk,
}

impl RulesKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Identification => "identification",
            Self::Needs => "needs",
            Self::Risk => "risk",
        }
    }
}

/// A validated instrument definition.
///
/// Serialised without its question index, which deserialising rebuilds, and without
/// the options that are `None`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(from = "Unindexed")]
pub struct Instrument {
    /// Stable id, also the prefix of every message id of the instrument.
    pub id: String,
    /// Version of the definition; stored with every assessment made with it.
    pub version: String,
    pub rules: RulesKind,
    /// Published sources the questions and rules are built from.
    pub sources: Vec<String>,
    /// Says that weights, strengths and thresholds are defaults to review.
    pub review_note: String,
    /// Facts in the definition that are not verified against their source.
    pub unverified: Vec<String>,
    pub choice_lists: Vec<ChoiceList>,
    pub sections: Vec<Section>,
    pub config: RulesConfig,
    /// Question id -> (section index, index in section, position in asking order).
    #[serde(skip)]
    pub(crate) index: BTreeMap<String, (usize, usize, usize)>,
}

/// Question id -> (section index, index in section, position in asking order); the
/// first question wins if an id repeats (validation reports that as an error).
pub(crate) fn question_index(sections: &[Section]) -> BTreeMap<String, (usize, usize, usize)> {
    let mut index = BTreeMap::new();
    for (si, section) in sections.iter().enumerate() {
        for (qi, question) in section.questions.iter().enumerate() {
            let flat = index.len();
            index.entry(question.id.clone()).or_insert((si, qi, flat));
        }
    }
    index
}

/// An [`Instrument`] as serialised: every field but the question index.
#[derive(serde::Deserialize)]
struct Unindexed {
    id: String,
    version: String,
    rules: RulesKind,
    sources: Vec<String>,
    review_note: String,
    unverified: Vec<String>,
    choice_lists: Vec<ChoiceList>,
    sections: Vec<Section>,
    config: RulesConfig,
}

impl From<Unindexed> for Instrument {
    fn from(u: Unindexed) -> Self {
        let index = question_index(&u.sections);
        Self {
            id: u.id,
            version: u.version,
            rules: u.rules,
            sources: u.sources,
            review_note: u.review_note,
            unverified: u.unverified,
            choice_lists: u.choice_lists,
            sections: u.sections,
            config: u.config,
            index,
        }
    }
}

impl Instrument {
    /// The question with this id, if the instrument has one.
    pub fn question(&self, id: &str) -> Option<&Question> {
        let (s, q, _) = self.index.get(id)?;
        self.sections.get(*s)?.questions.get(*q)
    }

    /// The section that holds a question.
    pub fn section_of(&self, question_id: &str) -> Option<&Section> {
        let (s, _, _) = self.index.get(question_id)?;
        self.sections.get(*s)
    }

    /// All questions in the order they are asked.
    pub fn questions(&self) -> impl Iterator<Item = &Question> + '_ {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// Position of a question in asking order (0-based).
    pub fn position(&self, question_id: &str) -> Option<usize> {
        self.index.get(question_id).map(|(_, _, p)| *p)
    }

    pub fn choice_list(&self, id: &str) -> Option<&ChoiceList> {
        self.choice_lists.iter().find(|l| l.id == id)
    }

    pub fn identification(&self) -> Option<&IdentificationConfig> {
        match &self.config {
            RulesConfig::Identification(c) => Some(c),
            _ => None,
        }
    }

    pub fn needs(&self) -> Option<&NeedsConfig> {
        match &self.config {
            RulesConfig::Needs(c) => Some(c),
            _ => None,
        }
    }

    pub fn risk(&self) -> Option<&RiskConfig> {
        match &self.config {
            RulesConfig::Risk(c) => Some(c),
            _ => None,
        }
    }
}

/// A named list of values a choice question offers.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChoiceList {
    pub id: String,
    pub values: Vec<String>,
    /// Shared lists (yes/no) take their texts from `choice-{value}` in every instrument.
    pub common: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: String,
    /// When the whole section applies; combined with each question's own condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<Condition>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub asked: Asked,
    /// Message id of the hint, if the question has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<Condition>,
    pub rule: Rule,
}

/// What kind of answer a question takes.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum QuestionKind {
    /// One value of a choice list (yes/no questions are this with the `yes-no` list).
    Single {
        list: String,
    },
    /// Any number of values of a choice list.
    Multiple {
        list: String,
    },
    Text,
    /// A whole number, optionally bounded.
    Number {
        #[serde(skip_serializing_if = "Option::is_none")]
        min: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
    },
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A need item: urgency, status, service and note (needs instruments only).
    Need,
}

impl QuestionKind {
    pub fn list(&self) -> Option<&str> {
        match self {
            Self::Single { list } | Self::Multiple { list } => Some(list),
            _ => None,
        }
    }
}

/// Whether a question is put to the woman or is the worker's own observation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Asked {
    Interview,
    Observation,
}

/// What a question contributes to its instrument's rules.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Rule {
    /// Background for the interview; not scored (may still drive relevance).
    Context,
    /// An ILO/EC indicator: present when answered with the configured "present" value.
    Indicator { dimension: u8, strength: Strength },
    /// A need item in a care domain, with the service types to refer to.
    Need {
        domain: String,
        /// Service types for this item; empty means the domain's.
        services: Vec<String>,
    },
    /// A risk item, protective factor or return condition.
    Risk {
        category: RiskCategory,
        /// Points added (protective factors: subtracted) when present.
        weight: i32,
        /// Present means high risk, whatever the score.
        red_flag: bool,
    },
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    Strong,
    Medium,
    Weak,
}

impl Strength {
    pub const ALL: [Strength; 3] = [Strength::Strong, Strength::Medium, Strength::Weak];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Strong => "strong",
            Self::Medium => "medium",
            Self::Weak => "weak",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskCategory {
    ImmediateDanger,
    ReTrafficking,
    Protective,
    Return,
}

impl RiskCategory {
    pub const ALL: [RiskCategory; 4] = [
        Self::ImmediateDanger,
        Self::ReTrafficking,
        Self::Protective,
        Self::Return,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ImmediateDanger => "immediate-danger",
            Self::ReTrafficking => "re-trafficking",
            Self::Protective => "protective",
            Self::Return => "return",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// The per-instrument data the rules use.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RulesConfig {
    Identification(IdentificationConfig),
    Needs(NeedsConfig),
    Risk(RiskConfig),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentificationConfig {
    /// The choice value that means "this indicator is present".
    pub present: String,
    /// The dimensions, in reporting order.
    pub dimensions: Vec<Dimension>,
    /// A dimension is met when ANY of these is satisfied.
    pub met_when: Vec<Threshold>,
    /// Overall: every group must contain at least one met dimension.
    pub combination: Vec<Vec<u8>>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Dimension {
    pub number: u8,
    pub id: String,
}

/// A set of minimum counts that must ALL hold. Each term counts indicators of the
/// listed strengths; no strength appears in two terms, so the counts never overlap.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Threshold {
    pub terms: Vec<ThresholdTerm>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ThresholdTerm {
    pub at_least: u32,
    pub of: Vec<Strength>,
}

impl Threshold {
    /// Whether indicator counts (strong, medium, weak) satisfy this threshold.
    pub fn satisfied_by(&self, counts: &StrengthCounts) -> bool {
        self.terms.iter().all(|t| {
            let n: u32 = t.of.iter().map(|s| counts.get(*s)).sum();
            n >= t.at_least
        })
    }
}

/// Number of indicators of each strength.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrengthCounts {
    pub strong: u32,
    pub medium: u32,
    pub weak: u32,
}

impl StrengthCounts {
    pub fn get(&self, s: Strength) -> u32 {
        match s {
            Strength::Strong => self.strong,
            Strength::Medium => self.medium,
            Strength::Weak => self.weak,
        }
    }

    pub fn add(&mut self, s: Strength) {
        match s {
            Strength::Strong => self.strong += 1,
            Strength::Medium => self.medium += 1,
            Strength::Weak => self.weak += 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NeedsConfig {
    /// Care domains in care-plan order.
    pub domains: Vec<NeedDomain>,
    /// Every service type an instrument may refer to.
    pub services: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NeedDomain {
    pub id: String,
    /// Service types to refer to for needs in this domain.
    pub services: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RiskConfig {
    /// The choice value that means "this factor is present".
    pub present: String,
    /// Score at or above which the level is medium.
    pub medium_at: i32,
    /// Score at or above which the level is high.
    pub high_at: i32,
    pub safety_plan: Vec<SafetyPlanItem>,
    pub return_check: ReturnConfig,
}

/// A safety-plan item, offered when its condition holds and the level is high enough.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SafetyPlanItem {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_level: Option<crate::rules::risk::RiskLevel>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReturnConfig {
    /// When a return is being considered at all.
    pub considered: Condition,
    /// Every condition must hold before a return is "safe to plan".
    pub conditions: Vec<ReturnCondition>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReturnCondition {
    pub id: String,
    pub holds: Condition,
}
