//! Dates, times and numbers shown to the user, in the conventions of the active
//! language, by the browser's `Intl` (nothing of the kind is built into the wasm).

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::types::{FluentNumberOptions, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use js_sys::{Array, Function, Intl, Object, Reflect};
use trygg_core::case::Millis;
use unic_langid::LanguageIdentifier;
use wasm_bindgen::JsValue;

use crate::i18n;

/// A date such as "23 Nov 2026", in the active language.
pub fn date(at: Millis) -> String {
    format_date(at, false)
}

/// A date with the time of day.
pub fn date_time(at: Millis) -> String {
    format_date(at, true)
}

/// A number in the active language's conventions.
pub fn number(value: f64) -> String {
    i18n::track();
    number_in(i18n::active(), value)
}

/// The locale handed to `Intl` for one of our languages.
fn intl_locale(language: &str) -> &str {
    match language {
        // English here serves Europeans: day-month order and a 24-hour clock.
        "en" => "en-GB",
        other => other,
    }
}

thread_local! {
    /// `Intl` formatters are slow to make and cheap to use: one per kind and language.
    static FORMATTERS: RefCell<HashMap<(&'static str, String), Function>> = RefCell::new(HashMap::new());
}

fn formatter(
    kind: &'static str,
    language: &str,
    make: impl FnOnce(&Array) -> Function,
) -> Function {
    FORMATTERS.with(|all| {
        all.borrow_mut()
            .entry((kind, language.to_string()))
            .or_insert_with(|| make(&Array::of1(&JsValue::from_str(intl_locale(language)))))
            .clone()
    })
}

fn format_date(at: Millis, with_time: bool) -> String {
    i18n::track();
    let language = i18n::active();
    let kind = if with_time { "date-time" } else { "date" };
    let format = formatter(kind, language, |locales| {
        let options = Object::new();
        let set = |key: &str, value: &str| {
            let _ = Reflect::set(&options, &key.into(), &value.into());
        };
        set("day", "numeric");
        set("month", "short");
        set("year", "numeric");
        if with_time {
            set("hour", "2-digit");
            set("minute", "2-digit");
        }
        Intl::DateTimeFormat::new(locales, &options).format()
    });
    let date = js_sys::Date::new(&JsValue::from_f64(at as f64));
    format
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// A number in `language`'s conventions.
pub fn number_in(language: &str, value: f64) -> String {
    let format = formatter("number", language, |locales| {
        Intl::NumberFormat::new(locales, &Object::new()).format()
    });
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| value.to_string())
}

/// The language of a Fluent bundle, as its memoizer knows it.
struct BundleLanguage(String);

impl Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self(lang.to_string()))
    }
}

/// Fluent's formatter hook (set on every bundle by `i18n`): numbers in messages,
/// such as `{ $count }`, are written by `Intl.NumberFormat` in the bundle's own
/// language. Plural selection still uses the number itself.
pub fn fluent_number(value: &FluentValue, bundle: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    // A message that asks for particular digits keeps Fluent's own formatting.
    if number.options != FluentNumberOptions::default() {
        return None;
    }
    bundle
        .with_try_get::<BundleLanguage, _, _>((), |language| number_in(&language.0, number.value))
        .ok()
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
