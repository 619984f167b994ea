//! The shipped instrument files load, validate and hold what the issue asks for.

use std::collections::BTreeSet;
use std::path::Path;

use trygg_core::instrument::{
    self, ErrorKind, Instrument, RiskCategory, Rule, RulesKind, Strength,
};

fn load(text: &str) -> Instrument {
    instrument::load(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn all_three_load_and_say_they_are_defaults_to_review() {
    let all = instrument::shipped().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<_> = all.iter().map(|i| (i.id.as_str(), i.rules)).collect();
    assert_eq!(
        ids,
        [
            ("identification", RulesKind::Identification),
            ("needs", RulesKind::Needs),
            ("risk", RulesKind::Risk)
        ]
    );
    for i in &all {
        assert!(!i.version.is_empty());
        assert!(i.sources.len() >= 2, "{}", i.id);
        assert!(i.review_note.contains("review"), "{}", i.id);
        assert!(!i.unverified.is_empty(), "{}", i.id);
    }
}

#[test]
fn identification_covers_all_six_dimensions_with_forty_indicators() {
    let i = load(instrument::IDENTIFICATION_TOML);
    let indicators: Vec<(u8, Strength, &str)> = i
        .questions()
        .filter_map(|q| match q.rule {
            Rule::Indicator {
                dimension,
                strength,
            } => Some((dimension, strength, q.id.as_str())),
            _ => None,
        })
        .collect();
    assert!(indicators.len() >= 40, "{}", indicators.len());
    let dims: BTreeSet<u8> = indicators.iter().map(|(d, _, _)| *d).collect();
    assert_eq!(dims, (1..=6).collect());
    let strength = |id: &str| indicators.iter().find(|(_, _, q)| *q == id).map(|x| x.1);
    // Sexual-exploitation list (unverified, recorded in the file).
    assert_eq!(strength("forced-clients-or-acts"), Some(Strength::Strong));
    assert!(!indicators
        .iter()
        .any(|(d, s, _)| *d == 4 && *s == Strength::Strong));
    assert!(i
        .unverified
        .iter()
        .any(|u| u.contains("forced-clients-or-acts")));
    // Dimensions 3 and 6 have no strong indicator in the source either.
    assert!(!indicators
        .iter()
        .any(|(d, s, _)| (*d == 3 || *d == 6) && *s == Strength::Strong));
}

#[test]
fn needs_covers_every_care_domain() {
    let i = load(instrument::NEEDS_TOML);
    let config = i.needs().unwrap();
    let domains: BTreeSet<&str> = config.domains.iter().map(|d| d.id.as_str()).collect();
    for d in [
        "safety",
        "shelter",
        "medical",
        "psychological",
        "legal-advice",
        "residence",
        "social-support",
        "financial",
        "interpretation",
        "training-work",
        "integration",
        "return",
        "support-person",
        "authorities",
        "family",
        "substance-use",
    ] {
        assert!(domains.contains(d), "{d}");
        let items = i
            .questions()
            .filter(|q| matches!(&q.rule, Rule::Need { domain, .. } if domain == d))
            .count();
        assert!(items >= 1, "no need item in domain {d}");
    }
    assert!(i.question("reflection-period").is_some());
}

#[test]
fn risk_has_enough_items_in_each_category_and_the_return_check() {
    let i = load(instrument::RISK_TOML);
    let count = |c: RiskCategory| {
        i.questions()
            .filter(|q| matches!(q.rule, Rule::Risk { category, .. } if category == c))
            .count()
    };
    assert!(count(RiskCategory::ImmediateDanger) >= 8);
    assert!(count(RiskCategory::ReTrafficking) >= 10);
    assert!(count(RiskCategory::Protective) >= 4);
    let conditions: Vec<&str> = i
        .risk()
        .unwrap()
        .return_check
        .conditions
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        conditions,
        [
            "voluntary",
            "receiving-service",
            "risk-assessed",
            "needs-assessed",
            "financed",
            "financial-assistance"
        ]
    );
}

#[test]
fn every_question_can_be_shown_and_marks_who_answers() {
    for i in instrument::shipped().unwrap() {
        for q in i.questions() {
            // Interview or observation is required by the loader; message ids are valid.
            let id = instrument::messages::question(&i, &q.id);
            assert!(id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }
}

/// The app reads `instruments/shipped.json` instead of the TOML files: it must be what
/// the TOML files make. `TRYGG_WRITE_SHIPPED=1` writes it (so does `cargo xtask build`).
#[test]
fn the_apps_json_is_made_from_the_toml_files() {
    let json = instrument::shipped_json().unwrap_or_else(|e| panic!("{e}"));
    if std::env::var_os("TRYGG_WRITE_SHIPPED").is_some() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("instruments/shipped.json");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(json.as_str()) {
            std::fs::write(&path, &json).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        }
        return;
    }
    assert!(
        instrument::SHIPPED_JSON == json,
        "{} is not made from the current TOML files: regenerate it with \
         `TRYGG_WRITE_SHIPPED=1 cargo test -p trygg-core --test shipped` \
         (or `cargo xtask build`), and commit it",
        instrument::SHIPPED_JSON_PATH
    );
}

#[test]
fn the_json_the_app_reads_holds_the_same_instruments_as_the_toml_files() {
    let from_json =
        instrument::from_json(instrument::SHIPPED_JSON).unwrap_or_else(|e| panic!("{e}"));
    let from_toml = instrument::shipped().unwrap_or_else(|e| panic!("{e}"));
    // `PartialEq` includes the question index, which deserialising rebuilds.
    assert_eq!(from_json, from_toml);
    for i in &from_json {
        for (position, q) in i.questions().enumerate() {
            assert_eq!(i.position(&q.id), Some(position), "{}", q.id);
            assert_eq!(i.question(&q.id), Some(q));
        }
    }
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    for text in ["", "{", "[{\"id\": 1}]", "[]x"] {
        let errors = instrument::from_json(text).expect_err(text);
        assert!(
            matches!(errors.0.as_slice(), [e] if matches!(e.kind, ErrorKind::Json(_))),
            "{errors}"
        );
    }
}
