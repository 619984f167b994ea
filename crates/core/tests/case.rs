//! Cases and their versioned JSON: every earlier format still opens, newer ones are
//! refused with a clear error.

use trygg_core::answer::{Answer, Answers};
use trygg_core::case::{
    self, Assessment, Case, CaseStatus, ConsentDecision, ConsentPurpose, ConsentRecord, ReadError,
    CASE_FORMAT,
};
use trygg_core::code::{CaseCode, CaseId};
use trygg_core::instrument;
use trygg_core::rules::{self, AssessmentResult, RiskLevel};

const V1: &str = include_str!("data/case-v1.json");

#[test]
fn a_stored_format_1_case_opens() {
    let c = case::from_json(V1).unwrap();
    assert_eq!(c.code.as_str(), "K7M-4QX");
    assert_eq!(c.status, CaseStatus::FollowUp);
    assert_eq!(c.assessments.len(), 3);
    let ident = &c.assessments[0];
    assert_eq!(
        ident.answers.get("forced-clients-or-acts"),
        Some(&Answer::Declined)
    );
    assert_eq!(ident.answers.get("debt-bondage"), Some(&Answer::DontKnow));
    assert_eq!(ident.notes.len(), 1);
    // The latest decision wins: sharing was declined, then given later.
    assert!(c.has_consent(ConsentPurpose::AgreementToManagePersonalData));
    assert!(c.has_consent(ConsentPurpose::AgreementToShareData));
    assert_eq!(
        c.consent(ConsentPurpose::AgreementToShareData)
            .unwrap()
            .recorded_by,
        "case-manager"
    );

    // Every assessment in it scores with the shipped instruments.
    let instruments = instrument::shipped().unwrap();
    for a in &c.assessments {
        let i = instruments.iter().find(|i| i.id == a.instrument).unwrap();
        let result = rules::score(i, a).unwrap();
        if let AssessmentResult::Risk(r) = result {
            assert_eq!(r.computed_level, RiskLevel::Low);
            assert_eq!(r.level, RiskLevel::High);
        }
    }
}

#[test]
fn writing_and_reading_back_gives_the_same_case() {
    let c = case::from_json(V1).unwrap();
    let json = case::to_json(&c).unwrap();
    assert!(json.starts_with("{\n  \"format\": 1,"), "{json}");
    assert_eq!(case::from_json(&json).unwrap(), c);
    // And the stored sample is what this version writes, field for field.
    let stored: serde_json::Value = serde_json::from_str(V1).unwrap();
    let written: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(stored, written);
}

#[test]
fn a_newer_format_is_refused_with_a_specific_error() {
    let newer = V1.replacen("\"format\": 1", "\"format\": 2", 1);
    match case::from_json(&newer) {
        Err(ReadError::TooNew {
            found: 2,
            supported,
        }) => assert_eq!(supported, CASE_FORMAT),
        other => panic!("{other:?}"),
    }
}

#[test]
fn broken_files_say_what_is_wrong() {
    assert!(matches!(
        case::from_json("not json"),
        Err(ReadError::NotJson(_))
    ));
    assert!(matches!(
        case::from_json(&V1.replacen("\"format\": 1", "\"formats\": 1", 1)),
        Err(ReadError::MissingFormat)
    ));
    assert!(matches!(
        case::from_json(&V1.replacen("\"format\": 1", "\"format\": 0", 1)),
        Err(ReadError::UnknownFormat(0))
    ));
    // An unknown field means a newer writer or a damaged file: never drop data silently.
    assert!(matches!(
        case::from_json(&V1.replacen("\"status\"", "\"name\": \"x\", \"status\"", 1)),
        Err(ReadError::Invalid { format: 1, .. })
    ));
    assert!(matches!(
        case::from_json(&V1.replacen("K7M-4QX", "K7M-4QO", 1)),
        Err(ReadError::Invalid { .. })
    ));
}

#[test]
fn a_new_case_from_caller_supplied_randomness_and_time() {
    let mut rng = Counter(7);
    let now = 1_767_607_200_000;
    let mut c = Case::new(
        CaseId::generate(&mut rng),
        CaseCode::generate(&mut rng),
        now,
    );
    assert_eq!(c.status, CaseStatus::Active);
    assert!(!c.has_consent(ConsentPurpose::AgreementToManagePersonalData));
    c.record_consent(ConsentRecord {
        purpose: ConsentPurpose::AgreementToManagePersonalData,
        decision: ConsentDecision::Given,
        at: now + 1,
        recorded_by: "outreach-worker".into(),
    });
    c.record_consent(ConsentRecord {
        purpose: ConsentPurpose::AgreementToManagePersonalData,
        decision: ConsentDecision::Withdrawn,
        at: now + 2,
        recorded_by: "outreach-worker".into(),
    });
    assert!(!c.has_consent(ConsentPurpose::AgreementToManagePersonalData));
    assert_eq!(c.updated, now + 2);
    // Given again on a device whose clock is behind the last one: the decision
    // recorded last counts, whatever the time on it.
    c.record_consent(ConsentRecord {
        purpose: ConsentPurpose::AgreementToManagePersonalData,
        decision: ConsentDecision::Given,
        at: now + 1,
        recorded_by: "outreach-worker".into(),
    });
    assert!(c.has_consent(ConsentPurpose::AgreementToManagePersonalData));
    assert_eq!(c.updated, now + 2);

    let i = instrument::load(instrument::IDENTIFICATION_TOML).unwrap();
    let mut a = Assessment::new(&i, now, "uk", "sv");
    a.answers = Answers::from([("deceived-about-work", Answer::yes())]);
    c.assessments.push(a);
    let back = case::from_json(&c.to_json().unwrap()).unwrap();
    assert_eq!(back, c);
}

#[test]
fn scoring_with_the_wrong_instrument_is_an_error() {
    let c = case::from_json(V1).unwrap();
    let risk = instrument::load(instrument::RISK_TOML).unwrap();
    assert!(rules::score(&risk, &c.assessments[0]).is_err());
}

/// A deterministic stand-in for the browser's random source.
struct Counter(u64);

impl rand_core::RngCore for Counter {
    fn next_u32(&mut self) -> u32 {
        self.next_u64() as u32
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for chunk in dest.chunks_mut(8) {
            let v = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
}
