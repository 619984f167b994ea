//! Localisation: every text a user reads comes from the Fluent files in `locales/`,
//! through i18n-embed. UI message ids are checked at compile time by `fl!` (through
//! the [`tr!`](crate::tr) macro); instrument ids, which come from data, by core's
//! message-id lists and the locale tests.

use std::borrow::Cow;
use std::sync::LazyLock;

use i18n_embed::{fluent::FluentLanguageLoader, I18nAssets, LanguageLoader};
use leptos::prelude::*;
use trygg_core::locale;
use unic_langid::LanguageIdentifier;

/// The one loader of the app, holding the active language(s). Unicode isolation
/// marks are switched off after every load: they only matter for mixed-direction
/// text, all our languages are left-to-right, and the marks leak into copied text.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let fallback: LanguageIdentifier = locale::SOURCE_LANGUAGE.parse().unwrap_or_default();
    FluentLanguageLoader::new("trygg", fallback)
});

thread_local! {
    /// The active language. Reading it inside a view makes that text follow a switch.
    static ACTIVE: ArcRwSignal<&'static str> = ArcRwSignal::new(locale::SOURCE_LANGUAGE);
}

/// Subscribes the current reactive scope to language changes.
pub fn track() {
    ACTIVE.with(|active| active.track());
}

/// The active language tag, e.g. `"en"`.
pub fn active() -> &'static str {
    ACTIVE.with(|active| active.get_untracked())
}

/// Looks up a UI message: `tr!("home-title")` or `tr!("id", name = value)`.
/// Inside `move ||` closures in views the text follows language switches.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {{
        $crate::i18n::track();
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        $crate::i18n::track();
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    }};
}

/// Looks up a message whose id comes from data (an instrument's question, say).
pub fn text(id: &str) -> String {
    track();
    LOADER.get(id)
}

/// The Fluent files of one language. A language is several files: the app's own
/// texts and one file per instrument.
fn files_of(language: &str) -> &'static [&'static str] {
    match language {
        "en" => &[
            include_str!("../locales/en/trygg.ftl"),
            include_str!("../locales/en/common.ftl"),
            include_str!("../locales/en/identification.ftl"),
            include_str!("../locales/en/needs.ftl"),
            include_str!("../locales/en/risk.ftl"),
            include_str!("../locales/en/training.ftl"),
        ],
        _ => &[],
    }
}

/// Serves the embedded Fluent files to i18n-embed, which asks for `<lang>/trygg.ftl`.
struct EmbeddedLocales;

impl I18nAssets for EmbeddedLocales {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let language = file_path.split('/').next().unwrap_or_default();
        files_of(language)
            .iter()
            .map(|text| Cow::Borrowed(text.as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(
            locale::LANGUAGES
                .iter()
                .filter(|language| !files_of(language).is_empty())
                .map(|language| format!("{language}/trygg.ftl")),
        )
    }
}

/// The languages this build carries texts for.
pub fn available() -> Vec<&'static str> {
    locale::LANGUAGES
        .iter()
        .copied()
        .filter(|language| !files_of(language).is_empty())
        .collect()
}

/// Makes `language` active (falling back to English for anything missing) and
/// re-renders every text. Returns false when the language cannot be loaded.
pub fn select(language: &'static str) -> bool {
    let Ok(id) = language.parse::<LanguageIdentifier>() else {
        return false;
    };
    if LOADER.load_languages(&EmbeddedLocales, &[id]).is_err() {
        return false;
    }
    // Loading makes new bundles, which isolate placeables again by default.
    LOADER.set_use_isolating(false);
    ACTIVE.with(|active| active.set(language));
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("lang", language);
    }
    true
}

/// Chooses the start-up language from the browser's preferences.
pub fn init() {
    let preferred: Vec<String> = web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default();
    let chosen = locale::negotiate(preferred.iter().map(String::as_str), &available());
    if !select(chosen) {
        select(locale::SOURCE_LANGUAGE);
    }
}

/// Looks up a data-driven message that takes one number, e.g. `$count` for plurals.
pub fn text_count(id: &str, name: &'static str, count: usize) -> String {
    track();
    let mut args = std::collections::HashMap::new();
    args.insert(name, count);
    LOADER.get_args(id, args)
}
