//! Sealing and opening an export of 1,000 realistic cases (three fully answered
//! assessments each, with consents, needs and notes) to an organisation key, natively.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use trygg_core::export::{
    example, generate_key, open, parse_identities, parse_recipient, seal, ExportDocument,
    ExportedCase, OpeningKey, Protection,
};
use trygg_core::instrument;

const CASES: u64 = 1_000;
const NOW: i64 = 1_790_000_000_000;

fn bench(c: &mut Criterion) {
    let instruments = instrument::shipped().unwrap();
    let cases = (0..CASES)
        .map(|seed| ExportedCase::new(example::example_case(&instruments, seed, NOW), &instruments))
        .collect();
    let document = ExportDocument::new("0.1.0", NOW, cases);
    let (identity, public) = generate_key("bench");
    let protection = Protection::Keys(vec![parse_recipient(&public).unwrap()]);
    let key = OpeningKey::Identities(
        parse_identities(age::secrecy::ExposeSecret::expose_secret(&identity)).unwrap(),
    );
    let sealed = seal(&document, &protection).unwrap();
    println!(
        "export of {CASES} cases: {:.1} MiB of JSON, {:.1} MiB sealed",
        document.to_json().unwrap().len() as f64 / 1_048_576.0,
        sealed.len() as f64 / 1_048_576.0
    );

    let mut group = c.benchmark_group("export of 1,000 cases");
    group.sample_size(10);
    group.bench_function("seal (to JSON, encrypt to one key)", |b| {
        b.iter(|| seal(black_box(&document), black_box(&protection)).unwrap())
    });
    group.bench_function("open (decrypt, read JSON and cases)", |b| {
        b.iter(|| open(black_box(&sealed), black_box(&key)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
