//! The languages Trygg speaks, how far each translation is reviewed, and how a
//! browser's preferences map onto them.

/// The source language: every message exists in it first. The app carries its
/// texts inside the program; every other language is a set of files it fetches.
pub const SOURCE_LANGUAGE: &str = "en";

/// Every language the app ships, as BCP 47 tags, source first. A language here
/// needs its folder `locales/<tag>/` with the [`LOCALE_FILES`], a row in
/// [`LANGUAGE_DETAILS`] and one in `locales/STATUS.md` (the tests check all three).
pub const LANGUAGES: &[&str] = &[
    "en", "da", "et", "fi", "is", "lv", "lt", "nb", "sv", "ru", "uk",
];

/// The Fluent files of one language, without `.ftl`: the app's own texts, the
/// texts all instruments share, and one file per instrument.
pub const LOCALE_FILES: &[&str] = &[
    "trygg",
    "common",
    "identification",
    "needs",
    "risk",
    "training",
];

/// How far a language's texts can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// The source language (English).
    Source,
    /// Translated for Trygg, not yet reviewed by a fluent speaker working in the
    /// field: the app marks it as a draft translation.
    Draft,
    /// Reviewed by a fluent speaker (see `locales/STATUS.md`).
    Reviewed,
}

/// A language as the app offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, also the folder in `locales/`.
    pub tag: &'static str,
    /// The language's name in the language itself, as the picker shows it: a
    /// woman or worker finds her language without reading any other.
    pub name: &'static str,
    /// The English name, as `locales/STATUS.md` lists it.
    pub english_name: &'static str,
    pub review: Review,
}

/// Every shipped language, in the order of [`LANGUAGES`]. The review state must
/// match `locales/STATUS.md` (checked by `tests/translations.rs`).
pub const LANGUAGE_DETAILS: &[Language] = &[
    language("en", "English", "English", Review::Source),
    language("da", "Dansk", "Danish", Review::Draft),
    language("et", "Eesti", "Estonian", Review::Draft),
    language("fi", "Suomi", "Finnish", Review::Draft),
    language("is", "Íslenska", "Icelandic", Review::Draft),
    language("lv", "Latviešu", "Latvian", Review::Draft),
    language("lt", "Lietuvių", "Lithuanian", Review::Draft),
    language("nb", "Norsk bokmål", "Norwegian Bokmål", Review::Draft),
    language("sv", "Svenska", "Swedish", Review::Draft),
    language("ru", "Русский", "Russian", Review::Draft),
    language("uk", "Українська", "Ukrainian", Review::Draft),
];

const fn language(
    tag: &'static str,
    name: &'static str,
    english_name: &'static str,
    review: Review,
) -> Language {
    Language {
        tag,
        name,
        english_name,
        review,
    }
}

/// The shipped language with this tag (exactly as in [`LANGUAGES`]), if any.
pub fn details(tag: &str) -> Option<&'static Language> {
    LANGUAGE_DETAILS.iter().find(|l| l.tag == tag)
}

/// The shipped language a stored tag stands for (`"lv"`, `"lv-LV"`, `"LV"`), by
/// the same rules as [`negotiate`]; `None` for a language Trygg does not ship.
pub fn shipped(tag: &str) -> Option<&'static str> {
    let primary = primary_subtag(tag);
    LANGUAGES.iter().copied().find(|lang| *lang == primary)
}

/// The URL, relative to the page, of one of a language's Fluent files.
pub fn file_url(tag: &str, file: &str) -> String {
    format!("locales/{tag}/{file}.ftl")
}

fn primary_subtag(tag: &str) -> String {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    // Norwegian: "no" and "nn" speakers read Bokmål far better than English.
    match primary.as_str() {
        "no" | "nn" => "nb".to_string(),
        _ => primary,
    }
}

/// Picks the first shipped language that matches the browser's preferences,
/// comparing the primary language subtag (so `sv-FI` picks `sv`, `no` picks `nb`).
/// Falls back to the source language.
pub fn negotiate<'a, I>(preferred: I, available: &[&'static str]) -> &'static str
where
    I: IntoIterator<Item = &'a str>,
{
    for tag in preferred {
        let primary = primary_subtag(tag);
        if let Some(found) = available.iter().find(|lang| **lang == primary) {
            return found;
        }
    }
    SOURCE_LANGUAGE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_first_available_preference_by_primary_subtag() {
        assert_eq!(negotiate(["de-DE", "sv-FI", "en"], LANGUAGES), "sv");
    }

    #[test]
    fn norwegian_variants_choose_bokmal() {
        assert_eq!(negotiate(["no"], LANGUAGES), "nb");
        assert_eq!(negotiate(["nn-NO"], LANGUAGES), "nb");
    }

    #[test]
    fn unknown_or_empty_preferences_fall_back_to_english() {
        assert_eq!(negotiate(["zz", "de"], LANGUAGES), "en");
        assert_eq!(negotiate(Vec::<&str>::new(), LANGUAGES), "en");
    }

    #[test]
    fn only_offers_what_is_available() {
        assert_eq!(negotiate(["lv", "en"], &["en"]), "en");
    }

    #[test]
    fn details_follow_the_language_list() {
        let tags: Vec<&str> = LANGUAGE_DETAILS.iter().map(|l| l.tag).collect();
        assert_eq!(tags, LANGUAGES);
        assert_eq!(LANGUAGES[0], SOURCE_LANGUAGE);
        for language in LANGUAGE_DETAILS {
            assert_eq!(
                language.review == Review::Source,
                language.tag == SOURCE_LANGUAGE,
                "{}: only the source language has the state source",
                language.tag
            );
            assert!(!language.name.is_empty() && !language.english_name.is_empty());
        }
    }

    #[test]
    fn stored_tags_map_to_shipped_languages() {
        assert_eq!(shipped("lv"), Some("lv"));
        assert_eq!(shipped("LV-lv"), Some("lv"));
        assert_eq!(shipped("no"), Some("nb"));
        assert_eq!(shipped("de"), None);
        assert_eq!(shipped(""), None);
        assert_eq!(details("uk").map(|l| l.name), Some("Українська"));
        assert_eq!(file_url("lt", "needs"), "locales/lt/needs.ftl");
    }
}
