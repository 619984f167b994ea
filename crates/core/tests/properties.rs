//! Properties of the rules that must hold for every answer set, on the shipped instruments.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::select;
use trygg_core::answer::{
    evaluate, Answer, Answers, NeedStatus, NeedValue, QuestionState, Urgency, Value,
};
use trygg_core::instrument::{self, Instrument, RiskCategory, Rule};
use trygg_core::rules::{self, identification, needs, risk, RiskLevel, RiskOverride};

fn instruments() -> Vec<Instrument> {
    instrument::shipped().unwrap()
}

fn arb_need() -> impl Strategy<Value = NeedValue> {
    (
        select(Urgency::ALL.to_vec()),
        select(NeedStatus::ALL.to_vec()),
        proptest::option::of(".{0,8}"),
    )
        .prop_map(|(urgency, status, service)| NeedValue {
            urgency,
            status,
            service,
            note: None,
        })
}

/// Any value at all, well-typed for the question or not.
fn arb_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => select(vec!["yes", "no"]).prop_map(|s| Value::Choice(s.to_string())),
        1 => ".{0,6}".prop_map(Value::Choice),
        1 => proptest::collection::vec("[a-z]{1,4}", 0..3).prop_map(Value::Choices),
        1 => ".{0,10}".prop_map(Value::Text),
        1 => any::<i64>().prop_map(Value::Number),
        1 => "[0-9-]{0,10}".prop_map(Value::Date),
        3 => arb_need().prop_map(Value::Need),
    ]
}

fn arb_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        6 => arb_value().prop_map(|value| Answer::Answered { value }),
        1 => Just(Answer::DontKnow),
        1 => Just(Answer::Declined),
    ]
}

/// Answers to a random subset of the instrument's questions, plus some unknown ids.
fn arb_answers(i: &Instrument) -> impl Strategy<Value = Answers> {
    let ids: Vec<String> = i.questions().map(|q| q.id.clone()).collect();
    let key = prop_oneof![4 => select(ids), 1 => "[a-z-]{1,12}"];
    proptest::collection::btree_map(key, arb_answer(), 0..60).prop_map(Answers)
}

fn arb_override() -> impl Strategy<Value = Option<RiskOverride>> {
    proptest::option::of(
        (select(RiskLevel::ALL.to_vec()), ".{0,5}")
            .prop_map(|(level, reason)| RiskOverride { level, reason }),
    )
}

/// Scores with the instrument's rules and serialises, so results can be compared whole.
fn result_json(i: &Instrument, a: &Answers, o: Option<&RiskOverride>) -> String {
    let r = match i.id.as_str() {
        "identification" => serde_json::to_string(&identification::score(i, a).unwrap()),
        "needs" => serde_json::to_string(&needs::score(i, a).unwrap()),
        _ => serde_json::to_string(&risk::score(i, a, o).unwrap()),
    };
    r.unwrap()
}

/// Relevant questions without a usable answer, that turning to "yes" should not hurt.
fn unknown_questions(i: &Instrument, a: &Answers, skip: impl Fn(&Rule) -> bool) -> Vec<String> {
    evaluate(i, a)
        .iter()
        .filter(|(q, s)| s.is_unknown() && !skip(&q.rule))
        .map(|(q, _)| q.id.clone())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn scoring_never_panics_and_is_deterministic(
        (which, a) in (0usize..3).prop_flat_map(|w| (Just(w), arb_answers(&instruments()[w]))),
        o in arb_override(),
    ) {
        let all = instruments();
        let i = &all[which];
        let first = result_json(i, &a, o.as_ref());
        let second = result_json(i, &a.clone(), o.as_ref());
        prop_assert_eq!(first, second);
        // The general entry point agrees.
        let mut assessment = trygg_core::case::Assessment::new(i, 0, "en", "en");
        assessment.answers = a;
        assessment.risk_override = o;
        prop_assert!(rules::score(i, &assessment).is_ok());
    }

    #[test]
    fn identification_never_drops_when_an_unknown_becomes_yes(
        a in arb_answers(&instruments()[0]),
        pick in any::<prop::sample::Index>(),
    ) {
        let all = instruments();
        let i = &all[0];
        let unknown = unknown_questions(i, &a, |_| false);
        prop_assume!(!unknown.is_empty());
        let before = identification::score(i, &a).unwrap();
        let mut after_answers = a.clone();
        after_answers.set(pick.get::<String>(&unknown), Answer::yes());
        let after = identification::score(i, &after_answers).unwrap();
        prop_assert!(after.outcome >= before.outcome);
        for (b, n) in before.dimensions.iter().zip(&after.dimensions) {
            prop_assert!(n.status >= b.status, "{} {:?} -> {:?}", b.id, b.status, n.status);
        }
    }

    #[test]
    fn risk_never_drops_when_an_unknown_risk_item_becomes_yes(
        a in arb_answers(&instruments()[2]),
        pick in any::<prop::sample::Index>(),
    ) {
        let all = instruments();
        let i = &all[2];
        // Protective factors lower the risk by design; every other item must not.
        let unknown = unknown_questions(i, &a, |r| {
            matches!(r, Rule::Risk { category: RiskCategory::Protective, .. })
        });
        prop_assume!(!unknown.is_empty());
        let before = risk::score(i, &a, None).unwrap();
        let mut after_answers = a.clone();
        after_answers.set(pick.get::<String>(&unknown), Answer::yes());
        let after = risk::score(i, &after_answers, None).unwrap();
        prop_assert!(after.level >= before.level);
        prop_assert!(after.score >= before.score);
    }

    #[test]
    fn hidden_questions_do_not_count(
        which in 0usize..3,
        a in arb_answers(&instruments()[0]),
        b in arb_answers(&instruments()[1]),
        c in arb_answers(&instruments()[2]),
        changes in proptest::collection::vec(proptest::option::of(arb_answer()), 1..8),
    ) {
        let all = instruments();
        let i = &all[which];
        let mut answers = [a, b, c][which].clone();
        // Make hiding likely: answer the gating questions in the hiding way.
        for (id, v) in [("came-from-abroad", "no"), ("has-children", "no"), ("return-considered", "no")] {
            if i.question(id).is_some() && answers.get(id).is_none() {
                answers.set(id, Answer::choice(v));
            }
        }
        let hidden: Vec<String> = evaluate(i, &answers)
            .iter()
            .filter(|(_, s)| *s == QuestionState::NotRelevant)
            .map(|(q, _)| q.id.clone())
            .collect();
        prop_assume!(!hidden.is_empty());
        let before = result_json(i, &answers, None);
        let mut changed = answers.clone();
        for (id, change) in hidden.iter().zip(changes) {
            match change {
                Some(answer) => changed.set(id, answer),
                None => { changed.clear(id); }
            }
        }
        prop_assert_eq!(before, result_json(i, &changed, None));
    }

    #[test]
    fn the_care_plan_is_always_in_urgency_order(a in arb_answers(&instruments()[1])) {
        let all = instruments();
        let r = needs::score(&all[1], &a).unwrap();
        prop_assert!(r.plan.windows(2).all(|w| w[0].urgency <= w[1].urgency));
        prop_assert!(r.plan.iter().all(|e| e.urgency != Urgency::None && e.status != NeedStatus::NotApplicable));
    }
}

#[test]
fn answers_for_unknown_questions_only_are_all_ignored() {
    for i in instruments() {
        let a = Answers(BTreeMap::from([(
            "zz-not-a-question".to_string(),
            Answer::yes(),
        )]));
        let json = result_json(&i, &a, None);
        assert!(json.contains("zz-not-a-question"), "{}: {json}", i.id);
    }
}
