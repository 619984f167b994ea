//! The shipped instrument files load, validate and hold what the issue asks for.

use trygg_core::instrument::{self, Instrument};

fn load(text: &str) -> Instrument {
    instrument::load(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn all_load() {
    for t in [
        instrument::IDENTIFICATION_TOML,
        instrument::NEEDS_TOML,
        instrument::RISK_TOML,
    ] {
        load(t);
    }
}
