//! The shipped instrument files load, validate and hold what the issue asks for.

use trygg_core::instrument::{self, Asked, QuestionKind, RiskCategory, Rule, Strength};

#[test]
fn identification_loads() {
    let i = instrument::load(instrument::IDENTIFICATION_TOML).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(i.id, "identification");
}
