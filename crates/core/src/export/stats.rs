//! Counts over many exports, for national coordinators: nothing that identifies a
//! person. No case codes or ids, no notes, no free text, no date finer than the
//! month, and no cross-tabulation beyond needs by domain and urgency.
//!
//! A case exported more than once (in several files) is counted once, in its latest
//! version (the greatest `updated`; on a tie, the later file). Assessment counts are
//! of assessments: a case with two risk assessments counts twice under risk.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::answer::Urgency;
use crate::case::{CaseStatus, ConsentDecision, ConsentPurpose};
use crate::instrument::Instrument;
use crate::rules::identification::{DimensionStatus, IdentificationOutcome};
use crate::rules::risk::{OverrideOutcome, RiskLevel};
use crate::rules::AssessmentResult;

use super::dates::month;
use super::view::assessments;
use super::{ExportDocument, ExportedCase};

/// One count: what is counted, the category, an optional sub-category, how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub measure: &'static str,
    pub category: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subcategory: String,
    pub count: u64,
}

/// Counts over a set of exports.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Statistics {
    pub files: u64,
    /// Distinct cases.
    pub cases: u64,
    /// Further copies of a case found in other files, not counted again.
    pub duplicate_copies: u64,
    pub assessments: u64,
    pub counts: Vec<Count>,
}

const STATUSES: [(CaseStatus, &str); 4] = [
    (CaseStatus::Active, "Active"),
    (CaseStatus::FollowUp, "FollowUp"),
    (CaseStatus::Closed, "Closed"),
    (CaseStatus::ClosedReferred, "ClosedReferred"),
];

const OUTCOMES: [IdentificationOutcome; 3] = [
    IdentificationOutcome::SupportsReasonableGrounds,
    IdentificationOutcome::InsufficientInformation,
    IdentificationOutcome::DoesNotYetSupport,
];

const LEVELS: [RiskLevel; 3] = [RiskLevel::High, RiskLevel::Medium, RiskLevel::Low];

const URGENCIES: [Urgency; 3] = [Urgency::Immediate, Urgency::ShortTerm, Urgency::LongTerm];

impl Statistics {
    /// Counts the cases of `documents`, scoring with `instruments` where a file has
    /// no result.
    pub fn of(documents: &[ExportDocument], instruments: &[Instrument]) -> Self {
        // The latest copy of each case, by id.
        let mut latest: BTreeMap<&str, &ExportedCase> = BTreeMap::new();
        let mut copies = 0u64;
        for exported in documents.iter().flat_map(|d| &d.cases) {
            copies += 1;
            let id = exported.case.id.as_str();
            let newer = latest
                .get(id)
                .is_none_or(|kept| exported.case.updated >= kept.case.updated);
            if newer {
                latest.insert(id, exported);
            }
        }
        let mut tally = Tally::default();
        // Fixed categories are listed even at zero, in a meaningful order.
        for (_, name) in STATUSES {
            tally.add("cases by status", name, "", 0);
        }
        for decision in ["given", "declined", "withdrawn", "none"] {
            tally.add("cases by consent to share", decision, "", 0);
        }
        for instrument in instruments {
            tally.add("assessments by instrument", &instrument.id, "", 0);
        }
        for outcome in OUTCOMES {
            tally.add("identification outcomes", outcome.as_str(), "", 0);
        }
        if let Some(config) = instruments.iter().find_map(Instrument::identification) {
            for d in &config.dimensions {
                tally.add(
                    "identification dimensions met",
                    &format!("{} {}", d.number, d.id),
                    "",
                    0,
                );
            }
        }
        for level in LEVELS {
            tally.add("risk levels", level.as_str(), "", 0);
        }
        for level in LEVELS {
            tally.add("risk levels raised by judgement", level.as_str(), "", 0);
        }
        if let Some(config) = instruments.iter().find_map(Instrument::needs) {
            for domain in &config.domains {
                for urgency in URGENCIES {
                    tally.add(
                        "needs by domain and urgency",
                        &domain.id,
                        urgency.as_str(),
                        0,
                    );
                }
            }
        }

        let mut assessment_count = 0u64;
        for exported in latest.values() {
            let case = &exported.case;
            let status = STATUSES
                .iter()
                .find(|(s, _)| *s == case.status)
                .map_or("", |(_, name)| name);
            tally.add("cases by status", status, "", 1);
            let share = match case.consent(ConsentPurpose::AgreementToShareData) {
                None => "none",
                Some(r) => match r.decision {
                    ConsentDecision::Given => "given",
                    ConsentDecision::Declined => "declined",
                    ConsentDecision::Withdrawn => "withdrawn",
                },
            };
            tally.add("cases by consent to share", share, "", 1);
            for view in assessments(exported, instruments) {
                assessment_count += 1;
                let a = view.assessment;
                tally.add("assessments by instrument", &a.instrument, "", 1);
                tally.add("assessments started by month", &month(a.started), "", 1);
                match view.result.as_ref().map(|(r, _)| r) {
                    Some(AssessmentResult::Identification(r)) => {
                        tally.add("identification outcomes", r.outcome.as_str(), "", 1);
                        for d in r
                            .dimensions
                            .iter()
                            .filter(|d| d.status == DimensionStatus::Met)
                        {
                            tally.add(
                                "identification dimensions met",
                                &format!("{} {}", d.number, d.id),
                                "",
                                1,
                            );
                        }
                    }
                    Some(AssessmentResult::Risk(r)) => {
                        tally.add("risk levels", r.level.as_str(), "", 1);
                        if let OverrideOutcome::Raised { to, .. } = r.override_outcome {
                            tally.add("risk levels raised by judgement", to.as_str(), "", 1);
                        }
                    }
                    Some(AssessmentResult::Needs(r)) => {
                        for entry in &r.plan {
                            tally.add(
                                "needs by domain and urgency",
                                &entry.domain,
                                entry.urgency.as_str(),
                                1,
                            );
                        }
                    }
                    None => tally.add("assessments without a result", &a.instrument, "", 1),
                }
            }
        }
        // Months in calendar order, after the fixed categories.
        tally.sort_measure("assessments started by month");
        Self {
            files: documents.len() as u64,
            cases: latest.len() as u64,
            duplicate_copies: copies - latest.len() as u64,
            assessments: assessment_count,
            counts: tally.counts,
        }
    }

    /// The counts as a CSV table: `measure,category,subcategory,count` (RFC 4180).
    pub fn write_csv<W: std::io::Write>(&self, out: W) -> Result<(), csv::Error> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(["measure", "category", "subcategory", "count"])?;
        for (measure, value) in [
            ("files", self.files),
            ("cases", self.cases),
            ("duplicate copies (counted once)", self.duplicate_copies),
            ("assessments", self.assessments),
        ] {
            writer.write_record([measure, "", "", &value.to_string()])?;
        }
        for c in &self.counts {
            writer.write_record([c.measure, &c.category, &c.subcategory, &c.count.to_string()])?;
        }
        writer.flush()?;
        Ok(())
    }

    /// A plain-text summary for the terminal.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} file(s), {} case(s), {} assessment(s)",
            self.files, self.cases, self.assessments
        );
        if self.duplicate_copies > 0 {
            let _ = writeln!(
                out,
                "({} further copies of cases found in more than one file were counted once, in their latest version)",
                self.duplicate_copies
            );
        }
        let mut measures: Vec<&'static str> = Vec::new();
        for c in &self.counts {
            if !measures.contains(&c.measure) {
                measures.push(c.measure);
            }
        }
        for measure in measures {
            let _ = writeln!(out, "\n{}", capitalise(measure));
            let rows: Vec<&Count> = self
                .counts
                .iter()
                .filter(|c| c.measure == measure)
                .collect();
            if rows.iter().any(|c| !c.subcategory.is_empty()) {
                // A table: categories down, sub-categories across.
                let mut subs: Vec<&str> = Vec::new();
                let mut cats: Vec<&str> = Vec::new();
                for c in &rows {
                    if !subs.contains(&c.subcategory.as_str()) {
                        subs.push(&c.subcategory);
                    }
                    if !cats.contains(&c.category.as_str()) {
                        cats.push(&c.category);
                    }
                }
                let width = cats.iter().map(|c| c.len()).max().unwrap_or(0).max(8);
                let _ = write!(out, "  {:<width$}", "");
                for s in &subs {
                    let _ = write!(out, " {s:>11}");
                }
                let _ = writeln!(out);
                for cat in cats {
                    let _ = write!(out, "  {cat:<width$}");
                    for s in &subs {
                        let n = rows
                            .iter()
                            .find(|c| c.category == cat && c.subcategory == *s)
                            .map_or(0, |c| c.count);
                        let _ = write!(out, " {n:>11}");
                    }
                    let _ = writeln!(out);
                }
            } else {
                let width = rows
                    .iter()
                    .map(|c| c.category.len())
                    .max()
                    .unwrap_or(0)
                    .max(8);
                for c in rows {
                    let _ = writeln!(out, "  {:<width$} {:>7}", c.category, c.count);
                }
            }
        }
        out
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[derive(Default)]
struct Tally {
    counts: Vec<Count>,
}

impl Tally {
    fn add(&mut self, measure: &'static str, category: &str, subcategory: &str, n: u64) {
        if let Some(c) = self.counts.iter_mut().find(|c| {
            c.measure == measure && c.category == category && c.subcategory == subcategory
        }) {
            c.count += n;
        } else {
            self.counts.push(Count {
                measure,
                category: category.to_string(),
                subcategory: subcategory.to_string(),
                count: n,
            });
        }
    }

    fn sort_measure(&mut self, measure: &'static str) {
        let (mut chosen, rest): (Vec<Count>, Vec<Count>) =
            self.counts.drain(..).partition(|c| c.measure == measure);
        chosen.sort_by(|a, b| a.category.cmp(&b.category));
        self.counts = rest;
        self.counts.extend(chosen);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case;
    use crate::export::{example, ExportedCase};
    use crate::instrument::shipped;

    const NOW: i64 = 1_790_000_000_000;

    fn documents(n: u64) -> (Vec<Instrument>, Vec<ExportDocument>) {
        let instruments = shipped().unwrap();
        let docs = (0..n)
            .map(|seed| {
                let case = example::example_case(&instruments, seed, NOW);
                ExportDocument::new("0.1.0", NOW, vec![ExportedCase::new(case, &instruments)])
            })
            .collect();
        (instruments, docs)
    }

    fn total(stats: &Statistics, measure: &str) -> u64 {
        stats
            .counts
            .iter()
            .filter(|c| c.measure == measure)
            .map(|c| c.count)
            .sum()
    }

    #[test]
    fn counts_add_up() {
        let (instruments, docs) = documents(40);
        let stats = Statistics::of(&docs, &instruments);
        assert_eq!((stats.files, stats.cases, stats.assessments), (40, 40, 120));
        assert_eq!(total(&stats, "cases by status"), 40);
        assert_eq!(total(&stats, "cases by consent to share"), 40);
        assert_eq!(total(&stats, "assessments by instrument"), 120);
        assert_eq!(total(&stats, "assessments started by month"), 120);
        assert_eq!(total(&stats, "identification outcomes"), 40);
        assert_eq!(total(&stats, "risk levels"), 40);
        let plan_entries: usize = docs
            .iter()
            .flat_map(|d| &d.cases)
            .flat_map(|c| &c.results)
            .filter_map(|r| match &r.result {
                Some(AssessmentResult::Needs(n)) => Some(n.plan.len()),
                _ => None,
            })
            .sum();
        assert_eq!(
            total(&stats, "needs by domain and urgency"),
            plan_entries as u64
        );
    }

    #[test]
    fn a_case_in_several_files_counts_once_in_its_latest_version() {
        let instruments = shipped().unwrap();
        let case = case::from_json(include_str!("../../tests/data/case-v1.json")).unwrap();
        let mut later = case.clone();
        later.status = CaseStatus::Closed;
        later.updated += 1;
        let doc = |c: &case::Case| {
            ExportDocument::new(
                "0.1.0",
                NOW,
                vec![ExportedCase::new(c.clone(), &instruments)],
            )
        };
        let stats = Statistics::of(&[doc(&later), doc(&case), doc(&case)], &instruments);
        assert_eq!(
            (stats.files, stats.cases, stats.duplicate_copies),
            (3, 1, 2)
        );
        let closed = stats
            .counts
            .iter()
            .find(|c| c.measure == "cases by status" && c.category == "Closed")
            .unwrap();
        assert_eq!(closed.count, 1);
    }

    #[test]
    fn nothing_identifies_a_person() {
        let (instruments, docs) = documents(25);
        let stats = Statistics::of(&docs, &instruments);
        let mut csv = Vec::new();
        stats.write_csv(&mut csv).unwrap();
        let outputs = [
            stats.render_text(),
            String::from_utf8(csv).unwrap(),
            serde_json::to_string(&stats).unwrap(),
        ];
        for output in &outputs {
            for exported in docs.iter().flat_map(|d| &d.cases) {
                let case = &exported.case;
                assert!(!output.contains(case.code.as_str()));
                assert!(!output.contains(case.id.as_str()));
                for note in &case.notes {
                    assert!(!output.contains(&note.text));
                }
                for a in &case.assessments {
                    assert!(!output.contains(&crate::export::dates::day(a.started)));
                }
            }
            assert!(!output.contains("fictional"), "free text leaked");
            assert!(!output.contains("Fictional"), "free text leaked");
        }
        assert!(outputs[0].contains("Needs by domain and urgency"));
    }

    #[test]
    fn no_exports_give_zero_counts() {
        let instruments = shipped().unwrap();
        let stats = Statistics::of(&[], &instruments);
        assert_eq!((stats.files, stats.cases, stats.assessments), (0, 0, 0));
        assert!(stats.counts.iter().all(|c| c.count == 0));
        assert!(stats.render_text().starts_with("0 file(s)"));
    }
}
