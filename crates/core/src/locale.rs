//! The languages Trygg speaks and how a browser's preferences map onto them.

/// The source language: every message exists in it first.
pub const SOURCE_LANGUAGE: &str = "en";

/// Every language the app ships, as BCP 47 tags, source first.
pub const LANGUAGES: &[&str] = &[
    "en", "da", "et", "fi", "is", "lv", "lt", "nb", "sv", "ru", "uk",
];

/// Picks the first shipped language that matches the browser's preferences,
/// comparing the primary language subtag (so `sv-FI` picks `sv`, `no` picks `nb`).
/// Falls back to the source language.
pub fn negotiate<'a, I>(preferred: I, available: &[&'static str]) -> &'static str
where
    I: IntoIterator<Item = &'a str>,
{
    for tag in preferred {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        // Norwegian: "no" and "nn" speakers read Bokmål far better than English.
        let primary = match primary.as_str() {
            "no" | "nn" => "nb".to_string(),
            _ => primary,
        };
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
}
