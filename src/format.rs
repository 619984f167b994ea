//! Dates and times shown to the user, in the active language's conventions.

use trygg_core::case::Millis;

use crate::i18n;

/// A date such as "23 Nov 2026", in the active language.
pub fn date(at: Millis) -> String {
    format_with(at, false)
}

/// A date with the time of day.
pub fn date_time(at: Millis) -> String {
    format_with(at, true)
}

fn format_with(at: Millis, with_time: bool) -> String {
    i18n::track();
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("day", "numeric");
    set("month", "short");
    set("year", "numeric");
    if with_time {
        set("hour", "2-digit");
        set("minute", "2-digit");
    }
    // English here serves Europeans: day-month order and a 24-hour clock.
    let locale = match i18n::active() {
        "en" => "en-GB",
        other => other,
    };
    date.to_locale_string(locale, &options).into()
}

/// A date as `2026-11-24T09:30:00Z` (UTC), for files read by programs and people
/// anywhere, such as the comment in a key file.
pub fn iso_date(at: Millis) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    let iso: String = date.to_iso_string().into();
    // Whole seconds are enough.
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}
