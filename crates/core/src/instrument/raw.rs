//! The definition file as written, before validation. Everything is optional and every
//! table keeps its unknown keys, so validation can report all problems at once instead
//! of stopping at the first missing or misspelt key.

use std::collections::BTreeMap;

use serde::Deserialize;

pub(super) type Extra = BTreeMap<String, toml::Value>;

#[derive(Deserialize)]
pub(super) struct RawInstrument {
    pub id: Option<String>,
    pub version: Option<String>,
    pub rules: Option<String>,
    pub sources: Option<Vec<String>>,
    pub review_note: Option<String>,
    #[serde(default)]
    pub unverified: Vec<String>,
    #[serde(default)]
    pub choices: Vec<RawChoiceList>,
    #[serde(default)]
    pub sections: Vec<RawSection>,
    pub identification: Option<RawIdentification>,
    pub needs: Option<RawNeeds>,
    pub risk: Option<RawRisk>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawChoiceList {
    pub id: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub common: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawSection {
    pub id: Option<String>,
    pub relevant: Option<toml::Value>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawQuestion {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub choices: Option<String>,
    pub asked: Option<String>,
    pub hint: Option<RawHint>,
    pub relevant: Option<toml::Value>,
    #[serde(default)]
    pub context: bool,
    pub min: Option<i64>,
    pub max: Option<i64>,
    // Rule metadata; which keys are allowed depends on the instrument's rules.
    pub dimension: Option<i64>,
    pub strength: Option<String>,
    pub domain: Option<String>,
    pub services: Option<Vec<String>>,
    pub category: Option<String>,
    pub weight: Option<i64>,
    pub red_flag: Option<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawHint {
    /// `hint = true`: the question has its own hint.
    Flag(bool),
    /// `hint = "name"`: shares the hint `{instrument}-{name}-hint` with other questions.
    Shared(String),
}

#[derive(Deserialize)]
pub(super) struct RawIdentification {
    pub present: Option<String>,
    pub combination: Option<Vec<Vec<i64>>>,
    #[serde(default)]
    pub dimensions: Vec<RawDimension>,
    #[serde(default)]
    pub met_when: Vec<RawThreshold>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawDimension {
    pub number: Option<i64>,
    pub id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawThreshold {
    #[serde(default)]
    pub all: Vec<RawTerm>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawTerm {
    pub at_least: Option<i64>,
    #[serde(default)]
    pub of: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawNeeds {
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub domains: Vec<RawDomain>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawDomain {
    pub id: Option<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawRisk {
    pub present: Option<String>,
    pub medium_at: Option<i64>,
    pub high_at: Option<i64>,
    #[serde(default)]
    pub safety_plan: Vec<RawPlanItem>,
    #[serde(rename = "return")]
    pub return_check: Option<RawReturn>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawPlanItem {
    pub id: Option<String>,
    pub when: Option<toml::Value>,
    pub min_level: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawReturn {
    pub considered: Option<toml::Value>,
    #[serde(default)]
    pub conditions: Vec<RawReturnCondition>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Deserialize)]
pub(super) struct RawReturnCondition {
    pub id: Option<String>,
    pub holds: Option<toml::Value>,
    #[serde(flatten)]
    pub extra: Extra,
}
