//! `docs/export.schema.json` describes what Trygg writes: real exports (every answer
//! state and value type, consents, raised and rejected risk levels, notes, an unknown
//! instrument, an empty case) validate against it, and broken ones do not.

mod common;

use common::*;
use serde_json::{json, Value};
use trygg_core::case::{Assessment, Case, ConsentDecision, ConsentPurpose, ConsentRecord};
use trygg_core::code::{CaseCode, CaseId};
use trygg_core::export::{ExportDocument, ExportedCase};
use trygg_core::rules::{RiskLevel, RiskOverride};

const SCHEMA: &str = include_str!("../../../docs/export.schema.json");

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("the schema is not a valid draft 2020-12 schema: {error}");
    }
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{error} (at {})", error.instance_path()))
        .collect()
}

/// Exports as varied as Trygg writes them.
fn varied_documents() -> Vec<ExportDocument> {
    let instruments = instruments();
    let exported = |case: Case| ExportedCase::new(case, &instruments);

    // Risk levels raised, and overrides that were not applied (lower; no reason).
    let mut rejected = sample_case();
    rejected.id = CaseId::from_random_bytes([2; 16]);
    rejected.assessments[2].risk_override = Some(RiskOverride {
        level: RiskLevel::Low,
        reason: "lower, which is never applied".into(),
    });
    let mut unreasoned = sample_case();
    unreasoned.id = CaseId::from_random_bytes([3; 16]);
    unreasoned.assessments[2].risk_override = Some(RiskOverride {
        level: RiskLevel::High,
        reason: "  ".into(),
    });
    unreasoned.assessments[2].answers.0.clear();

    // A case with nothing in it yet, consent withdrawn.
    let mut empty = Case::new(
        CaseId::from_random_bytes([4; 16]),
        CaseCode::from_random_bytes([4; 8]),
        NOW - 1_000,
    );
    empty.record_consent(ConsentRecord {
        purpose: ConsentPurpose::AgreementToShareData,
        decision: ConsentDecision::Withdrawn,
        at: NOW - 500,
        recorded_by: "case-manager".into(),
    });

    // An assessment with an instrument this Trygg does not know: no result.
    let mut unknown = sample_case();
    unknown.id = CaseId::from_random_bytes([5; 16]);
    let mut quiz = Assessment::new(&instruments[0], NOW - 100, "en", "en");
    quiz.instrument = "training-quiz".into();
    unknown.assessments.push(quiz);

    let mut fictional: Vec<ExportedCase> = (0..12)
        .map(|seed| {
            exported(trygg_core::export::example::example_case(
                &instruments,
                seed,
                NOW,
            ))
        })
        .collect();
    fictional.insert(0, exported(sample_case()));
    vec![
        ExportDocument::new("0.1.0", NOW, fictional),
        ExportDocument::new(
            "0.1.0",
            NOW,
            vec![
                exported(odd_case()),
                exported(rejected),
                exported(unreasoned),
                exported(empty),
                exported(unknown),
            ],
        ),
        ExportDocument::new("0.1.0", NOW, vec![]),
    ]
}

#[test]
fn real_exports_match_the_schema() {
    let validator = validator();
    let documents = varied_documents();
    let mut seen = std::collections::BTreeSet::new();
    for document in &documents {
        let json: Value = serde_json::from_slice(&document.to_json().unwrap()).unwrap();
        let problems = errors(&validator, &json);
        assert!(problems.is_empty(), "{problems:#?}");
        collect_shapes(&json, &mut seen);
    }
    // The documents really do exercise every variant the schema describes.
    for shape in [
        "state:answered",
        "state:dont-know",
        "state:declined",
        "value:choice",
        "value:choices",
        "value:text",
        "value:number",
        "value:date",
        "value:need",
        "rules:identification",
        "rules:needs",
        "rules:risk",
        "override:none",
        "override:raised",
        "override:rejected",
        "error:not-higher",
        "error:missing-reason",
        "decision:given",
        "decision:declined",
        "decision:withdrawn",
        "unknown:invalid",
        "unknown:dont-know",
        "unknown:declined",
        "no-result",
    ] {
        assert!(seen.contains(shape), "no example of {shape}");
    }
}

fn collect_shapes(value: &Value, seen: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for key in ["state", "rules", "override", "error", "decision", "unknown"] {
                if let Some(Value::String(tag)) = map.get(key) {
                    seen.insert(format!("{key}:{tag}"));
                }
            }
            if let Some(Value::Object(inner)) = map.get("value") {
                for key in inner.keys() {
                    seen.insert(format!("value:{key}"));
                }
            }
            if map.contains_key("instrument_version")
                && map.contains_key("instrument")
                && !map.contains_key("answers")
                && !map.contains_key("result")
            {
                seen.insert("no-result".into());
            }
            for child in map.values() {
                collect_shapes(child, seen);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_shapes(item, seen)),
        _ => {}
    }
}

/// A way to break a good export.
type Change = Box<dyn Fn(&mut Value)>;

#[test]
fn broken_exports_do_not_match() {
    let validator = validator();
    let good: Value = serde_json::from_slice(&document(1).to_json().unwrap()).unwrap();
    let changes: Vec<(&str, Change)> = vec![
        ("another kind", Box::new(|j| j["kind"] = json!("other"))),
        ("a newer format", Box::new(|j| j["format"] = json!(2))),
        (
            "no cases",
            Box::new(|j| drop(j.as_object_mut().unwrap().remove("cases"))),
        ),
        (
            "an unknown field",
            Box::new(|j| j["cases"][0]["case"]["name"] = json!("Anna")),
        ),
        (
            "a lower-case code",
            Box::new(|j| j["cases"][0]["case"]["code"] = json!("k7m-4qx")),
        ),
        (
            "an unknown status",
            Box::new(|j| j["cases"][0]["case"]["status"] = json!("Lost")),
        ),
        (
            "an unknown answer state",
            Box::new(|j| {
                j["cases"][0]["case"]["assessments"][0]["answers"]["debt-bondage"] =
                    json!({"state": "maybe"})
            }),
        ),
        (
            "a value with two types",
            Box::new(|j| {
                j["cases"][0]["case"]["assessments"][0]["answers"]["debt-bondage"] =
                    json!({"state": "answered", "value": {"choice": "yes", "text": "no"}})
            }),
        ),
        (
            "a need without a status",
            Box::new(|j| {
                j["cases"][0]["case"]["assessments"][1]["answers"]["place-tonight"]["value"]
                    ["need"] = json!({"urgency": "immediate"})
            }),
        ),
        (
            "a time as text",
            Box::new(|j| j["exported_at"] = json!("2026-01-05T10:00:00Z")),
        ),
        (
            "an unknown risk level",
            Box::new(|j| j["cases"][0]["results"][2]["result"]["level"] = json!("severe")),
        ),
        (
            "a consent without its role",
            Box::new(|j| {
                drop(
                    j["cases"][0]["case"]["consents"][0]
                        .as_object_mut()
                        .unwrap()
                        .remove("recorded_by"),
                )
            }),
        ),
    ];
    assert!(errors(&validator, &good).is_empty());
    for (what, change) in changes {
        let mut broken = good.clone();
        change(&mut broken);
        assert!(
            !errors(&validator, &broken).is_empty(),
            "the schema accepts {what}"
        );
    }
}
