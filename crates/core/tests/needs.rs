//! Needs rules on the shipped instrument: the care plan and the referral list.

use trygg_core::answer::{Answer, Answers, NeedStatus, NeedValue, StateKind, Urgency, Value};
use trygg_core::instrument::{self, Instrument};
use trygg_core::rules::needs::score;

fn shipped() -> Instrument {
    instrument::load(instrument::NEEDS_TOML).unwrap()
}

fn need(urgency: Urgency, status: NeedStatus) -> Answer {
    Answer::Answered {
        value: Value::Need(NeedValue {
            urgency,
            status,
            service: None,
            note: None,
        }),
    }
}

#[test]
fn the_care_plan_is_ordered_by_urgency_then_domain() {
    let i = shipped();
    let mut a = Answers::new();
    a.set(
        "finding-work",
        need(Urgency::LongTerm, NeedStatus::Identified),
    );
    a.set(
        "money-for-now",
        need(Urgency::ShortTerm, NeedStatus::Referred),
    );
    a.set("interpreter", need(Urgency::Immediate, NeedStatus::Met));
    a.set(
        "place-tonight",
        need(Urgency::Immediate, NeedStatus::Identified),
    );
    a.set(
        "substance-use-support",
        Answer::Answered {
            value: Value::Need(NeedValue {
                urgency: Urgency::ShortTerm,
                status: NeedStatus::InProgress,
                service: Some("Clinic on Main Street".into()),
                note: Some("prefers a woman doctor".into()),
            }),
        },
    );
    a.set(
        "urgent-medical-care",
        need(Urgency::Immediate, NeedStatus::Identified),
    );
    let r = score(&i, &a).unwrap();
    let order: Vec<_> = r.plan.iter().map(|e| e.question.as_str()).collect();
    assert_eq!(
        order,
        [
            "place-tonight",         // immediate, shelter
            "urgent-medical-care",   // immediate, medical
            "interpreter",           // immediate, interpretation
            "money-for-now",         // short term, financial
            "substance-use-support", // short term, substance use
            "finding-work",          // long term
        ]
    );
    // Service types: the item's own, or else its domain's.
    assert_eq!(
        r.plan[0].service_types,
        ["secure-shelter", "confidential-flat"]
    );
    assert_eq!(r.plan[4].service_types, ["addiction-care"]);
    assert_eq!(r.plan[4].service.as_deref(), Some("Clinic on Main Street"));
    let referrals: Vec<_> = r.referrals().map(|e| e.question.as_str()).collect();
    assert_eq!(
        referrals,
        ["place-tonight", "urgent-medical-care", "finding-work"]
    );
}

#[test]
fn her_decline_is_recorded_but_never_referred() {
    let i = shipped();
    let mut a = Answers::new();
    a.set(
        "trauma-support",
        need(Urgency::ShortTerm, NeedStatus::DeclinedByHer),
    );
    a.set("debts", need(Urgency::None, NeedStatus::Identified));
    a.set(
        "compensation",
        need(Urgency::LongTerm, NeedStatus::NotApplicable),
    );
    let r = score(&i, &a).unwrap();
    assert_eq!(r.plan.len(), 1);
    assert_eq!(r.plan[0].status, NeedStatus::DeclinedByHer);
    assert_eq!(r.referrals().count(), 0);
    assert_eq!(r.no_need, ["compensation", "debts"]); // asking order
}

#[test]
fn open_needs_keep_their_state() {
    let i = shipped();
    let mut a = Answers::new();
    a.set("place-tonight", Answer::DontKnow);
    a.set("safe-phone", Answer::Declined);
    let r = score(&i, &a).unwrap();
    let state = |q: &str| r.open.iter().find(|o| o.question == q).map(|o| o.state);
    assert_eq!(state("place-tonight"), Some(StateKind::DontKnow));
    assert_eq!(state("safe-phone"), Some(StateKind::Declined));
    assert_eq!(state("longer-term-housing"), Some(StateKind::NotAsked));
    // Hidden until she says she has children.
    assert_eq!(state("care-for-children"), None);
    a.set("has-children", Answer::yes());
    let r = score(&i, &a).unwrap();
    assert!(r.open.iter().any(|o| o.question == "care-for-children"));
}

#[test]
fn return_needs_only_when_she_thinks_of_returning() {
    let i = shipped();
    let mut a = Answers::new();
    a.set(
        "safe-return",
        need(Urgency::ShortTerm, NeedStatus::Identified),
    );
    assert!(score(&i, &a).unwrap().plan.is_empty());
    a.set("thinking-of-return", Answer::yes());
    assert_eq!(
        score(&i, &a).unwrap().plan[0].service_types,
        ["return-programme", "receiving-organisation"]
    );
}
