//! Broken definitions: every problem is reported, each with its kind and location.

use trygg_core::instrument::{self, DefinitionErrors, ErrorKind, Instrument};

const IDENT: &str = r#"
id = "mini"
version = "1"
rules = "identification"
sources = ["a test"]
review_note = "defaults to review"

[[choices]]
id = "yes-no"
values = ["yes", "no"]
common = true

[identification]
present = "yes"
combination = [[1], [2]]

[[identification.dimensions]]
number = 1
id = "one"

[[identification.dimensions]]
number = 2
id = "two"

[[identification.met_when]]
all = [{ at_least = 1, of = ["strong"] }]

[[sections]]
id = "s"

[[sections.questions]]
id = "a"
kind = "single"
choices = "yes-no"
asked = "interview"
dimension = 1
strength = "strong"

[[sections.questions]]
id = "b"
kind = "single"
choices = "yes-no"
asked = "interview"
dimension = 2
strength = "strong"
"#;

const NEEDS: &str = r#"
id = "mini-needs"
version = "1"
rules = "needs"
sources = ["a test"]
review_note = "defaults to review"

[needs]
services = ["shelter"]

[[needs.domains]]
id = "housing"
services = ["shelter"]

[[sections]]
id = "s"

[[sections.questions]]
id = "bed"
kind = "need"
asked = "interview"
domain = "housing"
"#;

const RISK: &str = r#"
id = "mini-risk"
version = "1"
rules = "risk"
sources = ["a test"]
review_note = "defaults to review"

[[choices]]
id = "yes-no"
values = ["yes", "no"]
common = true

[risk]
present = "yes"
medium_at = 3
high_at = 6

[[risk.safety_plan]]
id = "numbers"

[risk.return]
considered = { answered = "considered", equals = "yes" }

[[risk.return.conditions]]
id = "voluntary"
holds = { answered = "wish", equals = "yes" }

[[sections]]
id = "s"

[[sections.questions]]
id = "danger"
kind = "single"
choices = "yes-no"
asked = "interview"
category = "immediate-danger"
weight = 3
red_flag = true

[[sections.questions]]
id = "considered"
kind = "single"
choices = "yes-no"
asked = "interview"
context = true

[[sections.questions]]
id = "wish"
kind = "single"
choices = "yes-no"
asked = "interview"
category = "return"
"#;

fn errors(text: &str) -> DefinitionErrors {
    match instrument::load(text) {
        Ok(_) => panic!("expected errors"),
        Err(e) => e,
    }
}

fn kinds(text: &str) -> Vec<ErrorKind> {
    errors(text).0.into_iter().map(|e| e.kind).collect()
}

fn ok(text: &str) -> Instrument {
    instrument::load(text).unwrap_or_else(|e| panic!("{e}"))
}

/// A yes/no indicator question in section `s`, with extra lines.
fn question(id: &str, extra: &str) -> String {
    format!(
        "\n[[sections.questions]]\nid = \"{id}\"\nkind = \"single\"\nchoices = \"yes-no\"\nasked = \"interview\"\ndimension = 1\nstrength = \"medium\"\n{extra}\n"
    )
}

#[test]
fn the_minimal_definitions_are_valid() {
    ok(IDENT);
    ok(NEEDS);
    ok(RISK);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = IDENT.replace("version = \"1\"", "version = ");
    match kinds(&text).as_slice() {
        [ErrorKind::Syntax { line, .. }] => assert_eq!(*line, 3),
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_ids() {
    let text = format!("{IDENT}{}", question("a", ""));
    assert!(kinds(&text).contains(&ErrorKind::DuplicateId("a".into())));
    // Sections and questions share one namespace (their message ids would collide).
    let text = format!("{IDENT}{}", question("s", ""));
    assert!(kinds(&text).contains(&ErrorKind::DuplicateId("s".into())));
}

#[test]
fn ids_must_be_fluent_identifiers() {
    let text = format!("{IDENT}{}", question("Bad_Id", ""));
    assert!(kinds(&text).contains(&ErrorKind::InvalidId("Bad_Id".into())));
}

#[test]
fn ids_that_would_share_a_message_id() {
    // Question `title` would be `mini-title`, the instrument's own title.
    let text = format!("{IDENT}{}", question("title", ""));
    assert_eq!(
        kinds(&text),
        vec![ErrorKind::DuplicateMessageId("mini-title".into())]
    );
}

#[test]
fn conditions_naming_unknown_questions_or_values() {
    let text = format!(
        "{IDENT}{}{}",
        question("c", r#"relevant = { answered = "nowhere" }"#),
        question(
            "d",
            r#"relevant = { any = [{ answered = "a", equals = "maybe" }] }"#
        ),
    );
    let errs = errors(&text);
    let unknown = errs
        .0
        .iter()
        .find(|e| e.kind == ErrorKind::UnknownQuestion("nowhere".into()))
        .expect("unknown question");
    assert_eq!(unknown.location.question.as_deref(), Some("c"));
    assert_eq!(unknown.location.section.as_deref(), Some("s"));
    assert_eq!(unknown.location.field.as_deref(), Some("relevant.answered"));
    let value = errs
        .0
        .iter()
        .find(|e| matches!(e.kind, ErrorKind::UnknownValue { .. }))
        .expect("unknown value");
    assert_eq!(value.location.question.as_deref(), Some("d"));
    assert_eq!(
        value.location.field.as_deref(),
        Some("relevant.any[0].equals")
    );
    assert_eq!(errs.0.len(), 2, "{errs}");
}

#[test]
fn tests_must_fit_the_question_kind() {
    let text = format!(
        "{IDENT}{}",
        question("c", r#"relevant = { answered = "a", includes = "yes" }"#)
    );
    assert_eq!(
        kinds(&text),
        vec![ErrorKind::TestNotApplicable {
            question: "a".into(),
            test: "includes"
        }]
    );
}

#[test]
fn malformed_conditions() {
    let text = format!(
        "{IDENT}{}{}{}",
        question("c", r#"relevant = { whenever = "a" }"#),
        question("d", r#"relevant = { all = [] }"#),
        question(
            "e",
            r#"relevant = { answered = "a", equals = "yes", includes = "no" }"#
        ),
    );
    let k = kinds(&text);
    assert_eq!(
        k.iter()
            .filter(|k| matches!(k, ErrorKind::MalformedCondition(_)))
            .count(),
        3,
        "{k:?}"
    );
}

#[test]
fn cycles_between_conditions() {
    let text = format!(
        "{IDENT}{}{}",
        question("c", r#"relevant = { answered = "d", equals = "yes" }"#),
        question("d", r#"relevant = { not = { answered = "c" } }"#),
    );
    let k = kinds(&text);
    assert!(
        k.contains(&ErrorKind::ConditionCycle(vec![
            "c".into(),
            "d".into(),
            "c".into()
        ])),
        "{k:?}"
    );
    // The cycle is reported once, not again as a forward reference.
    assert_eq!(k.len(), 1, "{k:?}");

    let own = format!(
        "{IDENT}{}",
        question("c", r#"relevant = { answered = "c" }"#)
    );
    assert_eq!(
        kinds(&own),
        vec![ErrorKind::ConditionCycle(vec!["c".into(), "c".into()])]
    );
}

#[test]
fn forward_references() {
    let text = format!(
        "{IDENT}{}{}",
        question("c", r#"relevant = { answered = "d" }"#),
        question("d", ""),
    );
    assert_eq!(kinds(&text), vec![ErrorKind::ForwardReference("d".into())]);

    // A section's condition may only name questions before the section.
    let text = IDENT.replace(
        "[[sections]]\nid = \"s\"",
        "[[sections]]\nid = \"s\"\nrelevant = { answered = \"a\" }",
    );
    assert_eq!(kinds(&text), vec![ErrorKind::ForwardReference("a".into())]);
}

#[test]
fn missing_or_wrong_choice_lists() {
    let text = format!(
        "{IDENT}{}",
        question("c", "").replace("\"yes-no\"", "\"nope\"")
    );
    assert!(kinds(&text).contains(&ErrorKind::MissingChoiceList("nope".into())));
    let text = format!(
        "{IDENT}\n[[sections.questions]]\nid = \"c\"\nkind = \"single\"\nasked = \"interview\"\ncontext = true\n"
    );
    assert_eq!(kinds(&text), vec![ErrorKind::Missing("choices")]);
    let text = format!(
        "{IDENT}\n[[sections.questions]]\nid = \"c\"\nkind = \"text\"\nchoices = \"yes-no\"\nasked = \"interview\"\ncontext = true\n"
    );
    assert_eq!(kinds(&text), vec![ErrorKind::NotAllowed("choices".into())]);
}

#[test]
fn unknown_identification_metadata() {
    let text = format!(
        "{IDENT}{}{}{}",
        question("c", "").replace("dimension = 1", "dimension = 7"),
        question("d", "").replace("strength = \"medium\"\n", ""),
        question("e", "").replace("\"medium\"", "\"very\""),
    );
    let k = kinds(&text);
    assert!(k.contains(&ErrorKind::UnknownDimension(7)), "{k:?}");
    assert!(k.contains(&ErrorKind::Missing("strength")), "{k:?}");
    assert!(
        k.contains(&ErrorKind::UnknownStrength("very".into())),
        "{k:?}"
    );
    assert_eq!(k.len(), 3, "{k:?}");
}

#[test]
fn misspelt_keys_are_reported_not_ignored() {
    let text = format!("{IDENT}{}", question("c", "strenght = \"weak\""));
    assert_eq!(kinds(&text), vec![ErrorKind::UnknownKey("strenght".into())]);
}

#[test]
fn metadata_of_another_instrument_is_rejected() {
    let text = format!("{IDENT}{}", question("c", "weight = 3"));
    assert_eq!(kinds(&text), vec![ErrorKind::NotAllowed("weight".into())]);
}

#[test]
fn thresholds_where_weak_alone_would_meet_a_dimension() {
    let text = IDENT.replace(
        r#"all = [{ at_least = 1, of = ["strong"] }]"#,
        "all = [{ at_least = 1, of = [\"strong\"] }]\n\n[[identification.met_when]]\nall = [{ at_least = 3, of = [\"medium\", \"weak\"] }]",
    );
    assert_eq!(kinds(&text), vec![ErrorKind::WeakAloneMeetsDimension]);
}

#[test]
fn threshold_terms_must_not_overlap() {
    let text = IDENT.replace(
        r#"all = [{ at_least = 1, of = ["strong"] }]"#,
        r#"all = [{ at_least = 1, of = ["strong"] }, { at_least = 1, of = ["strong", "medium"] }]"#,
    );
    assert!(matches!(
        kinds(&text).as_slice(),
        [ErrorKind::InvalidThreshold(_)]
    ));
}

#[test]
fn combination_names_known_dimensions() {
    let text = IDENT.replace("combination = [[1], [2]]", "combination = [[1], [2, 9]]");
    assert_eq!(kinds(&text), vec![ErrorKind::UnknownDimension(9)]);
}

#[test]
fn every_dimension_needs_an_indicator() {
    let text = IDENT.replace("dimension = 2", "dimension = 1");
    assert_eq!(kinds(&text), vec![ErrorKind::DimensionWithoutIndicators(2)]);
}

#[test]
fn top_level_fields_are_required() {
    let text = IDENT
        .replace("version = \"1\"\n", "")
        .replace("sources = [\"a test\"]\n", "")
        .replace("review_note = \"defaults to review\"\n", "");
    let k = kinds(&text);
    for field in ["version", "sources", "review_note"] {
        assert!(k.contains(&ErrorKind::Missing(field)), "{field}: {k:?}");
    }
}

#[test]
fn unknown_needs_metadata() {
    let text = NEEDS
        .replace("domain = \"housing\"", "domain = \"housing\"\nservices = [\"taxi\"]")
        + "\n[[sections.questions]]\nid = \"job\"\nkind = \"need\"\nasked = \"interview\"\ndomain = \"work\"\n"
        + "\n[[sections.questions]]\nid = \"who\"\nkind = \"text\"\nasked = \"interview\"\ndomain = \"housing\"\n";
    let k = kinds(&text);
    assert!(
        k.contains(&ErrorKind::UnknownService("taxi".into())),
        "{k:?}"
    );
    assert!(
        k.contains(&ErrorKind::UnknownDomain("work".into())),
        "{k:?}"
    );
    assert!(
        k.contains(&ErrorKind::NotScorable("of kind `need`".into())),
        "{k:?}"
    );
    assert_eq!(k.len(), 3, "{k:?}");
}

#[test]
fn unknown_risk_metadata() {
    let text = RISK.to_string()
        + "\n[[sections.questions]]\nid = \"x\"\nkind = \"single\"\nchoices = \"yes-no\"\nasked = \"interview\"\ncategory = \"re-trafficking\"\n"
        + "\n[[sections.questions]]\nid = \"y\"\nkind = \"single\"\nchoices = \"yes-no\"\nasked = \"interview\"\ncategory = \"gossip\"\nweight = 1\n"
        + "\n[[sections.questions]]\nid = \"z\"\nkind = \"single\"\nchoices = \"yes-no\"\nasked = \"interview\"\ncategory = \"protective\"\nweight = 1\nred_flag = true\n"
        + "\n[[sections.questions]]\nid = \"w\"\nkind = \"single\"\nchoices = \"yes-no\"\nasked = \"interview\"\ncategory = \"re-trafficking\"\nweight = 500\n";
    let k = kinds(&text);
    assert!(k.contains(&ErrorKind::Missing("weight")), "{k:?}");
    assert!(
        k.contains(&ErrorKind::UnknownCategory("gossip".into())),
        "{k:?}"
    );
    assert!(
        k.contains(&ErrorKind::NotAllowed("red_flag".into())),
        "{k:?}"
    );
    assert!(k.contains(&ErrorKind::InvalidWeight(500)), "{k:?}");
    assert_eq!(k.len(), 4, "{k:?}");
}

#[test]
fn risk_thresholds_and_references() {
    let text = RISK
        .replace("medium_at = 3", "medium_at = 8")
        .replace("answered = \"wish\"", "answered = \"wishes\"")
        .replace(
            "id = \"numbers\"",
            "id = \"numbers\"\nmin_level = \"extreme\"",
        );
    let k = kinds(&text);
    assert!(
        k.iter()
            .any(|k| matches!(k, ErrorKind::InvalidThreshold(_))),
        "{k:?}"
    );
    assert!(
        k.contains(&ErrorKind::UnknownQuestion("wishes".into())),
        "{k:?}"
    );
    assert!(
        k.contains(&ErrorKind::UnknownLevel("extreme".into())),
        "{k:?}"
    );
    assert_eq!(k.len(), 3, "{k:?}");
}

#[test]
fn a_config_table_of_other_rules_is_rejected() {
    let text = format!("{IDENT}\n[needs]\nservices = []\n");
    assert!(kinds(&text).contains(&ErrorKind::NotAllowed("needs".into())));
}

#[test]
fn many_problems_are_reported_together_with_readable_locations() {
    let text = format!(
        "{IDENT}{}{}{}",
        question("a", ""),
        question("c", "").replace("dimension = 1", "dimension = 0"),
        question("d", r#"relevant = { answered = "nowhere" }"#),
    );
    let errs = errors(&text);
    assert_eq!(errs.0.len(), 3, "{errs}");
    let shown = errs.to_string();
    assert!(
        shown.contains("mini > section s > question c > dimension: dimension 0 does not exist"),
        "{shown}"
    );
}
