//! Trygg's browser app: a thin Leptos UI over `trygg-core`. Everything that can be
//! decided without a browser is decided in core; this crate shows it and stores it.

pub mod app;
pub mod cases;
pub mod editing;
pub mod files;
pub mod format;
pub mod i18n;
pub mod offline;

pub mod language;
pub mod quick_exit;
mod screens;
pub mod session;
pub mod state;
pub mod storage;
pub mod training;
pub mod widget;

pub use app::App;
