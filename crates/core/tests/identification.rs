//! Identification rules on the shipped instrument.

use trygg_core::answer::{Answer, Answers, StateKind, Value};
use trygg_core::instrument::{self, Instrument, Rule};
use trygg_core::rules::identification::{score, DimensionStatus, Finding, IdentificationOutcome};

fn shipped() -> Instrument {
    instrument::load(instrument::IDENTIFICATION_TOML).unwrap()
}

fn indicator_ids(i: &Instrument) -> Vec<String> {
    i.questions()
        .filter(|q| matches!(q.rule, Rule::Indicator { .. }))
        .map(|q| q.id.clone())
        .collect()
}

/// Every indicator "no", then the given ones "yes".
fn all_no_except(i: &Instrument, yes: &[&str]) -> Answers {
    let mut a = Answers::new();
    for id in indicator_ids(i) {
        a.set(&id, Answer::no());
    }
    for id in yes {
        assert!(i.question(id).is_some(), "{id}");
        a.set(id, Answer::yes());
    }
    a
}

const SUPPORTING: [&str; 7] = [
    "deceived-about-work",     // 1 strong
    "deceived-about-earnings", // 1 medium
    "excessive-hours",         // 4 medium
    "little-or-no-pay",        // 4 medium
    "pay-manipulated",         // 4 medium
    "papers-taken",            // 5 strong
    "debt-bondage",            // 5 strong
];

#[test]
fn nothing_answered_is_insufficient_information() {
    let i = shipped();
    let r = score(&i, &Answers::new()).unwrap();
    assert_eq!(r.outcome, IdentificationOutcome::InsufficientInformation);
    assert!(r
        .dimensions
        .iter()
        .all(|d| d.status == DimensionStatus::CouldBeMet));
    assert_eq!(r.unknown_count, indicator_ids(&i).len());
    assert_eq!(r.declined_count, 0);
}

#[test]
fn all_no_does_not_yet_support() {
    let i = shipped();
    let r = score(&i, &all_no_except(&i, &[])).unwrap();
    assert_eq!(r.outcome, IdentificationOutcome::DoesNotYetSupport);
    assert_eq!(r.unknown_count, 0);
}

#[test]
fn recruitment_exploitation_and_coercion_support_reasonable_grounds() {
    let i = shipped();
    let r = score(&i, &all_no_except(&i, &SUPPORTING)).unwrap();
    assert_eq!(r.outcome, IdentificationOutcome::SupportsReasonableGrounds);
    let status: Vec<_> = r.dimensions.iter().map(|d| d.status).collect();
    use DimensionStatus::*;
    assert_eq!(status, [Met, NotMet, NotMet, Met, Met, NotMet]);
    // The indicators behind each conclusion are listed.
    let d5: Vec<_> = r.dimensions[4]
        .present()
        .map(|f| f.question.as_str())
        .collect();
    assert_eq!(d5, ["papers-taken", "debt-bondage"]);
}

#[test]
fn one_missing_group_with_unknowns_is_insufficient_information() {
    let i = shipped();
    let mut a = all_no_except(&i, &SUPPORTING);
    // Dimension 5 and 6 no longer met, but one strong indicator of 5 is unknown again,
    // and with it and "violence" both unknown, 5 could still be met.
    a.set("papers-taken", Answer::no());
    a.set("debt-bondage", Answer::DontKnow);
    a.clear("violence-at-destination");
    let r = score(&i, &a).unwrap();
    assert_eq!(r.dimensions[4].status, DimensionStatus::CouldBeMet);
    assert_eq!(r.outcome, IdentificationOutcome::InsufficientInformation);
    assert_eq!(r.unknown_count, 2);
    let unknown: Vec<_> = r.dimensions[4].unknown().map(|f| f.finding).collect();
    assert_eq!(
        unknown,
        [
            Finding::Unknown(StateKind::DontKnow),
            Finding::Unknown(StateKind::NotAsked)
        ]
    );
}

#[test]
fn a_single_unknown_weak_indicator_cannot_rescue_a_dimension() {
    let i = shipped();
    let mut a = all_no_except(&i, &SUPPORTING);
    // Dimension 4 without its mediums; only the weak one unknown: cannot be met.
    for id in ["excessive-hours", "little-or-no-pay", "pay-manipulated"] {
        a.set(id, Answer::no());
    }
    a.clear("no-access-to-education");
    let r = score(&i, &a).unwrap();
    assert_eq!(r.dimensions[3].status, DimensionStatus::NotMet);
    assert_eq!(r.outcome, IdentificationOutcome::DoesNotYetSupport);
    assert_eq!(r.unknown_count, 1);
}

#[test]
fn thresholds_from_the_definition() {
    let i = shipped();
    let dim = |yes: &[&str]| {
        let r = score(&i, &all_no_except(&i, yes)).unwrap();
        r.dimensions[3].status
    };
    // Weak alone never.
    assert_eq!(dim(&["no-access-to-education"]), DimensionStatus::NotMet);
    // Two medium: not yet; two medium and one weak: met; three medium: met.
    assert_eq!(
        dim(&["excessive-hours", "little-or-no-pay"]),
        DimensionStatus::NotMet
    );
    assert_eq!(
        dim(&[
            "excessive-hours",
            "little-or-no-pay",
            "no-access-to-education"
        ]),
        DimensionStatus::Met
    );
    assert_eq!(
        dim(&[
            "excessive-hours",
            "little-or-no-pay",
            "poor-living-conditions"
        ]),
        DimensionStatus::Met
    );
    // One strong and one weak (dimension 5).
    let r = score(
        &i,
        &all_no_except(&i, &["papers-taken", "threat-to-tell-family"]),
    )
    .unwrap();
    assert_eq!(r.dimensions[4].status, DimensionStatus::Met);
    let r = score(&i, &all_no_except(&i, &["papers-taken"])).unwrap();
    assert_eq!(r.dimensions[4].status, DimensionStatus::NotMet);
}

#[test]
fn an_organisation_can_change_thresholds_and_combination_in_the_file() {
    let text = instrument::IDENTIFICATION_TOML
        .replace(
            "all = [{ at_least = 3, of = [\"medium\"] }]",
            "all = [{ at_least = 4, of = [\"medium\"] }]",
        )
        .replace(
            "combination = [[1, 2, 3], [4], [5, 6]]",
            "combination = [[4]]",
        );
    let i = instrument::load(&text).unwrap();
    let three = all_no_except(
        &i,
        &[
            "excessive-hours",
            "little-or-no-pay",
            "poor-living-conditions",
        ],
    );
    assert_eq!(
        score(&i, &three).unwrap().outcome,
        IdentificationOutcome::DoesNotYetSupport
    );
    let four = all_no_except(
        &i,
        &[
            "excessive-hours",
            "little-or-no-pay",
            "poor-living-conditions",
            "dangerous-conditions",
        ],
    );
    assert_eq!(
        score(&i, &four).unwrap().outcome,
        IdentificationOutcome::SupportsReasonableGrounds
    );
}

#[test]
fn declined_is_unknown_but_kept_distinct() {
    let i = shipped();
    let mut a = all_no_except(&i, &[]);
    a.set("forced-clients-or-acts", Answer::Declined);
    a.set("debt-bondage", Answer::DontKnow);
    let r = score(&i, &a).unwrap();
    assert_eq!(r.unknown_count, 2);
    assert_eq!(r.declined_count, 1);
    let findings: Vec<_> = r.dimensions[4]
        .unknown()
        .map(|f| (f.question.as_str(), f.finding))
        .collect();
    assert_eq!(
        findings,
        [
            ("debt-bondage", Finding::Unknown(StateKind::DontKnow)),
            (
                "forced-clients-or-acts",
                Finding::Unknown(StateKind::Declined)
            ),
        ]
    );
    // Two strong unknowns could meet dimension 5.
    assert_eq!(r.dimensions[4].status, DimensionStatus::CouldBeMet);
}

#[test]
fn questions_hidden_by_relevance_do_not_count() {
    let i = shipped();
    let mut a = all_no_except(&i, &["deceived-about-papers", "deceived-about-earnings"]);
    a.set("deceived-about-work", Answer::yes());
    assert_eq!(
        score(&i, &a).unwrap().dimensions[0].status,
        DimensionStatus::Met
    );
    // She did not cross a border: the papers question is hidden, its "yes" not used.
    a.set("came-from-abroad", Answer::no());
    let r = score(&i, &a).unwrap();
    let papers = r.dimensions[0]
        .indicators
        .iter()
        .find(|f| f.question == "deceived-about-papers")
        .unwrap();
    assert_eq!(papers.finding, Finding::NotRelevant);
    assert_eq!(r.dimensions[0].present().count(), 2);
}

#[test]
fn odd_answers_are_ignored_and_listed() {
    let i = shipped();
    let mut a = all_no_except(&i, &[]);
    a.set("no-such-question", Answer::yes());
    a.set(
        "papers-taken",
        Answer::Answered {
            value: Value::Number(3),
        },
    );
    a.set("debt-bondage", Answer::choice("perhaps"));
    let r = score(&i, &a).unwrap();
    assert_eq!(
        r.ignored,
        ["debt-bondage", "no-such-question", "papers-taken"]
    );
    assert_eq!(r.unknown_count, 2);
    let kinds: Vec<_> = r.dimensions[4].unknown().map(|f| f.finding).collect();
    assert_eq!(kinds, [Finding::Unknown(StateKind::Invalid); 2]);
}

#[test]
fn scoring_another_instrument_is_an_error() {
    let needs = instrument::load(instrument::NEEDS_TOML).unwrap();
    assert!(score(&needs, &Answers::new()).is_err());
}
