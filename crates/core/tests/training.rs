//! The shipped training scenarios, feedback against their references, and the
//! trainer's group summary.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_syntax::ast::Entry;
use trygg_core::answer::{check_answer, evaluate, Answer, Answers};
use trygg_core::instrument::{self, Instrument, Rule};
use trygg_core::progress::{progress, Stage};
use trygg_core::rules::identification::{score, DimensionStatus, IdentificationOutcome};
use trygg_core::training::feedback::{self, Agreement};
use trygg_core::training::summary::{
    summarise, IndicatorCount, ResultError, TrainingResult, RESULT_FORMAT, RESULT_KIND,
};
use trygg_core::training::{
    shipped, Reference, Scenario, ScenarioError, Text, SCENARIO_FORMAT, SCENARIO_KIND,
};

fn identification() -> Instrument {
    instrument::load(instrument::IDENTIFICATION_TOML).unwrap()
}

fn scenarios() -> Vec<Scenario> {
    shipped().expect("every shipped scenario loads")
}

fn scenario(id: &str) -> Scenario {
    scenarios()
        .into_iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no shipped scenario `{id}`"))
}

fn reference(s: &Scenario) -> &Reference {
    s.reference("identification")
        .unwrap_or_else(|| panic!("{}: no identification reference", s.id))
}

fn indicator_ids(i: &Instrument) -> Vec<String> {
    i.questions()
        .filter(|q| matches!(q.rule, Rule::Indicator { .. }))
        .map(|q| q.id.clone())
        .collect()
}

/// The reference answers with some changed: `(question, answer)`.
fn deviate(s: &Scenario, changes: &[(&str, Answer)]) -> Answers {
    let mut answers = reference(s).answers.clone();
    for (question, answer) in changes {
        assert!(
            answers.get(question).is_some(),
            "{}: {question} is not in the reference",
            s.id
        );
        answers.set(question, answer.clone());
    }
    answers
}

const IDS: [&str; 5] = [
    "job-abroad",
    "boyfriend",
    "debt",
    "below-threshold",
    "too-little",
];

// ---------------------------------------------------------------------------------
// The shipped scenarios are well formed.

#[test]
fn the_five_scenarios_ship_in_order_and_match_their_files() {
    let all = scenarios();
    let ids: Vec<&str> = all.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, IDS);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for s in &all {
        assert_eq!(s.kind, SCENARIO_KIND);
        assert_eq!(s.format, SCENARIO_FORMAT);
        assert_eq!(s.version, "1");
        assert_eq!(s.language, "en");
        assert!(
            (4..=7).contains(&s.story.len()),
            "{}: {} parts",
            s.id,
            s.story.len()
        );
        assert_eq!(s.references.len(), 1, "{}", s.id);
        // The file of that name is the one compiled in.
        let path = dir.join(format!("{}.trygg-scenario.json", s.id));
        let file = Scenario::from_json(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(&file, s);
        // Round trip through the writer.
        let again = Scenario::from_json(s.to_json().unwrap().as_bytes()).unwrap();
        assert_eq!(&again, s);
    }
    // Every scenario file in the folder is shipped.
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|name| name.ends_with(".trygg-scenario.json"))
        .collect();
    files.sort();
    let mut expected: Vec<String> = IDS
        .iter()
        .map(|id| format!("{id}.trygg-scenario.json"))
        .collect();
    expected.sort();
    assert_eq!(files, expected);
}

#[test]
fn reference_answers_are_valid_and_only_for_questions_that_are_asked() {
    let i = identification();
    for s in scenarios() {
        let r = reference(&s);
        assert_eq!(r.instrument, i.id);
        let eval = evaluate(&i, &r.answers);
        for (question, answer) in r.answers.iter() {
            check_answer(&i, question, answer)
                .unwrap_or_else(|e| panic!("{}: {question}: {e}", s.id));
            assert!(
                eval.is_relevant(question),
                "{}: {question} is answered but would not be asked",
                s.id
            );
        }
        // Every question that is asked has an answer ("don't know" counts).
        let p = progress(&i, &r.answers);
        assert_eq!(p.stage(), Stage::Complete, "{}: {:?}", s.id, p.total);
        assert!(score(&i, &r.answers).unwrap().ignored.is_empty());
    }
}

#[test]
fn every_indicator_has_an_explanation_and_nothing_else_does() {
    let i = identification();
    let indicators = indicator_ids(&i);
    for s in scenarios() {
        let r = reference(&s);
        let eval = evaluate(&i, &r.answers);
        for q in &indicators {
            let explanation = r.explanations.get(q);
            if eval.is_relevant(q) {
                assert!(explanation.is_some(), "{}: no explanation for {q}", s.id);
            }
            // Shipped scenarios also explain indicators that are not asked, for a
            // trainee who answers them anyway.
            assert_eq!(
                explanation,
                Some(&Text::Message(format!("scenario-{}-why-{q}", s.id))),
                "{}: {q}",
                s.id
            );
        }
        for q in r.explanations.keys() {
            assert!(
                indicators.contains(q),
                "{}: explanation for {q}, not an indicator",
                s.id
            );
        }
    }
}

fn training_ftl_ids() -> BTreeSet<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales/en/training.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut ids = BTreeSet::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            assert!(m.value.is_some(), "{} has no text", m.id.name);
            assert!(
                ids.insert(m.id.name.to_string()),
                "{} defined twice",
                m.id.name
            );
        }
    }
    ids
}

#[test]
fn every_message_a_scenario_uses_is_in_training_ftl_and_no_other() {
    let defined = training_ftl_ids();
    let mut used = BTreeSet::new();
    for s in scenarios() {
        let prefix = format!("scenario-{}-", s.id);
        for id in s.message_ids() {
            assert!(id.starts_with(&prefix), "{}: {id}", s.id);
            assert!(used.insert(id.to_string()), "{}: {id} used twice", s.id);
        }
        assert_eq!(s.title, Text::Message(format!("{prefix}title")));
        assert_eq!(s.summary, Text::Message(format!("{prefix}summary")));
        for (n, part) in s.story.iter().enumerate() {
            assert_eq!(part, &Text::Message(format!("{prefix}part-{}", n + 1)));
        }
    }
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "missing in training.ftl: {missing:#?}");
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "in training.ftl but not used: {unused:#?}"
    );
}

// ---------------------------------------------------------------------------------
// The references reach the conclusions the stories are written for.

#[test]
fn each_reference_reaches_its_stated_outcome() {
    use DimensionStatus::{CouldBeMet, Met, NotMet};
    use IdentificationOutcome::*;
    let i = identification();
    let expected = [
        (
            "job-abroad",
            SupportsReasonableGrounds,
            [Met, NotMet, Met, Met, Met, Met],
        ),
        (
            "boyfriend",
            SupportsReasonableGrounds,
            [Met, NotMet, Met, Met, Met, Met],
        ),
        (
            "debt",
            SupportsReasonableGrounds,
            [Met, CouldBeMet, Met, Met, Met, Met],
        ),
        (
            "below-threshold",
            DoesNotYetSupport,
            [NotMet, NotMet, CouldBeMet, NotMet, NotMet, NotMet],
        ),
        ("too-little", InsufficientInformation, [CouldBeMet; 6]),
    ];
    for (id, outcome, dimensions) in expected {
        let result = score(&i, &reference(&scenario(id)).answers).unwrap();
        assert_eq!(result.outcome, outcome, "{id}");
        let statuses: Vec<_> = result.dimensions.iter().map(|d| d.status).collect();
        assert_eq!(statuses, dimensions, "{id}");
    }
}

#[test]
fn below_threshold_is_not_met_even_if_every_unknown_were_yes() {
    // The conclusion does not rest on missing answers: exploitation (4) and both
    // destination dimensions (5, 6) stay unmet with every unknown indicator present.
    let i = identification();
    let s = scenario("below-threshold");
    let mut answers = reference(&s).answers.clone();
    for (q, a) in reference(&s).answers.iter() {
        if *a == Answer::DontKnow {
            answers.set(q, Answer::yes());
        }
    }
    let result = score(&i, &answers).unwrap();
    assert_eq!(result.outcome, IdentificationOutcome::DoesNotYetSupport);
    assert_eq!(result.dimensions[3].status, DimensionStatus::NotMet);
    assert_eq!(result.dimensions[4].status, DimensionStatus::NotMet);
    assert_eq!(result.dimensions[5].status, DimensionStatus::NotMet);
}

#[test]
fn too_little_has_mostly_unknown_answers() {
    let i = identification();
    let result = score(&i, &reference(&scenario("too-little")).answers).unwrap();
    assert_eq!(result.unknown_count, 54);
    assert_eq!(result.declined_count, 1);
}

// ---------------------------------------------------------------------------------
// Feedback.

#[test]
fn answering_exactly_the_reference_agrees_fully() {
    let i = identification();
    for s in scenarios() {
        let r = reference(&s);
        let fb = feedback::identification(&i, r, &r.answers).unwrap();
        let compared = if s.id == "below-threshold" { 54 } else { 59 };
        assert_eq!(fb.indicators.len(), compared, "{}", s.id);
        assert!(
            fb.indicators
                .iter()
                .all(|x| x.agreement == Agreement::Matched),
            "{}",
            s.id
        );
        assert!(fb.conclusion_agrees(), "{}", s.id);
        assert_eq!(fb.agreement_percent(), 100, "{}", s.id);
        assert!(fb.dimensions.iter().all(|d| d.agrees()), "{}", s.id);
        for x in &fb.indicators {
            assert_eq!(
                x.explanation,
                Some(Text::Message(format!(
                    "scenario-{}-why-{}",
                    s.id, x.question
                )))
            );
        }
    }
}

/// Per scenario: two indicators the reference sees answered "no", one it does not see
/// answered "yes", one it sees answered "don't know".
struct Deviation {
    scenario: &'static str,
    missed: [&'static str; 2],
    over_called: &'static str,
    unknown: &'static str,
    outcome: IdentificationOutcome,
}

const DEVIATIONS: [Deviation; 5] = [
    Deviation {
        scenario: "job-abroad",
        missed: ["deceived-about-work", "papers-taken"],
        over_called: "violence-at-destination",
        unknown: "excessive-hours",
        outcome: IdentificationOutcome::SupportsReasonableGrounds,
    },
    Deviation {
        scenario: "boyfriend",
        missed: [
            "false-promise-of-relationship",
            "emotional-dependency-before",
        ],
        over_called: "papers-taken",
        unknown: "violence-at-destination",
        outcome: IdentificationOutcome::SupportsReasonableGrounds,
    },
    Deviation {
        scenario: "debt",
        missed: ["deceived-about-journey", "debt-bondage"],
        over_called: "deceived-about-work",
        unknown: "papers-taken",
        outcome: IdentificationOutcome::SupportsReasonableGrounds,
    },
    Deviation {
        scenario: "below-threshold",
        missed: ["hard-family-situation", "dangerous-conditions"],
        over_called: "debt-bondage",
        unknown: "economic-hardship-now",
        outcome: IdentificationOutcome::DoesNotYetSupport,
    },
    Deviation {
        scenario: "too-little",
        missed: ["excessive-hours", "controlled-by-others"],
        over_called: "papers-taken",
        unknown: "isolated-in-unknown-place",
        // Without its only present indicators, exploitation could still be met.
        outcome: IdentificationOutcome::InsufficientInformation,
    },
];

#[test]
fn known_deviations_give_exactly_the_expected_lists() {
    let i = identification();
    for d in DEVIATIONS {
        let s = scenario(d.scenario);
        let answers = deviate(
            &s,
            &[
                (d.missed[0], Answer::no()),
                (d.missed[1], Answer::no()),
                (d.over_called, Answer::yes()),
                (d.unknown, Answer::DontKnow),
            ],
        );
        let fb = feedback::identification(&i, reference(&s), &answers).unwrap();
        let list = |a: Agreement| fb.with(a).map(|x| x.question.as_str()).collect::<Vec<_>>();
        assert_eq!(list(Agreement::Missed), d.missed, "{}", d.scenario);
        assert_eq!(
            list(Agreement::OverCalled),
            [d.over_called],
            "{}",
            d.scenario
        );
        assert_eq!(list(Agreement::Unknown), [d.unknown], "{}", d.scenario);
        assert_eq!(fb.matched(), fb.indicators.len() - 4, "{}", d.scenario);
        assert_eq!(fb.trainee_outcome, d.outcome, "{}", d.scenario);
        // The explanation comes with each one, to show why.
        for x in fb
            .indicators
            .iter()
            .filter(|x| x.agreement != Agreement::Matched)
        {
            assert_eq!(
                x.explanation,
                Some(Text::Message(format!(
                    "scenario-{}-why-{}",
                    d.scenario, x.question
                )))
            );
        }
    }
}

#[test]
fn a_trainee_who_thinks_she_came_from_abroad_is_shown_what_does_not_apply() {
    // Sanna grew up in the country. A trainee who answers that she came from abroad
    // sees the abroad-only questions; a "yes" there is over-called, a "no" is not
    // compared (the reference does not ask it either).
    let i = identification();
    let s = scenario("below-threshold");
    let answers = deviate(&s, &[("came-from-abroad", Answer::yes())]);
    let mut answers = answers;
    answers.set("deceived-about-papers", Answer::yes());
    answers.set("irregular-status-before", Answer::no());
    let fb = feedback::identification(&i, reference(&s), &answers).unwrap();
    let over: Vec<_> = fb
        .with(Agreement::OverCalled)
        .map(|x| x.question.as_str())
        .collect();
    assert_eq!(over, ["deceived-about-papers"]);
    assert_eq!(fb.indicators.len(), 55);
    assert!(fb.conclusion_agrees());
    let x = fb.with(Agreement::OverCalled).next().unwrap();
    assert_eq!(
        x.explanation,
        Some(Text::Message(
            "scenario-below-threshold-why-deceived-about-papers".into()
        ))
    );
}

// ---------------------------------------------------------------------------------
// Result files and the group summary.

fn result(s: &Scenario, nickname: &str, answers: Answers) -> TrainingResult {
    TrainingResult::new(s, "identification", nickname, answers, 1_700_000_000_000)
}

/// Three trainees on the debt scenario: one as the reference, two with known changes.
fn debt_results() -> (Scenario, Vec<TrainingResult>) {
    let s = scenario("debt");
    let exact = reference(&s).answers.clone();
    let second = deviate(
        &s,
        &[
            ("debt-bondage", Answer::no()),
            ("deceived-about-journey", Answer::no()),
            ("threats-at-destination", Answer::no()),
            ("deceived-about-work", Answer::yes()),
            ("papers-taken", Answer::DontKnow),
        ],
    );
    // Sees too little exploitation: the conclusion becomes "insufficient information".
    let third = deviate(
        &s,
        &[
            ("debt-bondage", Answer::no()),
            ("excessive-hours", Answer::no()),
            ("little-or-no-pay", Answer::no()),
            ("pay-manipulated", Answer::no()),
            ("depends-on-exploiters", Answer::no()),
            ("deceived-about-work", Answer::yes()),
            ("violence-at-destination", Answer::yes()),
        ],
    );
    let results = vec![
        result(&s, "Birch", exact),
        result(&s, "Rowan", second),
        result(&s, "", third),
    ];
    (s, results)
}

fn counts(list: &[(&str, usize)]) -> Vec<IndicatorCount> {
    list.iter()
        .map(|(question, count)| IndicatorCount {
            question: question.to_string(),
            count: *count,
        })
        .collect()
}

#[test]
fn a_group_summary_counts_conclusions_misses_and_dimensions() {
    let i = identification();
    let (_, results) = debt_results();
    let (summaries, errors) = summarise(&i, &scenarios(), &results);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(summaries.len(), 1);
    let sum = &summaries[0];
    assert_eq!(sum.scenario, "debt");
    assert_eq!(sum.trainees, 3);
    assert_eq!(sum.conclusion_agreeing, 2);
    // Most often first; ties in asking order.
    assert_eq!(
        sum.most_missed,
        counts(&[
            ("debt-bondage", 2),
            ("deceived-about-journey", 1),
            ("excessive-hours", 1),
            ("little-or-no-pay", 1),
            ("pay-manipulated", 1),
            ("threats-at-destination", 1),
            ("depends-on-exploiters", 1),
        ])
    );
    assert_eq!(
        sum.most_over_called,
        counts(&[("deceived-about-work", 2), ("violence-at-destination", 1)])
    );
    let dimensions: Vec<(&str, usize)> = sum
        .dimensions
        .iter()
        .map(|d| (d.id.as_str(), d.agreeing))
        .collect();
    assert_eq!(
        dimensions,
        [
            ("deceptive-recruitment", 3),
            ("coercive-recruitment", 3),
            ("vulnerability-recruitment", 3),
            ("exploitation", 2),
            ("coercion-destination", 3),
            ("vulnerability-destination", 3),
        ]
    );
    // 100 %, 54 of 59 (92 %) and 52 of 59 (88 %): 93 % on average.
    assert_eq!(sum.mean_agreement_percent, 93);
}

#[test]
fn a_result_for_an_unknown_scenario_is_reported_not_dropped() {
    let i = identification();
    let (_, mut results) = debt_results();
    let mut stray = results[0].clone();
    stray.scenario = "a-scenario-nobody-loaded".into();
    results.insert(1, stray);
    let (summaries, errors) = summarise(&i, &scenarios(), &results);
    assert_eq!(
        errors,
        [ResultError::UnknownScenario(
            "a-scenario-nobody-loaded".into()
        )]
    );
    assert_eq!(summaries.len(), 1);
    assert_eq!(summaries[0].trainees, 3);
}

#[test]
fn a_result_for_another_instrument_is_reported_not_scored() {
    let i = identification();
    let (s, mut results) = debt_results();
    results.push(TrainingResult::new(&s, "needs", "", Answers::new(), 0));
    let (summaries, errors) = summarise(&i, &scenarios(), &results);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(errors[0], ResultError::Invalid(_)), "{errors:?}");
    assert_eq!(summaries[0].trainees, 3);
}

#[test]
fn summaries_come_one_per_scenario_in_the_order_first_seen() {
    let i = identification();
    let (_, debt) = debt_results();
    let too_little = scenario("too-little");
    let mut results = vec![result(
        &too_little,
        "Alder",
        reference(&too_little).answers.clone(),
    )];
    results.extend(debt);
    let (summaries, errors) = summarise(&i, &scenarios(), &results);
    assert!(errors.is_empty());
    let order: Vec<_> = summaries
        .iter()
        .map(|s| (s.scenario.as_str(), s.trainees))
        .collect();
    assert_eq!(order, [("too-little", 1), ("debt", 3)]);
    assert_eq!(summaries[0].conclusion_agreeing, 1);
    assert_eq!(summaries[0].mean_agreement_percent, 100);
}

#[test]
fn a_training_result_survives_a_json_round_trip() {
    let (_, results) = debt_results();
    for r in &results {
        let json = r.to_json().unwrap();
        assert_eq!(&TrainingResult::from_json(json.as_bytes()).unwrap(), r);
    }
    assert_eq!(results[0].kind, RESULT_KIND);
    assert_eq!(results[0].format, RESULT_FORMAT);
    assert_eq!(results[0].scenario_version, "1");
    assert_eq!(results[0].nickname.as_deref(), Some("Birch"));
    // No nickname is stored as none, and not written at all.
    assert_eq!(results[2].nickname, None);
    assert!(!results[2].to_json().unwrap().contains("nickname"));
    // The answers are in the documented form.
    let json: serde_json::Value = serde_json::from_str(&results[1].to_json().unwrap()).unwrap();
    assert_eq!(
        json["answers"]["debt-bondage"],
        serde_json::json!({"state": "answered", "value": {"choice": "no"}})
    );
    assert_eq!(
        json["answers"]["papers-taken"],
        serde_json::json!({"state": "dont-know"})
    );
}

#[test]
fn files_of_another_kind_or_a_newer_format_are_refused() {
    let (_, results) = debt_results();
    let good: serde_json::Value = serde_json::from_str(&results[0].to_json().unwrap()).unwrap();

    let mut other_kind = good.clone();
    other_kind["kind"] = "trygg-scenario".into();
    assert_eq!(
        TrainingResult::from_json(other_kind.to_string().as_bytes()),
        Err(ResultError::NotResult)
    );
    let mut newer = good.clone();
    newer["format"] = (RESULT_FORMAT + 1).into();
    assert_eq!(
        TrainingResult::from_json(newer.to_string().as_bytes()),
        Err(ResultError::TooNew {
            found: u64::from(RESULT_FORMAT + 1),
            supported: RESULT_FORMAT
        })
    );
    assert_eq!(
        TrainingResult::from_json(b"not json"),
        Err(ResultError::NotResult)
    );
    let mut damaged = good.clone();
    damaged["answers"] = "yes".into();
    assert!(matches!(
        TrainingResult::from_json(damaged.to_string().as_bytes()),
        Err(ResultError::Invalid(_))
    ));
    // A scenario is not a result, and a result is not a scenario.
    let s = scenario("debt");
    assert_eq!(
        TrainingResult::from_json(s.to_json().unwrap().as_bytes()),
        Err(ResultError::NotResult)
    );
    assert!(matches!(
        Scenario::from_json(results[0].to_json().unwrap().as_bytes()),
        Err(ScenarioError::NotScenario)
    ));
    let mut newer_scenario: serde_json::Value =
        serde_json::from_str(&s.to_json().unwrap()).unwrap();
    newer_scenario["format"] = (SCENARIO_FORMAT + 1).into();
    assert!(matches!(
        Scenario::from_json(newer_scenario.to_string().as_bytes()),
        Err(ScenarioError::TooNew { found, supported: SCENARIO_FORMAT }) if found == u64::from(SCENARIO_FORMAT + 1)
    ));
    let mut unknown_field: serde_json::Value = serde_json::from_str(&s.to_json().unwrap()).unwrap();
    unknown_field["author"] = "someone".into();
    assert!(matches!(
        Scenario::from_json(unknown_field.to_string().as_bytes()),
        Err(ScenarioError::Invalid(_))
    ));
}

#[test]
fn a_trainers_own_text_scenario_loads_and_is_compared_the_same_way() {
    // The format FORMAT.md documents, with the trainer's own words instead of messages.
    let json = r#"{
      "kind": "trygg-scenario",
      "format": 1,
      "id": "my-own",
      "version": "2",
      "language": "sv",
      "title": {"text": "Ett eget fall"},
      "summary": {"text": "Kort."},
      "story": [{"text": "Del ett."}, {"text": "Del två."}],
      "references": [{
        "instrument": "identification",
        "answers": {
          "came-from-abroad": {"state": "answered", "value": {"choice": "yes"}},
          "papers-taken": {"state": "answered", "value": {"choice": "yes"}},
          "debt-bondage": {"state": "declined"}
        },
        "explanations": {"papers-taken": {"text": "Passet togs."}}
      }]
    }"#;
    let s = Scenario::from_json(json.as_bytes()).unwrap();
    assert!(s.message_ids().is_empty());
    assert_eq!(s.story[1], Text::Text("Del två.".into()));
    let i = identification();
    let trainee = Answers::from([("papers-taken", Answer::no())]);
    let fb = feedback::identification(&i, reference(&s), &trainee).unwrap();
    let missed: Vec<_> = fb.with(Agreement::Missed).collect();
    assert_eq!(missed.len(), 1);
    assert_eq!(
        missed[0].explanation,
        Some(Text::Text("Passet togs.".into()))
    );
}
