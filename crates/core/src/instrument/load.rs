//! Loading and validating a definition. Syntax and type errors stop at the first one
//! (the TOML parser cannot go on); every other problem is collected and reported
//! together, each with its location.

use std::collections::{BTreeMap, BTreeSet};

use super::condition::{Condition, Test};
use super::error::{DefinitionError, DefinitionErrors, ErrorKind, Location};
use super::raw::*;
use super::*;
use crate::rules::risk::RiskLevel;

/// Parses and validates an instrument definition.
pub fn load(text: &str) -> Result<Instrument, DefinitionErrors> {
    let raw: RawInstrument = toml::from_str(text).map_err(|e| syntax_error(text, &e))?;
    let mut v = Validator {
        instrument: raw.id.clone().unwrap_or_else(|| "?".into()),
        errors: Vec::new(),
    };
    let instrument = v.instrument(raw);
    if v.errors.is_empty() {
        Ok(instrument)
    } else {
        Err(DefinitionErrors(v.errors))
    }
}

fn syntax_error(text: &str, e: &toml::de::Error) -> DefinitionErrors {
    let (line, column) = match e.span() {
        Some(span) => {
            let before = text.get(..span.start).unwrap_or(text);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, column)
        }
        None => (0, 0),
    };
    let message = e.message().trim().to_string();
    DefinitionErrors(vec![DefinitionError {
        location: Location {
            instrument: "?".into(),
            ..Location::default()
        },
        kind: ErrorKind::Syntax {
            line,
            column,
            message,
        },
    }])
}

/// Whether `s` is usable in a Fluent message id: `[a-z][a-z0-9-]*`.
pub(crate) fn is_valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

/// Where the validator is, to build locations.
#[derive(Clone, Copy, Default)]
struct At<'a> {
    section: Option<&'a str>,
    question: Option<&'a str>,
}

struct Validator {
    instrument: String,
    errors: Vec<DefinitionError>,
}

/// A parsed condition waiting for the question index, with where it came from.
struct PendingCondition<'a> {
    at: At<'a>,
    field: String,
    condition: Condition,
}

impl Validator {
    fn push(&mut self, at: At<'_>, field: Option<String>, kind: ErrorKind) {
        self.errors.push(DefinitionError {
            location: Location {
                instrument: self.instrument.clone(),
                section: at.section.map(str::to_string),
                question: at.question.map(str::to_string),
                field,
            },
            kind,
        });
    }

    fn extra(&mut self, at: At<'_>, prefix: &str, extra: &Extra) {
        for key in extra.keys() {
            let field = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            self.push(at, Some(field), ErrorKind::UnknownKey(key.clone()));
        }
    }

    fn id(
        &mut self,
        at: At<'_>,
        field: &str,
        id: Option<&String>,
        missing: &'static str,
    ) -> String {
        match id {
            None => {
                self.push(at, Some(field.into()), ErrorKind::Missing(missing));
                String::new()
            }
            Some(id) => {
                if !is_valid_id(id) {
                    self.push(at, Some(field.into()), ErrorKind::InvalidId(id.clone()));
                }
                id.clone()
            }
        }
    }

    fn instrument(&mut self, raw: RawInstrument) -> Instrument {
        let top = At::default();
        let id = self.id(top, "id", raw.id.as_ref(), "id");
        let version = match raw.version {
            Some(v) if !v.trim().is_empty() => v,
            _ => {
                self.push(top, Some("version".into()), ErrorKind::Missing("version"));
                String::new()
            }
        };
        let rules = match raw.rules.as_deref() {
            Some("identification") => RulesKind::Identification,
            Some("needs") => RulesKind::Needs,
            Some("risk") => RulesKind::Risk,
            Some(other) => {
                self.push(
                    top,
                    Some("rules".into()),
                    ErrorKind::UnknownRules(other.into()),
                );
                RulesKind::Identification
            }
            None => {
                self.push(top, Some("rules".into()), ErrorKind::Missing("rules"));
                RulesKind::Identification
            }
        };
        let sources = raw.sources.unwrap_or_default();
        if sources.is_empty() {
            self.push(top, Some("sources".into()), ErrorKind::Missing("sources"));
        }
        let review_note = raw.review_note.unwrap_or_default();
        if review_note.trim().is_empty() {
            self.push(
                top,
                Some("review_note".into()),
                ErrorKind::Missing("review_note"),
            );
        }
        self.extra(top, "", &raw.extra);

        let choice_lists = self.choice_lists(&raw.choices);

        // Rules configuration first: questions are checked against it.
        for (present, name, kind) in [
            (
                raw.identification.is_some(),
                "identification",
                RulesKind::Identification,
            ),
            (raw.needs.is_some(), "needs", RulesKind::Needs),
            (raw.risk.is_some(), "risk", RulesKind::Risk),
        ] {
            if present && kind != rules {
                self.push(top, Some(name.into()), ErrorKind::NotAllowed(name.into()));
            }
        }
        let mut pending = Vec::new();
        let config = match rules {
            RulesKind::Identification => {
                RulesConfig::Identification(self.identification_config(raw.identification.as_ref()))
            }
            RulesKind::Needs => RulesConfig::Needs(self.needs_config(raw.needs.as_ref())),
            RulesKind::Risk => RulesConfig::Risk(self.risk_config(raw.risk.as_ref(), &mut pending)),
        };

        let mut seen_ids = BTreeSet::new();
        let mut sections = Vec::with_capacity(raw.sections.len());
        let mut question_pending = Vec::new();
        for rs in &raw.sections {
            let at = At {
                section: rs.id.as_deref(),
                question: None,
            };
            let sid = self.id(at, "id", rs.id.as_ref(), "id");
            if !sid.is_empty() && !seen_ids.insert(sid.clone()) {
                self.push(at, Some("id".into()), ErrorKind::DuplicateId(sid.clone()));
            }
            self.extra(at, "", &rs.extra);
            let relevant = rs.relevant.as_ref().map(|c| {
                let condition = self.condition(at, "relevant", c);
                question_pending.push(PendingCondition {
                    at,
                    field: "relevant".into(),
                    condition: condition.clone(),
                });
                condition
            });
            let mut questions = Vec::with_capacity(rs.questions.len());
            for rq in &rs.questions {
                let at = At {
                    section: rs.id.as_deref(),
                    question: rq.id.as_deref(),
                };
                let qid = self.id(at, "id", rq.id.as_ref(), "id");
                if !qid.is_empty() && !seen_ids.insert(qid.clone()) {
                    self.push(at, Some("id".into()), ErrorKind::DuplicateId(qid.clone()));
                }
                let q = self.question(at, &id, qid, rq, rules, &config, &choice_lists);
                if let Some(c) = &q.relevant {
                    question_pending.push(PendingCondition {
                        at,
                        field: "relevant".into(),
                        condition: c.clone(),
                    });
                }
                questions.push(q);
            }
            sections.push(Section {
                id: sid,
                relevant,
                questions,
            });
        }
        if sections.iter().all(|s| s.questions.is_empty()) {
            self.push(top, Some("sections".into()), ErrorKind::Missing("sections"));
        }

        let index = super::question_index(&sections);
        let instrument = Instrument {
            id,
            version,
            rules,
            sources,
            review_note,
            unverified: raw.unverified,
            choice_lists,
            sections,
            config,
            index,
        };

        for p in question_pending.iter().chain(pending.iter()) {
            self.condition_refs(&instrument, p.at, &p.field, &p.condition);
        }
        self.order_and_cycles(&instrument, raw.sections.as_slice());
        if let RulesConfig::Identification(c) = &instrument.config {
            for d in &c.dimensions {
                let used = instrument.questions().any(|q| {
                    matches!(q.rule, Rule::Indicator { dimension, .. } if dimension == d.number)
                });
                if !used {
                    self.push(
                        top,
                        Some("identification.dimensions".into()),
                        ErrorKind::DimensionWithoutIndicators(d.number),
                    );
                }
            }
        }
        if self.errors.is_empty() {
            self.message_ids(&instrument);
        }
        instrument
    }

    fn choice_lists(&mut self, raw: &[RawChoiceList]) -> Vec<ChoiceList> {
        let mut seen = BTreeSet::new();
        let mut lists = Vec::with_capacity(raw.len());
        for (i, rl) in raw.iter().enumerate() {
            let field = format!("choices[{i}]");
            let id = self.id(At::default(), &field, rl.id.as_ref(), "id");
            if !id.is_empty() && !seen.insert(id.clone()) {
                self.push(
                    At::default(),
                    Some(field.clone()),
                    ErrorKind::DuplicateId(id.clone()),
                );
            }
            if rl.values.is_empty() {
                self.push(
                    At::default(),
                    Some(field.clone()),
                    ErrorKind::EmptyChoiceList,
                );
            }
            let mut values_seen = BTreeSet::new();
            for v in &rl.values {
                if !is_valid_id(v) {
                    self.push(
                        At::default(),
                        Some(format!("{field}.values")),
                        ErrorKind::InvalidId(v.clone()),
                    );
                }
                if !values_seen.insert(v.as_str()) {
                    self.push(
                        At::default(),
                        Some(format!("{field}.values")),
                        ErrorKind::DuplicateId(v.clone()),
                    );
                }
            }
            self.extra(At::default(), &field, &rl.extra);
            lists.push(ChoiceList {
                id,
                values: rl.values.clone(),
                common: rl.common,
            });
        }
        lists
    }

    #[allow(clippy::too_many_arguments)]
    fn question(
        &mut self,
        at: At<'_>,
        instrument_id: &str,
        id: String,
        rq: &RawQuestion,
        rules: RulesKind,
        config: &RulesConfig,
        lists: &[ChoiceList],
    ) -> Question {
        self.extra(at, "", &rq.extra);
        let field = |k: &str| Some(k.to_string());
        let list_for = |this: &mut Self| -> String {
            match &rq.choices {
                None => {
                    this.push(at, field("choices"), ErrorKind::Missing("choices"));
                    String::new()
                }
                Some(l) => {
                    if !lists.iter().any(|x| &x.id == l) {
                        this.push(
                            at,
                            field("choices"),
                            ErrorKind::MissingChoiceList(l.clone()),
                        );
                    }
                    l.clone()
                }
            }
        };
        let kind = match rq.kind.as_deref() {
            Some("single") => QuestionKind::Single {
                list: list_for(self),
            },
            Some("multiple") => QuestionKind::Multiple {
                list: list_for(self),
            },
            Some("text") => QuestionKind::Text,
            Some("number") => QuestionKind::Number {
                min: rq.min,
                max: rq.max,
            },
            Some("date") => QuestionKind::Date,
            Some("need") => QuestionKind::Need,
            Some(other) => {
                self.push(at, field("kind"), ErrorKind::UnknownKind(other.into()));
                QuestionKind::Text
            }
            None => {
                self.push(at, field("kind"), ErrorKind::Missing("kind"));
                QuestionKind::Text
            }
        };
        if rq.choices.is_some() && kind.list().is_none() {
            self.push(
                at,
                field("choices"),
                ErrorKind::NotAllowed("choices".into()),
            );
        }
        match kind {
            QuestionKind::Number { min, max } => {
                if let (Some(min), Some(max)) = (min, max) {
                    if min > max {
                        self.push(at, field("min"), ErrorKind::InvalidBounds { min, max });
                    }
                }
            }
            _ => {
                for (k, set) in [("min", rq.min.is_some()), ("max", rq.max.is_some())] {
                    if set {
                        self.push(at, field(k), ErrorKind::NotAllowed(k.into()));
                    }
                }
            }
        }
        if kind == QuestionKind::Need && rules != RulesKind::Needs {
            self.push(
                at,
                field("kind"),
                ErrorKind::NotAllowed("kind = \"need\"".into()),
            );
        }
        let asked = match rq.asked.as_deref() {
            Some("interview") => Asked::Interview,
            Some("observation") => Asked::Observation,
            Some(other) => {
                self.push(at, field("asked"), ErrorKind::UnknownAsked(other.into()));
                Asked::Interview
            }
            None => {
                self.push(at, field("asked"), ErrorKind::Missing("asked"));
                Asked::Interview
            }
        };
        let hint = match &rq.hint {
            None | Some(RawHint::Flag(false)) => None,
            Some(RawHint::Flag(true)) => Some(format!("{instrument_id}-{id}-hint")),
            Some(RawHint::Shared(name)) => {
                if !is_valid_id(name) {
                    self.push(at, field("hint"), ErrorKind::InvalidId(name.clone()));
                }
                Some(format!("{instrument_id}-{name}-hint"))
            }
        };
        let relevant = rq
            .relevant
            .as_ref()
            .map(|c| self.condition(at, "relevant", c));
        let rule = self.rule(at, rq, rules, config, &kind, lists);
        Question {
            id,
            kind,
            asked,
            hint,
            relevant,
            rule,
        }
    }

    fn rule(
        &mut self,
        at: At<'_>,
        rq: &RawQuestion,
        rules: RulesKind,
        config: &RulesConfig,
        kind: &QuestionKind,
        lists: &[ChoiceList],
    ) -> Rule {
        let field = |k: &str| Some(k.to_string());
        let keys: [(&str, bool, &[RulesKind]); 7] = [
            (
                "dimension",
                rq.dimension.is_some(),
                &[RulesKind::Identification],
            ),
            (
                "strength",
                rq.strength.is_some(),
                &[RulesKind::Identification],
            ),
            ("domain", rq.domain.is_some(), &[RulesKind::Needs]),
            ("services", rq.services.is_some(), &[RulesKind::Needs]),
            ("category", rq.category.is_some(), &[RulesKind::Risk]),
            ("weight", rq.weight.is_some(), &[RulesKind::Risk]),
            ("red_flag", rq.red_flag.is_some(), &[RulesKind::Risk]),
        ];
        for (key, set, allowed) in keys {
            if set && (rq.context || !allowed.contains(&rules)) {
                self.push(at, field(key), ErrorKind::NotAllowed(key.into()));
            }
        }
        if rq.context {
            if *kind == QuestionKind::Need {
                self.push(
                    at,
                    field("context"),
                    ErrorKind::NotAllowed("context".into()),
                );
            }
            return Rule::Context;
        }
        // A scored yes/no item: single choice whose list holds the "present" value.
        let scorable = |this: &mut Self, present: &str| {
            let ok = match kind {
                QuestionKind::Single { list } => lists
                    .iter()
                    .find(|l| &l.id == list)
                    // A missing list is reported already.
                    .is_none_or(|l| l.values.iter().any(|v| v == present)),
                _ => false,
            };
            if !ok {
                this.push(
                    at,
                    field("kind"),
                    ErrorKind::NotScorable(format!(
                        "a single choice whose list contains `{present}`"
                    )),
                );
            }
        };
        match config {
            RulesConfig::Identification(c) => {
                scorable(self, &c.present);
                let dimension = match rq.dimension {
                    None => {
                        self.push(at, field("dimension"), ErrorKind::Missing("dimension"));
                        0
                    }
                    Some(d) => {
                        let known = c.dimensions.iter().any(|x| i64::from(x.number) == d)
                            || (c.dimensions.is_empty() && (1..=6).contains(&d));
                        if !known {
                            self.push(at, field("dimension"), ErrorKind::UnknownDimension(d));
                        }
                        u8::try_from(d).unwrap_or(0)
                    }
                };
                let strength = match rq.strength.as_deref() {
                    None => {
                        self.push(at, field("strength"), ErrorKind::Missing("strength"));
                        Strength::Weak
                    }
                    Some(s) => Strength::parse(s).unwrap_or_else(|| {
                        self.push(at, field("strength"), ErrorKind::UnknownStrength(s.into()));
                        Strength::Weak
                    }),
                };
                Rule::Indicator {
                    dimension,
                    strength,
                }
            }
            RulesConfig::Needs(c) => {
                if *kind != QuestionKind::Need {
                    self.push(
                        at,
                        field("kind"),
                        ErrorKind::NotScorable("of kind `need`".into()),
                    );
                }
                let domain = match &rq.domain {
                    None => {
                        self.push(at, field("domain"), ErrorKind::Missing("domain"));
                        String::new()
                    }
                    Some(d) => {
                        if !c.domains.iter().any(|x| &x.id == d) {
                            self.push(at, field("domain"), ErrorKind::UnknownDomain(d.clone()));
                        }
                        d.clone()
                    }
                };
                let services = rq.services.clone().unwrap_or_default();
                for s in &services {
                    if !c.services.contains(s) {
                        self.push(at, field("services"), ErrorKind::UnknownService(s.clone()));
                    }
                }
                Rule::Need { domain, services }
            }
            RulesConfig::Risk(c) => {
                // On a mistake, fall back to a scored category: one mistake, one error.
                let category = match rq.category.as_deref() {
                    None => {
                        self.push(at, field("category"), ErrorKind::Missing("category"));
                        RiskCategory::ReTrafficking
                    }
                    Some(s) => RiskCategory::parse(s).unwrap_or_else(|| {
                        self.push(at, field("category"), ErrorKind::UnknownCategory(s.into()));
                        RiskCategory::ReTrafficking
                    }),
                };
                if category == RiskCategory::Return {
                    for (key, set) in [
                        ("weight", rq.weight.is_some()),
                        ("red_flag", rq.red_flag.is_some()),
                    ] {
                        if set {
                            self.push(at, field(key), ErrorKind::NotAllowed(key.into()));
                        }
                    }
                    return Rule::Risk {
                        category,
                        weight: 0,
                        red_flag: false,
                    };
                }
                scorable(self, &c.present);
                if category == RiskCategory::Protective && rq.red_flag.is_some() {
                    self.push(
                        at,
                        field("red_flag"),
                        ErrorKind::NotAllowed("red_flag".into()),
                    );
                }
                let weight = match rq.weight {
                    None => {
                        self.push(at, field("weight"), ErrorKind::Missing("weight"));
                        0
                    }
                    Some(w) if !(0..=100).contains(&w) => {
                        self.push(at, field("weight"), ErrorKind::InvalidWeight(w));
                        0
                    }
                    Some(w) => i32::try_from(w).unwrap_or(0),
                };
                Rule::Risk {
                    category,
                    weight,
                    red_flag: rq.red_flag.unwrap_or(false),
                }
            }
        }
    }

    fn identification_config(&mut self, raw: Option<&RawIdentification>) -> IdentificationConfig {
        let top = At::default();
        let mut config = IdentificationConfig {
            present: String::new(),
            dimensions: Vec::new(),
            met_when: Vec::new(),
            combination: Vec::new(),
        };
        let Some(raw) = raw else {
            self.push(
                top,
                Some("identification".into()),
                ErrorKind::Missing("identification"),
            );
            return config;
        };
        self.extra(top, "identification", &raw.extra);
        config.present = self.id(
            top,
            "identification.present",
            raw.present.as_ref(),
            "identification.present",
        );
        let mut numbers = BTreeSet::new();
        let mut ids = BTreeSet::new();
        for (i, d) in raw.dimensions.iter().enumerate() {
            let field = format!("identification.dimensions[{i}]");
            self.extra(top, &field, &d.extra);
            let id = self.id(top, &field, d.id.as_ref(), "id");
            if !id.is_empty() && !ids.insert(id.clone()) {
                self.push(top, Some(field.clone()), ErrorKind::DuplicateId(id.clone()));
            }
            let number = match d.number {
                Some(n) if (1..=6).contains(&n) => n as u8,
                Some(n) => {
                    self.push(top, Some(field.clone()), ErrorKind::UnknownDimension(n));
                    continue;
                }
                None => {
                    self.push(top, Some(field.clone()), ErrorKind::Missing("number"));
                    continue;
                }
            };
            if !numbers.insert(number) {
                self.push(top, Some(field), ErrorKind::DuplicateId(number.to_string()));
            }
            config.dimensions.push(Dimension { number, id });
        }
        if raw.dimensions.is_empty() {
            self.push(
                top,
                Some("identification.dimensions".into()),
                ErrorKind::Missing("identification.dimensions"),
            );
        }
        if raw.met_when.is_empty() {
            self.push(
                top,
                Some("identification.met_when".into()),
                ErrorKind::Missing("identification.met_when"),
            );
        }
        for (i, t) in raw.met_when.iter().enumerate() {
            let field = format!("identification.met_when[{i}]");
            self.extra(top, &field, &t.extra);
            if t.all.is_empty() {
                self.push(
                    top,
                    Some(field.clone()),
                    ErrorKind::InvalidThreshold(
                        "a threshold needs at least one term in `all`".into(),
                    ),
                );
                continue;
            }
            let mut terms = Vec::new();
            let mut used = BTreeSet::new();
            for (j, term) in t.all.iter().enumerate() {
                let tf = format!("{field}.all[{j}]");
                self.extra(top, &tf, &term.extra);
                let at_least = match term.at_least {
                    Some(n) if (1..=100).contains(&n) => n as u32,
                    Some(n) => {
                        self.push(
                            top,
                            Some(tf.clone()),
                            ErrorKind::InvalidThreshold(format!(
                                "at_least must be 1 to 100, not {n}"
                            )),
                        );
                        1
                    }
                    None => {
                        self.push(top, Some(tf.clone()), ErrorKind::Missing("at_least"));
                        1
                    }
                };
                if term.of.is_empty() {
                    self.push(top, Some(tf.clone()), ErrorKind::Missing("of"));
                }
                let mut of = Vec::new();
                for s in &term.of {
                    match Strength::parse(s) {
                        Some(st) => {
                            if !used.insert(st) {
                                self.push(
                                    top,
                                    Some(tf.clone()),
                                    ErrorKind::InvalidThreshold(format!(
                                        "`{s}` is counted in two terms of one threshold"
                                    )),
                                );
                            }
                            of.push(st);
                        }
                        None => {
                            self.push(top, Some(tf.clone()), ErrorKind::UnknownStrength(s.clone()))
                        }
                    }
                }
                terms.push(ThresholdTerm { at_least, of });
            }
            // Weak indicators alone must never be enough: some term has to need more.
            if terms.iter().all(|t| t.of.contains(&Strength::Weak)) {
                self.push(top, Some(field), ErrorKind::WeakAloneMeetsDimension);
            }
            config.met_when.push(Threshold { terms });
        }
        match &raw.combination {
            None => self.push(
                top,
                Some("identification.combination".into()),
                ErrorKind::Missing("identification.combination"),
            ),
            Some(groups) => {
                if groups.is_empty() || groups.iter().any(|g| g.is_empty()) {
                    self.push(
                        top,
                        Some("identification.combination".into()),
                        ErrorKind::InvalidThreshold(
                            "every group of the combination needs at least one dimension".into(),
                        ),
                    );
                }
                for g in groups {
                    let mut group = Vec::new();
                    for &n in g {
                        if config.dimensions.iter().any(|d| i64::from(d.number) == n) {
                            group.push(n as u8);
                        } else {
                            self.push(
                                top,
                                Some("identification.combination".into()),
                                ErrorKind::UnknownDimension(n),
                            );
                        }
                    }
                    config.combination.push(group);
                }
            }
        }
        config
    }

    fn needs_config(&mut self, raw: Option<&RawNeeds>) -> NeedsConfig {
        let top = At::default();
        let mut config = NeedsConfig {
            domains: Vec::new(),
            services: Vec::new(),
        };
        let Some(raw) = raw else {
            self.push(top, Some("needs".into()), ErrorKind::Missing("needs"));
            return config;
        };
        self.extra(top, "needs", &raw.extra);
        let mut seen = BTreeSet::new();
        for s in &raw.services {
            if !is_valid_id(s) {
                self.push(
                    top,
                    Some("needs.services".into()),
                    ErrorKind::InvalidId(s.clone()),
                );
            }
            if !seen.insert(s.clone()) {
                self.push(
                    top,
                    Some("needs.services".into()),
                    ErrorKind::DuplicateId(s.clone()),
                );
            }
        }
        config.services = raw.services.clone();
        if raw.domains.is_empty() {
            self.push(
                top,
                Some("needs.domains".into()),
                ErrorKind::Missing("needs.domains"),
            );
        }
        let mut ids = BTreeSet::new();
        for (i, d) in raw.domains.iter().enumerate() {
            let field = format!("needs.domains[{i}]");
            self.extra(top, &field, &d.extra);
            let id = self.id(top, &field, d.id.as_ref(), "id");
            if !id.is_empty() && !ids.insert(id.clone()) {
                self.push(top, Some(field.clone()), ErrorKind::DuplicateId(id.clone()));
            }
            for s in &d.services {
                if !config.services.contains(s) {
                    self.push(
                        top,
                        Some(format!("{field}.services")),
                        ErrorKind::UnknownService(s.clone()),
                    );
                }
            }
            config.domains.push(NeedDomain {
                id,
                services: d.services.clone(),
            });
        }
        config
    }

    fn risk_config<'r>(
        &mut self,
        raw: Option<&'r RawRisk>,
        pending: &mut Vec<PendingCondition<'r>>,
    ) -> RiskConfig {
        let top = At::default();
        let mut config = RiskConfig {
            present: String::new(),
            medium_at: 0,
            high_at: 0,
            safety_plan: Vec::new(),
            return_check: ReturnConfig {
                considered: Condition::All(Vec::new()),
                conditions: Vec::new(),
            },
        };
        let Some(raw) = raw else {
            self.push(top, Some("risk".into()), ErrorKind::Missing("risk"));
            return config;
        };
        self.extra(top, "risk", &raw.extra);
        config.present = self.id(top, "risk.present", raw.present.as_ref(), "risk.present");
        let threshold = |this: &mut Self, v: Option<i64>, name: &'static str| match v {
            None => {
                this.push(top, Some(name.into()), ErrorKind::Missing(name));
                0
            }
            Some(n) if !(1..=1000).contains(&n) => {
                this.push(
                    top,
                    Some(name.into()),
                    ErrorKind::InvalidThreshold(format!("{name} must be 1 to 1000, not {n}")),
                );
                0
            }
            Some(n) => n as i32,
        };
        config.medium_at = threshold(self, raw.medium_at, "risk.medium_at");
        config.high_at = threshold(self, raw.high_at, "risk.high_at");
        if config.medium_at > 0 && config.high_at > 0 && config.medium_at >= config.high_at {
            self.push(
                top,
                Some("risk.high_at".into()),
                ErrorKind::InvalidThreshold(
                    "risk.medium_at must be lower than risk.high_at".into(),
                ),
            );
        }
        let mut ids = BTreeSet::new();
        for (i, item) in raw.safety_plan.iter().enumerate() {
            let field = format!("risk.safety_plan[{i}]");
            self.extra(top, &field, &item.extra);
            let id = self.id(top, &field, item.id.as_ref(), "id");
            if !id.is_empty() && !ids.insert(id.clone()) {
                self.push(top, Some(field.clone()), ErrorKind::DuplicateId(id.clone()));
            }
            let min_level = item.min_level.as_deref().map(|l| {
                RiskLevel::parse(l).unwrap_or_else(|| {
                    self.push(
                        top,
                        Some(format!("{field}.min_level")),
                        ErrorKind::UnknownLevel(l.into()),
                    );
                    RiskLevel::Low
                })
            });
            let when = item.when.as_ref().map(|c| {
                let f = format!("{field}.when");
                let condition = self.condition(top, &f, c);
                pending.push(PendingCondition {
                    at: top,
                    field: f,
                    condition: condition.clone(),
                });
                condition
            });
            config.safety_plan.push(SafetyPlanItem {
                id,
                when,
                min_level,
            });
        }
        match &raw.return_check {
            None => self.push(
                top,
                Some("risk.return".into()),
                ErrorKind::Missing("risk.return"),
            ),
            Some(ret) => {
                self.extra(top, "risk.return", &ret.extra);
                match &ret.considered {
                    None => self.push(
                        top,
                        Some("risk.return.considered".into()),
                        ErrorKind::Missing("risk.return.considered"),
                    ),
                    Some(c) => {
                        let f = "risk.return.considered".to_string();
                        let condition = self.condition(top, &f, c);
                        pending.push(PendingCondition {
                            at: top,
                            field: f,
                            condition: condition.clone(),
                        });
                        config.return_check.considered = condition;
                    }
                }
                if ret.conditions.is_empty() {
                    self.push(
                        top,
                        Some("risk.return.conditions".into()),
                        ErrorKind::Missing("risk.return.conditions"),
                    );
                }
                let mut ids = BTreeSet::new();
                for (i, rc) in ret.conditions.iter().enumerate() {
                    let field = format!("risk.return.conditions[{i}]");
                    self.extra(top, &field, &rc.extra);
                    let id = self.id(top, &field, rc.id.as_ref(), "id");
                    if !id.is_empty() && !ids.insert(id.clone()) {
                        self.push(top, Some(field.clone()), ErrorKind::DuplicateId(id.clone()));
                    }
                    let holds = match &rc.holds {
                        None => {
                            self.push(top, Some(field.clone()), ErrorKind::Missing("holds"));
                            Condition::All(Vec::new())
                        }
                        Some(c) => {
                            let f = format!("{field}.holds");
                            let condition = self.condition(top, &f, c);
                            pending.push(PendingCondition {
                                at: top,
                                field: f,
                                condition: condition.clone(),
                            });
                            condition
                        }
                    };
                    config
                        .return_check
                        .conditions
                        .push(ReturnCondition { id, holds });
                }
            }
        }
        config
    }

    /// Parses a condition's shape; references are checked later against the index.
    fn condition(&mut self, at: At<'_>, path: &str, value: &toml::Value) -> Condition {
        let bad = Condition::All(Vec::new());
        let Some(table) = value.as_table() else {
            self.push(
                at,
                Some(path.into()),
                ErrorKind::MalformedCondition("a condition must be a table".into()),
            );
            return bad;
        };
        let list = |this: &mut Self, key: &str| -> Vec<Condition> {
            let Some(items) = table.get(key).and_then(|v| v.as_array()) else {
                this.push(
                    at,
                    Some(format!("{path}.{key}")),
                    ErrorKind::MalformedCondition(format!("`{key}` must be a list of conditions")),
                );
                return Vec::new();
            };
            if items.is_empty() {
                this.push(
                    at,
                    Some(format!("{path}.{key}")),
                    ErrorKind::MalformedCondition(format!("`{key}` must not be empty")),
                );
            }
            items
                .iter()
                .enumerate()
                .map(|(i, c)| this.condition(at, &format!("{path}.{key}[{i}]"), c))
                .collect()
        };
        let allowed: &[&str] = if table.contains_key("all") {
            &["all"]
        } else if table.contains_key("any") {
            &["any"]
        } else if table.contains_key("not") {
            &["not"]
        } else if table.contains_key("unless") {
            &["unless"]
        } else if table.contains_key("answered") {
            &["answered", "equals", "includes"]
        } else {
            self.push(
                at,
                Some(path.into()),
                ErrorKind::MalformedCondition(
                    "expected one of `all`, `any`, `not`, `unless`, `answered`".into(),
                ),
            );
            return bad;
        };
        for key in table.keys() {
            if !allowed.contains(&key.as_str()) {
                self.push(
                    at,
                    Some(format!("{path}.{key}")),
                    ErrorKind::UnknownKey(key.clone()),
                );
            }
        }
        match allowed[0] {
            "all" => Condition::All(list(self, "all")),
            "any" => Condition::Any(list(self, "any")),
            "not" | "unless" => {
                let key = allowed[0];
                let inner = match table.get(key) {
                    Some(inner) => self.condition(at, &format!("{path}.{key}"), inner),
                    None => bad,
                };
                if key == "not" {
                    Condition::Not(Box::new(inner))
                } else {
                    Condition::Unless(Box::new(inner))
                }
            }
            _ => {
                let text = |this: &mut Self, key: &str| -> Option<String> {
                    let v = table.get(key)?;
                    match v.as_str() {
                        Some(s) => Some(s.to_string()),
                        None => {
                            this.push(
                                at,
                                Some(format!("{path}.{key}")),
                                ErrorKind::MalformedCondition(format!("`{key}` must be a string")),
                            );
                            None
                        }
                    }
                };
                let question = text(self, "answered").unwrap_or_default();
                let equals = text(self, "equals");
                let includes = text(self, "includes");
                let test = match (equals, includes) {
                    (Some(_), Some(_)) => {
                        self.push(
                            at,
                            Some(path.into()),
                            ErrorKind::MalformedCondition(
                                "use `equals` or `includes`, not both".into(),
                            ),
                        );
                        Test::Any
                    }
                    (Some(v), None) => Test::Equals(v),
                    (None, Some(v)) => Test::Includes(v),
                    (None, None) => Test::Any,
                };
                Condition::Answered { question, test }
            }
        }
    }

    /// Checks that a condition names existing questions, with values they can take.
    fn condition_refs(&mut self, inst: &Instrument, at: At<'_>, path: &str, c: &Condition) {
        match c {
            Condition::All(items) | Condition::Any(items) => {
                let key = if matches!(c, Condition::All(_)) {
                    "all"
                } else {
                    "any"
                };
                for (i, item) in items.iter().enumerate() {
                    self.condition_refs(inst, at, &format!("{path}.{key}[{i}]"), item);
                }
            }
            Condition::Not(inner) => self.condition_refs(inst, at, &format!("{path}.not"), inner),
            Condition::Unless(inner) => {
                self.condition_refs(inst, at, &format!("{path}.unless"), inner)
            }
            Condition::Answered { question, test } => {
                let Some(q) = inst.question(question) else {
                    self.push(
                        at,
                        Some(format!("{path}.answered")),
                        ErrorKind::UnknownQuestion(question.clone()),
                    );
                    return;
                };
                let (value, name, ok_kind) = match test {
                    Test::Any => return,
                    Test::Equals(v) => (v, "equals", matches!(q.kind, QuestionKind::Single { .. })),
                    Test::Includes(v) => (
                        v,
                        "includes",
                        matches!(q.kind, QuestionKind::Multiple { .. }),
                    ),
                };
                if !ok_kind {
                    self.push(
                        at,
                        Some(format!("{path}.{name}")),
                        ErrorKind::TestNotApplicable {
                            question: question.clone(),
                            test: name,
                        },
                    );
                    return;
                }
                let known = q
                    .kind
                    .list()
                    .and_then(|l| inst.choice_list(l))
                    // A missing list is reported already.
                    .is_none_or(|l| l.values.contains(value));
                if !known {
                    self.push(
                        at,
                        Some(format!("{path}.{name}")),
                        ErrorKind::UnknownValue {
                            question: question.clone(),
                            value: value.clone(),
                        },
                    );
                }
            }
        }
    }

    /// Conditions may only look backwards: cycles and forward references are errors,
    /// because a question must never depend on one the worker has not reached yet.
    fn order_and_cycles(&mut self, inst: &Instrument, raw_sections: &[RawSection]) {
        // Edges: question -> questions its own condition names.
        let ids: Vec<&str> = inst.questions().map(|q| q.id.as_str()).collect();
        let pos: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let edges: Vec<Vec<usize>> = inst
            .questions()
            .map(|q| {
                q.relevant
                    .as_ref()
                    .map(|c| {
                        c.questions()
                            .iter()
                            .filter_map(|r| pos.get(r).copied())
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();

        let mut cycles: Vec<Vec<usize>> = Vec::new();
        let mut state = vec![0u8; ids.len()]; // 0 new, 1 on stack, 2 done
        let mut stack = Vec::new();
        for start in 0..ids.len() {
            if state[start] == 0 {
                find_cycles(start, &edges, &mut state, &mut stack, &mut cycles);
            }
        }
        let mut reported = BTreeSet::new();
        let mut in_cycle = BTreeSet::new();
        for cycle in &cycles {
            let mut key = cycle.clone();
            key.sort_unstable();
            key.dedup();
            if !reported.insert(key.clone()) {
                continue;
            }
            in_cycle.extend(key.iter().copied());
            let first = cycle[0];
            let mut names: Vec<String> = cycle.iter().map(|&i| ids[i].to_string()).collect();
            names.push(ids[first].to_string());
            let at = At {
                section: inst.section_of(ids[first]).map(|s| s.id.as_str()),
                question: Some(ids[first]),
            };
            self.push(
                at,
                Some("relevant".into()),
                ErrorKind::ConditionCycle(names),
            );
        }
        for (i, targets) in edges.iter().enumerate() {
            for &t in targets {
                if t >= i && !(in_cycle.contains(&i) && in_cycle.contains(&t)) {
                    let at = At {
                        section: inst.section_of(ids[i]).map(|s| s.id.as_str()),
                        question: Some(ids[i]),
                    };
                    self.push(
                        at,
                        Some("relevant".into()),
                        ErrorKind::ForwardReference(ids[t].to_string()),
                    );
                }
            }
        }
        // A section's condition must only name questions before the section.
        let mut first = 0;
        for (section, raw) in inst.sections.iter().zip(raw_sections) {
            if let Some(c) = &section.relevant {
                for r in c.questions() {
                    if pos.get(r).is_some_and(|&p| p >= first) {
                        let at = At {
                            section: raw.id.as_deref(),
                            question: None,
                        };
                        self.push(
                            at,
                            Some("relevant".into()),
                            ErrorKind::ForwardReference(r.to_string()),
                        );
                    }
                }
            }
            first += section.questions.len();
        }
    }

    fn message_ids(&mut self, inst: &Instrument) {
        let mut seen = BTreeSet::new();
        for id in messages::defining_message_ids(inst) {
            if !seen.insert(id.clone()) {
                self.push(At::default(), None, ErrorKind::DuplicateMessageId(id));
            }
        }
    }
}

/// Depth-first search that records every back edge as a cycle (path from the target).
fn find_cycles(
    node: usize,
    edges: &[Vec<usize>],
    state: &mut [u8],
    stack: &mut Vec<usize>,
    cycles: &mut Vec<Vec<usize>>,
) {
    state[node] = 1;
    stack.push(node);
    for &next in &edges[node] {
        match state[next] {
            0 => find_cycles(next, edges, state, stack, cycles),
            1 => {
                if let Some(from) = stack.iter().position(|&n| n == next) {
                    cycles.push(stack[from..].to_vec());
                }
            }
            _ => {}
        }
    }
    stack.pop();
    state[node] = 2;
}
