//! How far an assessment has come: per section and overall, and where to resume.
//! The interview screens show this; they do not count for themselves.

use serde::{Deserialize, Serialize};

use crate::answer::{evaluate, Answers, QuestionState};
use crate::instrument::Instrument;

/// Questions that apply now, and how many of them have any answer (including
/// "don't know" and "declined", which are answers the worker has recorded).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub answered: usize,
    pub relevant: usize,
}

impl Count {
    pub fn is_complete(&self) -> bool {
        self.answered == self.relevant
    }
}

/// One section's progress; sections that do not apply have `relevant == 0`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionProgress {
    pub section: String,
    pub count: Count,
    /// Questions of the section that apply now, in asking order.
    pub relevant_questions: Vec<String>,
}

/// Where an assessment stands, for the case list and overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    NotStarted,
    InProgress,
    Complete,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub sections: Vec<SectionProgress>,
    pub total: Count,
}

impl Progress {
    pub fn stage(&self) -> Stage {
        if self.total.answered == 0 {
            Stage::NotStarted
        } else if self.total.is_complete() {
            Stage::Complete
        } else {
            Stage::InProgress
        }
    }

    /// Indices of the sections that apply now (at least one relevant question).
    pub fn applicable_sections(&self) -> Vec<usize> {
        (0..self.sections.len())
            .filter(|i| self.sections[*i].count.relevant > 0)
            .collect()
    }

    /// The section to resume at: the first applicable one with an unanswered
    /// question, else the last applicable one.
    pub fn resume_section(&self) -> usize {
        let applicable = self.applicable_sections();
        applicable
            .iter()
            .copied()
            .find(|i| !self.sections[*i].count.is_complete())
            .or_else(|| applicable.last().copied())
            .unwrap_or(0)
    }
}

/// Where to pick up an interview: an assessment of a case, at a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResumePoint {
    pub case: crate::code::CaseId,
    /// The assessment's position in the case.
    pub index: usize,
    pub section: usize,
}

/// The most recently changed assessment that is started but not complete, at the
/// section to resume: after a crash or a reload, the interview the worker was in.
pub fn last_unfinished<C: std::borrow::Borrow<crate::case::Case>>(
    cases: &[C],
    instruments: &[Instrument],
) -> Option<ResumePoint> {
    cases
        .iter()
        .map(std::borrow::Borrow::borrow)
        .flat_map(|case: &crate::case::Case| {
            case.assessments
                .iter()
                .enumerate()
                .map(move |(index, a)| (case, index, a))
        })
        .filter_map(|(case, index, assessment)| {
            let instrument = instruments.iter().find(|i| i.id == assessment.instrument)?;
            let p = progress(instrument, &assessment.answers);
            (p.stage() == Stage::InProgress).then(|| {
                (
                    assessment.updated,
                    ResumePoint {
                        case: case.id.clone(),
                        index,
                        section: p.resume_section(),
                    },
                )
            })
        })
        .max_by_key(|(updated, _)| *updated)
        .map(|(_, point)| point)
}

/// Counts, per section and overall, the relevant and the answered questions.
pub fn progress(instrument: &Instrument, answers: &Answers) -> Progress {
    let evaluated = evaluate(instrument, answers);
    let mut total = Count::default();
    let sections = instrument
        .sections
        .iter()
        .map(|section| {
            let mut count = Count::default();
            let mut relevant_questions = Vec::new();
            for question in &section.questions {
                match evaluated.state(&question.id) {
                    None | Some(QuestionState::NotRelevant) => {}
                    Some(state) => {
                        count.relevant += 1;
                        relevant_questions.push(question.id.clone());
                        if state != QuestionState::NotAsked {
                            count.answered += 1;
                        }
                    }
                }
            }
            total.answered += count.answered;
            total.relevant += count.relevant;
            SectionProgress {
                section: section.id.clone(),
                count,
                relevant_questions,
            }
        })
        .collect();
    Progress { sections, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::instrument::shipped;

    fn identification() -> Instrument {
        shipped()
            .expect("shipped instruments load")
            .into_iter()
            .find(|i| i.id == "identification")
            .expect("identification ships")
    }

    #[test]
    fn a_fresh_assessment_has_not_started_and_resumes_at_the_first_section() {
        let instrument = identification();
        let p = progress(&instrument, &Answers::new());
        assert_eq!(p.stage(), Stage::NotStarted);
        assert_eq!(p.total.answered, 0);
        assert!(p.total.relevant >= 40);
        assert_eq!(p.resume_section(), p.applicable_sections()[0]);
    }

    #[test]
    fn dont_know_and_declined_count_as_answered() {
        let instrument = identification();
        let mut ids = instrument.questions().map(|q| q.id.clone());
        let (a, b) = (ids.next().expect("q1"), ids.next().expect("q2"));
        let answers = Answers::from([
            (a.as_str(), Answer::DontKnow),
            (b.as_str(), Answer::Declined),
        ]);
        let p = progress(&instrument, &answers);
        assert_eq!(p.total.answered, 2);
        assert_eq!(p.stage(), Stage::InProgress);
    }

    #[test]
    fn the_last_changed_unfinished_assessment_is_where_to_resume() {
        use crate::case::{Assessment, Case};
        use crate::code::{CaseCode, CaseId};
        let instruments = shipped().expect("shipped instruments load");
        let identification = &instruments[0];
        let first_question = identification
            .questions()
            .next()
            .expect("a question")
            .id
            .clone();
        let mut case = Case::new(
            CaseId::from_random_bytes([1; 16]),
            CaseCode::from_random_bytes([1; 8]),
            0,
        );
        let mut older = Assessment::new(identification, 10, "en", "en");
        older.answers.set(&first_question, Answer::DontKnow);
        let mut newer = Assessment::new(identification, 20, "en", "en");
        newer.answers.set(&first_question, Answer::Declined);
        newer.updated = 30;
        let untouched = Assessment::new(identification, 40, "en", "en");
        case.assessments = vec![older, newer, untouched];
        let point = last_unfinished(std::slice::from_ref(&case), &instruments).expect("a point");
        assert_eq!((point.case, point.index), (case.id.clone(), 1));
        assert_eq!(point.section, 0);
        // Nothing started: nothing to resume.
        case.assessments.truncate(0);
        assert_eq!(last_unfinished(&[case], &instruments), None);
    }

    #[test]
    fn answering_everything_completes_and_resumes_at_the_last_section() {
        let instrument = identification();
        let mut answers = Answers::new();
        // Answer in asking order until nothing relevant is left open; relevance
        // can reveal follow-ups, so repeat until stable.
        for _ in 0..4 {
            let p = progress(&instrument, &answers);
            for s in &p.sections {
                for q in &s.relevant_questions {
                    if answers.get(q).is_none() {
                        answers.set(q, Answer::DontKnow);
                    }
                }
            }
        }
        let p = progress(&instrument, &answers);
        assert_eq!(p.stage(), Stage::Complete);
        assert_eq!(
            p.resume_section(),
            *p.applicable_sections().last().expect("some")
        );
    }
}
