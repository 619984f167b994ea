//! Trygg's pure logic. Nothing here touches a browser, so all of it is tested natively.
//!
//! - [`instrument`]: instrument definitions (data), loading, validation, message ids.
//! - [`answer`]: answers and the state of every question.
//! - [`rules`]: identification, needs and risk results.
//! - [`case`]: cases, consent, assessments and their versioned JSON.
//! - [`code`]: case ids and pseudonymous case codes.
//! - [`export`]: the encrypted export files (age) and the document inside them.
//! - [`training`]: fictional scenarios, a trainee's feedback, a group summary.
//! - [`quick_exit`]: the double-press detector behind the quick exit.

pub mod answer;
pub mod case;
pub mod code;
pub mod export;
pub mod instrument;
pub mod locale;
pub mod progress;
pub mod quick_exit;
pub mod rules;
pub mod training;
pub mod vault;
mod versioned;
