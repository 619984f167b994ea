//! Fictional, fully answered cases for tests, benchmarks and demonstrations: every
//! relevant question answered (with some "don't know" and "declined"), needs with
//! services, consents, notes, and now and then a risk level raised by judgement.
//! Deterministic for a seed. Nothing here is, or is drawn from, real case data.

use crate::answer::{evaluate, Answer, NeedStatus, NeedValue, QuestionState, Urgency, Value};
use crate::case::{
    Assessment, Case, CaseNote, CaseStatus, ConsentDecision, ConsentPurpose, ConsentRecord, Millis,
};
use crate::code::{CaseCode, CaseId};
use crate::instrument::{Instrument, QuestionKind, RulesKind};
use crate::rules::{self, AssessmentResult, RiskLevel, RiskOverride};

const MINUTE: Millis = 60 * 1000;
const DAY: Millis = 24 * 60 * MINUTE;

/// A small deterministic generator (SplitMix64): examples need variety, not secrecy.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get((self.next() % items.len() as u64) as usize)
        }
    }

    fn bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for chunk in out.chunks_mut(8) {
            let word = self.next().to_le_bytes();
            chunk.copy_from_slice(&word[..chunk.len()]);
        }
        out
    }
}

const LANGUAGES: [&str; 8] = ["ru", "uk", "ro", "bg", "en", "lv", "lt", "et"];
const WORKER_LANGUAGES: [&str; 8] = ["lv", "lt", "et", "fi", "sv", "da", "nb", "is"];
const ROLES: [&str; 3] = ["outreach-worker", "case-manager", "social-worker"];
const SERVICES: [&str; 5] = [
    "Shelter A (fictional)",
    "Clinic B (fictional)",
    "Legal aid C (fictional)",
    "Counselling D (fictional)",
    "Interpreter service E (fictional)",
];
const NOTES: [&str; 4] = [
    "Fictional note: she asked to continue at the next meeting.",
    "Fictional note: the interpreter was present by phone.",
    "Fictional note: answer given after a pause; ask again later.",
    "Fictional note: observed at the drop-in centre.",
];

/// An assessment with every relevant question answered, as at the end of an interview.
pub fn example_assessment(instrument: &Instrument, seed: u64, started: Millis) -> Assessment {
    let mut draw = Draw(seed);
    let respondent = draw.pick(&LANGUAGES).copied().unwrap_or("en");
    let worker = draw.pick(&WORKER_LANGUAGES).copied().unwrap_or("en");
    let mut assessment = Assessment::new(instrument, started, respondent, worker);
    // Relevance can reveal follow-up questions: answer until nothing new appears.
    for _ in 0..8 {
        let open: Vec<(String, QuestionKind)> = evaluate(instrument, &assessment.answers)
            .iter()
            .filter(|(_, state)| *state == QuestionState::NotAsked)
            .map(|(q, _)| (q.id.clone(), q.kind.clone()))
            .collect();
        if open.is_empty() {
            break;
        }
        for (id, kind) in open {
            let answer = example_answer(instrument, &kind, &mut draw);
            assessment.answers.set(&id, answer);
            if draw.chance(4) {
                let note = draw.pick(&NOTES).copied().unwrap_or_default();
                assessment.notes.insert(id, note.to_string());
            }
        }
    }
    let answered = assessment.answers.len() as Millis;
    assessment.updated = started + answered * MINUTE / 2 + 5 * MINUTE;
    if instrument.rules == RulesKind::Risk && draw.chance(25) {
        if let Ok(AssessmentResult::Risk(result)) = rules::score(instrument, &assessment) {
            let higher = match result.computed_level {
                RiskLevel::Low => Some(RiskLevel::Medium),
                RiskLevel::Medium => Some(RiskLevel::High),
                RiskLevel::High => None,
            };
            assessment.risk_override = higher.map(|level| RiskOverride {
                level,
                reason: "Fictional: a man was seen waiting outside the centre.".to_string(),
            });
        }
    }
    assessment
}

fn example_answer(instrument: &Instrument, kind: &QuestionKind, draw: &mut Draw) -> Answer {
    if draw.chance(7) {
        return Answer::DontKnow;
    }
    if draw.chance(3) {
        return Answer::Declined;
    }
    let value = match kind {
        QuestionKind::Single { list } => {
            let values = instrument
                .choice_list(list)
                .map(|l| l.values.as_slice())
                .unwrap_or_default();
            let yes_share = match instrument.rules {
                RulesKind::Identification => 35,
                RulesKind::Risk => 20,
                RulesKind::Needs => 50,
            };
            if values.iter().any(|v| v == "yes") {
                Value::Choice(if draw.chance(yes_share) { "yes" } else { "no" }.to_string())
            } else {
                Value::Choice(draw.pick(values).cloned().unwrap_or_default())
            }
        }
        QuestionKind::Multiple { list } => {
            let values = instrument
                .choice_list(list)
                .map(|l| l.values.clone())
                .unwrap_or_default();
            let mut chosen: Vec<String> =
                values.iter().filter(|_| draw.chance(40)).cloned().collect();
            if chosen.is_empty() {
                chosen.extend(draw.pick(&values).cloned());
            }
            Value::Choices(chosen)
        }
        QuestionKind::Text => Value::Text("Fictional answer.".to_string()),
        QuestionKind::Number { min, max } => {
            let low = min.unwrap_or(0);
            let high = max.unwrap_or(low.saturating_add(30)).max(low);
            let span = high.saturating_sub(low).saturating_add(1).max(1) as u64;
            Value::Number(low.saturating_add((draw.next() % span) as i64))
        }
        QuestionKind::Date => Value::Date(format!(
            "2025-{:02}-{:02}",
            1 + draw.next() % 12,
            1 + draw.next() % 28
        )),
        QuestionKind::Need => {
            let urgency = *draw.pick(&Urgency::ALL).unwrap_or(&Urgency::None);
            let status = *draw
                .pick(&NeedStatus::ALL)
                .unwrap_or(&NeedStatus::Identified);
            let service = (status != NeedStatus::Identified && draw.chance(60))
                .then(|| draw.pick(&SERVICES).map(|s| s.to_string()))
                .flatten();
            let note = draw
                .chance(10)
                .then(|| draw.pick(&NOTES).map(|s| s.to_string()))
                .flatten();
            Value::Need(NeedValue {
                urgency,
                status,
                service,
                note,
            })
        }
    };
    Answer::Answered { value }
}

/// A fictional case created 3 to 403 days before `now`: consent to recording, a
/// sharing decision, one fully answered assessment per instrument, a case note.
/// Everything in it happened before `now` (a decision dated later would outweigh
/// any recorded today).
pub fn example_case(instruments: &[Instrument], seed: u64, now: Millis) -> Case {
    let mut draw = Draw(seed ^ 0x005e_ed0f_ca5e);
    let created =
        now - (3 + (draw.next() % 400) as Millis) * DAY - (draw.next() % 600) as Millis * MINUTE;
    let mut case = Case::new(
        CaseId::from_random_bytes(draw.bytes()),
        CaseCode::from_random_bytes(draw.bytes()),
        created,
    );
    case.status = *draw
        .pick(&[
            CaseStatus::Active,
            CaseStatus::Active,
            CaseStatus::FollowUp,
            CaseStatus::Closed,
            CaseStatus::ClosedReferred,
        ])
        .unwrap_or(&CaseStatus::Active);
    let role = draw.pick(&ROLES).copied().unwrap_or("outreach-worker");
    let consent = |purpose, decision, at| ConsentRecord {
        purpose,
        decision,
        at,
        recorded_by: role.to_string(),
    };
    case.record_consent(consent(
        ConsentPurpose::AgreementToManagePersonalData,
        ConsentDecision::Given,
        created + MINUTE,
    ));
    let share = ConsentPurpose::AgreementToShareData;
    match draw.next() % 10 {
        0 => case.record_consent(consent(
            share,
            ConsentDecision::Declined,
            created + 2 * MINUTE,
        )),
        1 => {
            case.record_consent(consent(
                share,
                ConsentDecision::Declined,
                created + 2 * MINUTE,
            ));
            case.record_consent(consent(share, ConsentDecision::Given, created + DAY));
        }
        2 => {
            case.record_consent(consent(share, ConsentDecision::Given, created + 2 * MINUTE));
            case.record_consent(consent(
                share,
                ConsentDecision::Withdrawn,
                created + 2 * DAY,
            ));
        }
        _ => case.record_consent(consent(share, ConsentDecision::Given, created + 2 * MINUTE)),
    }
    let mut started = created + 3 * MINUTE;
    for instrument in instruments {
        let assessment = example_assessment(instrument, draw.next(), started);
        started = assessment.updated + MINUTE;
        case.updated = case.updated.max(assessment.updated);
        case.assessments.push(assessment);
    }
    if draw.chance(50) {
        let at = case.updated + MINUTE;
        case.notes.push(CaseNote {
            at,
            by: role.to_string(),
            text: draw.pick(&NOTES).copied().unwrap_or_default().to_string(),
        });
        case.updated = at;
    }
    case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::StateKind;
    use crate::instrument::shipped;
    use crate::progress::{progress, Stage};

    #[test]
    fn nothing_in_an_example_happens_after_now() {
        let instruments = shipped().expect("shipped instruments load");
        let now = 1_790_000_000_000;
        for seed in 0..20_000 {
            let case = example_case(&instruments, seed, now);
            assert!(case.updated <= now, "seed {seed}: changed after now");
            assert!(
                case.consents.iter().all(|c| c.at <= now),
                "seed {seed}: a consent decision after now"
            );
            assert!(
                case.notes.iter().all(|n| n.at <= now),
                "seed {seed}: a note after now"
            );
        }
    }

    #[test]
    fn examples_are_complete_deterministic_and_varied() {
        let instruments = shipped().expect("shipped instruments load");
        let now = 1_790_000_000_000;
        let a = example_case(&instruments, 1, now);
        assert_eq!(a, example_case(&instruments, 1, now));
        assert_ne!(a, example_case(&instruments, 2, now));
        assert_eq!(a.assessments.len(), instruments.len());
        let mut states = std::collections::BTreeSet::new();
        for seed in 0..20 {
            let case = example_case(&instruments, seed, now);
            assert!(case.created < now && case.updated >= case.created);
            for (assessment, instrument) in case.assessments.iter().zip(&instruments) {
                let p = progress(instrument, &assessment.answers);
                assert_eq!(p.stage(), Stage::Complete, "seed {seed}: {}", instrument.id);
                assert!(rules::score(instrument, assessment).is_ok());
                for (_, state) in evaluate(instrument, &assessment.answers).iter() {
                    states.insert(state.kind().as_str());
                }
            }
        }
        for kind in [
            StateKind::Answered,
            StateKind::DontKnow,
            StateKind::Declined,
            StateKind::NotRelevant,
        ] {
            assert!(states.contains(kind.as_str()), "no {kind:?} in 20 examples");
        }
    }
}
