//! Scoring cost of full assessments: every question answered, as at the end of an interview.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use trygg_core::answer::{Answer, Answers, NeedStatus, NeedValue, Urgency, Value};
use trygg_core::instrument::{self, Instrument, QuestionKind};
use trygg_core::rules::{identification, needs, risk};

/// "yes" to every choice question and an immediate need for every need item.
fn full_answers(i: &Instrument) -> Answers {
    let mut a = Answers::new();
    for q in i.questions() {
        let value = match q.kind {
            QuestionKind::Need => Value::Need(NeedValue {
                urgency: Urgency::Immediate,
                status: NeedStatus::Identified,
                service: None,
                note: None,
            }),
            _ => Value::Choice("yes".into()),
        };
        a.set(&q.id, Answer::Answered { value });
    }
    a
}

fn bench(c: &mut Criterion) {
    let ident = instrument::load(instrument::IDENTIFICATION_TOML).unwrap();
    let need = instrument::load(instrument::NEEDS_TOML).unwrap();
    let risky = instrument::load(instrument::RISK_TOML).unwrap();
    let (ai, an, ar) = (
        full_answers(&ident),
        full_answers(&need),
        full_answers(&risky),
    );

    c.bench_function("identification full", |b| {
        b.iter(|| identification::score(black_box(&ident), black_box(&ai)).unwrap())
    });
    c.bench_function("needs full", |b| {
        b.iter(|| needs::score(black_box(&need), black_box(&an)).unwrap())
    });
    c.bench_function("risk full", |b| {
        b.iter(|| risk::score(black_box(&risky), black_box(&ar), None).unwrap())
    });
    c.bench_function("load identification.toml", |b| {
        b.iter(|| instrument::load(black_box(instrument::IDENTIFICATION_TOML)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
