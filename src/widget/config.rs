//! The widget's settings, read from the attributes of `<trygg-assessment>` and its
//! `<trygg-help>` children. Everything here comes from the host page, so nothing is
//! trusted: a value that does not fit is a [`ConfigError`], never a panic, and the
//! widget then says plainly that it is not set up correctly.

use trygg_core::export;

/// The instrument used when the host names none.
pub const DEFAULT_INSTRUMENT: &str = "identification";

/// Where quick exit goes unless the host names a page.
pub const DEFAULT_EXIT: &str = crate::quick_exit::NEUTRAL_PAGE;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An anonymous screening a woman does herself; nothing is stored.
    SelfCheck,
    /// The app's full flow for an outreach worker, with an encrypted vault.
    Worker,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::SelfCheck => "self-check",
            Mode::Worker => "worker",
        }
    }
}

/// A help contact the host lists as `<trygg-help name="…" phone="…" url="…">text</trygg-help>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpContact {
    pub name: String,
    pub phone: Option<String>,
    /// Only `https:` addresses are kept: a link must not run script or leave HTTPS.
    pub url: Option<String>,
    /// The element's own text: opening hours, languages, what they offer.
    pub text: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub mode: Mode,
    pub instrument: String,
    /// The language asked for (a shipped language, else English is used).
    pub lang: String,
    /// Public keys (`age1…`) results are encrypted to; empty: results stay on screen.
    pub recipients: Vec<String>,
    /// The organisation's name, shown to her when she is asked whether to share.
    pub organisation: Option<String>,
    /// The host opted in to results in clear in `trygg-complete`.
    pub events_include_result: bool,
    /// Where quick exit goes.
    pub exit_url: String,
    pub help: Vec<HelpContact>,
}

/// Why the host's attributes cannot be used. Reported to the host's developers in
/// the console (never with any answer), and to her as "not set up correctly".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    UnknownMode(String),
    UnknownInstrument(String),
    BadRecipient(String),
    BadExitUrl(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::UnknownMode(m) => write!(
                f,
                "mode=\"{m}\" is not known: use \"self-check\" or \"worker\""
            ),
            ConfigError::UnknownInstrument(i) => write!(
                f,
                "instrument=\"{i}\" is not known: use \"identification\", \"needs\" or \"risk\""
            ),
            ConfigError::BadRecipient(k) => write!(
                f,
                "recipients: \"{k}\" is not an age public key (age1…); give public keys only, separated by spaces"
            ),
            ConfigError::BadExitUrl(u) => write!(
                f,
                "exit-url=\"{u}\" is not an https: address"
            ),
        }
    }
}

/// Reads the settings. `attribute` gives an attribute of `<trygg-assessment>`;
/// `instruments` are the ids this build carries.
pub fn read(
    attribute: impl Fn(&str) -> Option<String>,
    help: Vec<HelpContact>,
    instruments: &[&str],
) -> Result<Config, ConfigError> {
    let value = |name: &str| {
        attribute(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mode = match value("mode").as_deref() {
        None | Some("self-check") => Mode::SelfCheck,
        Some("worker") => Mode::Worker,
        Some(other) => return Err(ConfigError::UnknownMode(other.to_string())),
    };
    let instrument = value("instrument").unwrap_or_else(|| DEFAULT_INSTRUMENT.to_string());
    if !instruments.contains(&instrument.as_str()) {
        return Err(ConfigError::UnknownInstrument(instrument));
    }
    let lang = value("lang")
        .map(|l| l.to_ascii_lowercase())
        .unwrap_or_else(|| trygg_core::locale::SOURCE_LANGUAGE.to_string());
    let mut recipients = Vec::new();
    for key in value("recipients")
        .unwrap_or_default()
        .split([' ', ',', '\n', '\t', '\r'])
        .filter(|k| !k.is_empty())
    {
        // A key that does not parse is never dropped silently: results would then
        // go to fewer people than the host meant.
        if export::parse_recipient(key).is_err() {
            return Err(ConfigError::BadRecipient(shorten(key)));
        }
        recipients.push(key.to_string());
    }
    let exit_url = match value("exit-url") {
        None => DEFAULT_EXIT.to_string(),
        Some(url) if is_https(&url) => url,
        Some(url) => return Err(ConfigError::BadExitUrl(shorten(&url))),
    };
    Ok(Config {
        mode,
        instrument,
        lang,
        recipients,
        organisation: value("organisation"),
        events_include_result: attribute("events-include-result").is_some(),
        exit_url,
        help,
    })
}

/// One `<trygg-help>` element; `None` when it has no name.
pub fn help_contact(
    attribute: impl Fn(&str) -> Option<String>,
    text: Option<String>,
) -> Option<HelpContact> {
    let value = |name: &str| {
        attribute(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let name = value("name")?;
    Some(HelpContact {
        name,
        phone: value("phone"),
        url: value("url").filter(|u| is_https(u)),
        text: text
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty()),
    })
}

fn is_https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        && url.len() > 8
        && !url.chars().any(char::is_whitespace)
}

/// Enough of a bad value to find it, never a whole pasted secret.
fn shorten(value: &str) -> String {
    let mut short: String = value.chars().take(16).collect();
    if value.chars().count() > 16 {
        short.push('…');
    }
    short
}

/// The `tel:` link of a phone number as written by the host ("+371 6780 2080").
pub fn tel_link(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const INSTRUMENTS: [&str; 3] = ["identification", "needs", "risk"];

    fn attrs(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn public_key() -> String {
        let (_, public) = export::generate_key("test");
        public
    }

    #[test]
    fn no_attributes_is_an_anonymous_identification_in_english() {
        let config = read(attrs(&[]), Vec::new(), &INSTRUMENTS).expect("valid");
        assert_eq!(config.mode, Mode::SelfCheck);
        assert_eq!(config.instrument, "identification");
        assert_eq!(config.lang, "en");
        assert!(config.recipients.is_empty());
        assert!(!config.events_include_result);
        assert_eq!(config.exit_url, "about:blank");
    }

    #[test]
    fn every_attribute_is_read() {
        let (a, b) = (public_key(), public_key());
        let both = format!(" {a}\n{b} ");
        let config = read(
            attrs(&[
                ("mode", "worker"),
                ("instrument", "risk"),
                ("lang", "LV"),
                ("recipients", both.as_str()),
                ("organisation", "Riga shelter"),
                ("events-include-result", ""),
                ("exit-url", "https://www.example.org/weather"),
            ]),
            Vec::new(),
            &INSTRUMENTS,
        )
        .expect("valid");
        assert_eq!(config.mode, Mode::Worker);
        assert_eq!(config.instrument, "risk");
        assert_eq!(config.lang, "lv");
        assert_eq!(config.recipients, vec![a, b]);
        assert_eq!(config.organisation.as_deref(), Some("Riga shelter"));
        assert!(config.events_include_result);
        assert_eq!(config.exit_url, "https://www.example.org/weather");
    }

    #[test]
    fn values_that_do_not_fit_are_refused() {
        let read_one = |name, value| read(attrs(&[(name, value)]), Vec::new(), &INSTRUMENTS);
        assert_eq!(
            read_one("mode", "admin"),
            Err(ConfigError::UnknownMode("admin".into()))
        );
        assert!(matches!(
            read_one("instrument", "x"),
            Err(ConfigError::UnknownInstrument(_))
        ));
        assert!(matches!(
            read_one("exit-url", "javascript:alert(1)"),
            Err(ConfigError::BadExitUrl(_))
        ));
        // A secret key given by mistake is refused and never echoed whole.
        let secret = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
        match read_one("recipients", secret) {
            Err(ConfigError::BadRecipient(shown)) => assert!(shown.len() < 24, "{shown}"),
            other => panic!("{other:?}"),
        }
        // One good key and one bad one: refused, not silently reduced to one.
        let mixed = format!("{} age1nonsense", public_key());
        assert!(matches!(
            read_one("recipients", mixed.as_str()),
            Err(ConfigError::BadRecipient(_))
        ));
    }

    #[test]
    fn help_contacts_keep_only_safe_links() {
        let contact = help_contact(
            attrs(&[
                ("name", " Marta Centre "),
                ("phone", "+371 6780 2080"),
                ("url", "javascript:alert(1)"),
            ]),
            Some("  Mon–Fri\n  9–17 ".into()),
        )
        .expect("named");
        assert_eq!(contact.name, "Marta Centre");
        assert_eq!(contact.url, None);
        assert_eq!(contact.text.as_deref(), Some("Mon–Fri 9–17"));
        assert_eq!(
            tel_link(contact.phone.as_deref().unwrap_or("")),
            "tel:+37167802080"
        );
        assert!(help_contact(attrs(&[("phone", "112")]), None).is_none());
        let linked = help_contact(
            attrs(&[("name", "A"), ("url", "https://example.org/help")]),
            None,
        )
        .expect("named");
        assert_eq!(linked.url.as_deref(), Some("https://example.org/help"));
    }
}
