//! Exports: a round trip is lossless, and every kind of bad file gets its own error,
//! never a panic and never a wrong document.

use age::secrecy::{ExposeSecret, SecretString};
use proptest::prelude::*;
use trygg_core::case::{self, Case};
use trygg_core::export::{
    self, generate_key, open, parse_identities, parse_recipient, seal, ExportDocument,
    ExportedCase, KeyError, OpenError, OpeningKey, Protection, SealError, MAX_EXPORT_BYTES,
};
use trygg_core::instrument;
use trygg_core::rules::AssessmentResult;

const V1: &str = include_str!("data/case-v1.json");
const PASSPHRASE: &str = "correct horse battery staple";

fn sample_case() -> Case {
    case::from_json(V1).expect("the stored sample case opens")
}

fn document() -> ExportDocument {
    let instruments = instrument::shipped().expect("the shipped instruments load");
    ExportDocument::new(
        "0.1.0",
        1_790_000_000_000,
        vec![ExportedCase::new(sample_case(), &instruments)],
    )
}

struct Org {
    identity_file: String,
    public: String,
}

fn org() -> Org {
    let (file, public) = generate_key("2026-11-24");
    Org {
        identity_file: file.expose_secret().to_string(),
        public,
    }
}

fn sealed_to(org: &Org) -> Vec<u8> {
    let key = parse_recipient(&org.public).expect("a fresh public key parses");
    seal(&document(), &Protection::Keys(vec![key])).expect("sealing works")
}

fn opening(org: &Org) -> OpeningKey {
    OpeningKey::Identities(parse_identities(&org.identity_file).expect("the key file parses"))
}

fn passphrase(text: &str) -> OpeningKey {
    OpeningKey::Passphrase(SecretString::from(text.to_string()))
}

#[test]
fn a_case_exported_to_a_key_opens_exactly_as_it_was() {
    let org = org();
    let opened = open(&sealed_to(&org), &opening(&org)).expect("opens");
    assert_eq!(opened, document());
    assert_eq!(opened.cases[0].case, sample_case());
}

#[test]
fn the_export_carries_the_computed_results_and_both_languages() {
    let doc = document();
    let exported = &doc.cases[0];
    assert_eq!(exported.results.len(), exported.case.assessments.len());
    assert!(exported
        .results
        .iter()
        .any(|r| matches!(r.result, Some(AssessmentResult::Identification(_)))));
    let json: serde_json::Value = serde_json::from_slice(&doc.to_json().unwrap()).unwrap();
    assert_eq!(json["kind"], "trygg-export");
    assert_eq!(json["format"], 1);
    let assessment = &json["cases"][0]["case"]["assessments"][0];
    assert!(assessment["respondent_language"].is_string());
    assert!(assessment["worker_language"].is_string());
    assert!(json["cases"][0]["case"]["consents"].is_array());
}

#[test]
fn every_chosen_key_can_open_the_file() {
    let (a, b) = (org(), org());
    let keys = vec![
        parse_recipient(&a.public).unwrap(),
        parse_recipient(&b.public).unwrap(),
    ];
    let sealed = seal(&document(), &Protection::Keys(keys)).unwrap();
    assert_eq!(open(&sealed, &opening(&a)).unwrap(), document());
    assert_eq!(open(&sealed, &opening(&b)).unwrap(), document());
    assert_eq!(open(&sealed, &opening(&org())), Err(OpenError::WrongKey));
}

#[test]
fn a_passphrase_export_opens_with_that_passphrase_only() {
    let sealed = seal(
        &document(),
        &Protection::Passphrase(SecretString::from(PASSPHRASE.to_string())),
    )
    .unwrap();
    assert_eq!(open(&sealed, &passphrase(PASSPHRASE)).unwrap(), document());
    assert_eq!(
        open(&sealed, &passphrase("correct horse battery stapler")),
        Err(OpenError::WrongPassphrase)
    );
    assert_eq!(
        open(&sealed, &opening(&org())),
        Err(OpenError::NeedsPassphrase)
    );
}

#[test]
fn a_costlier_passphrase_file_opens_only_within_the_callers_limit() {
    // What other age tools write by default on a fast machine: work factor 19.
    let json = document().to_json().unwrap();
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_string()));
    recipient.set_work_factor(19);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
    std::io::Write::write_all(&mut writer, &json).unwrap();
    writer.finish().unwrap();
    assert_eq!(
        open(&sealed, &passphrase(PASSPHRASE)),
        Err(OpenError::TooMuchWork)
    );
    assert_eq!(
        export::open_with_max_work_factor(&sealed, &passphrase(PASSPHRASE), 19).unwrap(),
        document()
    );
}

#[test]
fn a_key_export_asks_for_a_key_not_a_passphrase() {
    assert_eq!(
        open(&sealed_to(&org()), &passphrase(PASSPHRASE)),
        Err(OpenError::NeedsKey)
    );
}

#[test]
fn sealing_refuses_short_passphrases_and_no_keys() {
    let short = Protection::Passphrase(SecretString::from("short".to_string()));
    assert!(matches!(
        seal(&document(), &short),
        Err(SealError::PassphraseTooShort)
    ));
    assert!(matches!(
        seal(&document(), &Protection::Keys(vec![])),
        Err(SealError::NoKeys)
    ));
}

#[test]
fn keys_are_checked_with_a_reason() {
    let org = org();
    assert!(parse_recipient(&format!("# our office\n{}\n", org.public)).is_ok());
    assert_eq!(
        parse_recipient("  \n# only a comment"),
        Err(KeyError::Empty)
    );
    assert_eq!(
        parse_recipient(&org.identity_file).err(),
        Some(KeyError::SecretNotPublic)
    );
    assert_eq!(
        parse_recipient("age1notakey").err(),
        Some(KeyError::NotAPublicKey)
    );
    assert_eq!(
        parse_identities(&org.public).err(),
        Some(KeyError::NotASecretKey)
    );
    assert_eq!(parse_identities("").err(), Some(KeyError::Empty));
}

#[test]
fn an_empty_file_is_named_as_such() {
    assert_eq!(open(b"", &opening(&org())), Err(OpenError::Empty));
}

#[test]
fn a_file_that_is_not_age_is_named_as_such() {
    let org = org();
    for bytes in [
        &b"%PDF-1.7 a report"[..],
        b"{\"kind\":\"trygg-export\"}",
        b"\x00\x01\x02",
    ] {
        assert_eq!(open(bytes, &opening(&org)), Err(OpenError::NotAge));
    }
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let huge = vec![b'a'; MAX_EXPORT_BYTES as usize + 1];
    assert_eq!(open(&huge, &opening(&org())), Err(OpenError::TooLarge));
}

#[test]
fn a_truncated_file_is_damaged_at_every_length() {
    let org = org();
    let sealed = sealed_to(&org);
    let key = opening(&org);
    for length in 1..sealed.len() {
        let result = open(&sealed[..length], &key);
        assert!(
            matches!(
                result,
                Err(OpenError::Damaged | OpenError::NotAge | OpenError::WrongKey)
            ),
            "cut at {length}: {result:?}"
        );
    }
}

#[test]
fn a_flipped_bit_anywhere_never_opens() {
    let org = org();
    let sealed = sealed_to(&org);
    let key = opening(&org);
    for position in 0..sealed.len() {
        let mut damaged = sealed.clone();
        damaged[position] ^= 0x01;
        let result = open(&damaged, &key);
        // Flipping a bit of the base64 padding-free encoding can in rare places be
        // non-canonical yet decode the same; any such file must then still be exact.
        match result {
            Ok(doc) => assert_eq!(doc, document(), "byte {position} changed the content"),
            Err(OpenError::Damaged | OpenError::NotAge | OpenError::WrongKey) => {}
            Err(other) => panic!("byte {position}: unexpected {other:?}"),
        }
    }
}

#[test]
fn a_valid_age_file_that_is_not_an_export_is_named_as_such() {
    let org = org();
    let key = parse_recipient(&org.public).unwrap();
    for plaintext in [
        &b"hello"[..],
        b"{\"kind\":\"something-else\",\"format\":1}",
        b"[]",
    ] {
        let sealed = age_encrypt(&key, plaintext);
        assert_eq!(open(&sealed, &opening(&org)), Err(OpenError::NotTrygg));
    }
}

#[test]
fn an_export_from_a_newer_trygg_asks_for_an_update() {
    let org = org();
    let key = parse_recipient(&org.public).unwrap();
    let mut json: serde_json::Value =
        serde_json::from_slice(&document().to_json().unwrap()).unwrap();
    json["format"] = serde_json::json!(2);
    let sealed = age_encrypt(&key, &serde_json::to_vec(&json).unwrap());
    assert_eq!(
        open(&sealed, &opening(&org)),
        Err(OpenError::TooNew { found: 2 })
    );
}

#[test]
fn an_export_with_a_broken_case_says_so() {
    let org = org();
    let key = parse_recipient(&org.public).unwrap();
    let mut json: serde_json::Value =
        serde_json::from_slice(&document().to_json().unwrap()).unwrap();
    json["cases"][0]["case"]["code"] = serde_json::json!(42);
    let sealed = age_encrypt(&key, &serde_json::to_vec(&json).unwrap());
    assert!(matches!(
        open(&sealed, &opening(&org)),
        Err(OpenError::Invalid(_))
    ));
}

#[test]
fn export_file_names_say_nothing_about_the_case() {
    let name = export::file_name([0xab; 8]);
    assert_eq!(name, "abababababababab.trygg.age");
}

fn age_encrypt(key: &age::x25519::Recipient, plaintext: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(key as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

// Decrypt-and-parse never panics: 10,000 random and mutated inputs.
proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let result = FIXED.with(|o| open(&bytes, &opening(o)));
        prop_assert!(result.is_err());
    }

    #[test]
    fn mutated_exports_never_panic_nor_open_changed(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let (sealed, key) = FIXED.with(|o| (SEALED.with(Clone::clone), opening(o)));
        let mut mutated = sealed.clone();
        for (index, byte) in &edits {
            let at = index.index(mutated.len());
            mutated[at] = *byte;
        }
        if truncate {
            mutated.truncate(cut.index(mutated.len()));
        }
        if let Ok(doc) = open(&mutated, &key) {
            prop_assert_eq!(doc, document());
        }
    }
}

thread_local! {
    static FIXED: Org = org();
    static SEALED: Vec<u8> = FIXED.with(sealed_to);
}
