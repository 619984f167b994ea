//! Risk rules on the shipped instrument: level, red flags, judgement, safety plan, return.

use trygg_core::answer::{Answer, Answers, StateKind};
use trygg_core::instrument::{self, Instrument, Truth};
use trygg_core::rules::risk::{score, OverrideError, OverrideOutcome, RiskLevel, RiskOverride};

fn shipped() -> Instrument {
    instrument::load(instrument::RISK_TOML).unwrap()
}

fn answers(yes: &[&str], no: &[&str]) -> Answers {
    let mut a = Answers::new();
    for id in yes {
        a.set(id, Answer::yes());
    }
    for id in no {
        a.set(id, Answer::no());
    }
    a
}

#[test]
fn the_score_uses_the_weights_and_thresholds_of_the_file() {
    let i = shipped();
    let level = |yes: &[&str]| score(&i, &answers(yes, &[]), None).unwrap();
    assert_eq!(level(&[]).level, RiskLevel::Low);
    let r = level(&["threatened-recently"]); // 5
    assert_eq!((r.score, r.level), (5, RiskLevel::Medium));
    let r = level(&["threatened-recently", "hurt-recently"]); // 10
    assert_eq!((r.score, r.level), (10, RiskLevel::High));
    // Protective factors subtract.
    let r = level(&["threatened-recently", "hurt-recently", "has-trusted-person"]);
    assert_eq!((r.score, r.level), (8, RiskLevel::Medium));
    assert_eq!(r.reasons.len(), 3);
    assert_eq!(r.reasons[2].points, -2);
}

#[test]
fn a_red_flag_makes_the_level_high_whatever_the_score() {
    let i = shipped();
    let protective = [
        "has-trusted-person",
        "supportive-family",
        "safe-housing",
        "in-touch-with-support",
        "own-income",
    ];
    let mut yes = vec!["afraid-of-serious-harm"];
    yes.extend(protective);
    let r = score(&i, &answers(&yes, &[]), None).unwrap();
    assert!(r.score < 10);
    assert_eq!(r.level, RiskLevel::High);
    assert_eq!(r.red_flags, ["afraid-of-serious-harm"]);
}

#[test]
fn unknown_red_flags_are_listed_first_to_ask() {
    let i = shipped();
    let mut a = answers(&[], &["urgent-medical-need", "exploiters-nearby"]);
    a.set("thoughts-of-self-harm", Answer::Declined);
    let r = score(&i, &a, None).unwrap();
    let unknown: Vec<_> = r
        .unknown_red_flags
        .iter()
        .map(|u| (u.question.as_str(), u.state))
        .collect();
    assert_eq!(
        unknown,
        [
            ("thoughts-of-self-harm", StateKind::Declined),
            ("afraid-of-serious-harm", StateKind::NotAsked),
        ]
    );
    assert_eq!(r.level, RiskLevel::Low);
}

#[test]
fn judgement_can_raise_the_level_but_never_lower_it() {
    let i = shipped();
    let raise = RiskOverride {
        level: RiskLevel::High,
        reason: "She flinched every time the phone rang.".into(),
    };
    let r = score(&i, &Answers::new(), Some(&raise)).unwrap();
    assert_eq!(
        (r.computed_level, r.level),
        (RiskLevel::Low, RiskLevel::High)
    );
    assert!(matches!(r.override_outcome, OverrideOutcome::Raised { .. }));

    let lower = RiskOverride {
        level: RiskLevel::Low,
        reason: "Seems fine".into(),
    };
    let a = answers(&["urgent-medical-need"], &[]);
    let r = score(&i, &a, Some(&lower)).unwrap();
    assert_eq!(r.level, RiskLevel::High);
    assert_eq!(
        r.override_outcome,
        OverrideOutcome::Rejected {
            requested: RiskLevel::Low,
            error: OverrideError::NotHigher {
                computed: RiskLevel::High
            }
        }
    );

    let no_reason = RiskOverride {
        level: RiskLevel::High,
        reason: "  ".into(),
    };
    let r = score(&i, &Answers::new(), Some(&no_reason)).unwrap();
    assert_eq!(r.level, RiskLevel::Low);
    assert!(matches!(
        r.override_outcome,
        OverrideOutcome::Rejected {
            error: OverrideError::MissingReason,
            ..
        }
    ));
}

#[test]
fn the_safety_plan_follows_the_answers_and_the_level() {
    let i = shipped();
    let r = score(&i, &answers(&["has-trusted-person"], &[]), None).unwrap();
    assert_eq!(
        r.safety_plan,
        ["emergency-numbers", "reassess-next-contact"]
    );

    let r = score(&i, &Answers::new(), None).unwrap();
    assert_eq!(
        r.safety_plan,
        [
            "emergency-numbers",
            "trusted-person",
            "reassess-next-contact"
        ]
    );

    let a = answers(
        &[
            "urgent-medical-need",
            "exploiters-in-contact",
            "has-trusted-person",
        ],
        &[],
    );
    let r = score(&i, &a, None).unwrap();
    assert_eq!(
        r.safety_plan,
        [
            "medical-care-today",
            "emergency-numbers",
            "signal-for-help",
            "phone-safety",
            "police-option",
            "regular-contact",
            "reassess-next-contact"
        ]
    );
}

const RETURN_YES: [&str; 6] = [
    "return-her-own-wish",
    "receiving-service-identified",
    "return-risk-assessed",
    "return-needs-assessed",
    "return-financed",
    "financial-assistance-arranged",
];

#[test]
fn a_return_is_safe_to_plan_only_when_every_condition_holds() {
    let i = shipped();
    // Not known whether a return is considered: the conditions stay hidden.
    let r = score(&i, &answers(&RETURN_YES, &[]), None).unwrap();
    assert_eq!(r.return_check.considered, Truth::Unknown);
    assert!(!r.return_check.safe_to_plan);
    let r = score(&i, &answers(&RETURN_YES, &["return-considered"]), None).unwrap();
    assert_eq!(r.return_check.considered, Truth::False);
    assert!(r
        .return_check
        .conditions
        .iter()
        .all(|c| c.holds == Truth::False));
    assert!(!r.return_check.safe_to_plan);

    let mut yes = RETURN_YES.to_vec();
    yes.push("return-considered");
    let r = score(&i, &answers(&yes, &[]), None).unwrap();
    assert!(r.return_check.safe_to_plan);
    assert_eq!(r.return_check.missing().count(), 0);

    let mut a = answers(&yes, &["return-financed"]);
    a.clear("financial-assistance-arranged");
    let r = score(&i, &a, None).unwrap();
    assert!(!r.return_check.safe_to_plan);
    let missing: Vec<_> = r
        .return_check
        .missing()
        .map(|c| (c.id.as_str(), c.holds))
        .collect();
    assert_eq!(
        missing,
        [
            ("financed", Truth::False),
            ("financial-assistance", Truth::Unknown)
        ]
    );
}

#[test]
fn return_conditions_do_not_change_the_level() {
    let i = shipped();
    let mut yes = RETURN_YES.to_vec();
    yes.push("return-considered");
    let r = score(&i, &answers(&yes, &[]), None).unwrap();
    assert_eq!((r.score, r.level), (0, RiskLevel::Low));
}
