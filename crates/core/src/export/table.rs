//! The CSV table of exports: one row per assessment, in stable, documented columns.
//!
//! Columns, in this order (README "CSV columns" describes each):
//! the fixed columns [`FIXED_COLUMNS`]; with notes, [`NOTE_COLUMNS`]; then one column
//! per question of the given instruments, named `<instrument>.<question>`, in the
//! instruments' order and each instrument's asking order.
//!
//! - Dates are ISO 8601 in UTC (`2026-01-05T10:00:00Z`); yes/no columns say `yes` or `no`.
//! - A question cell holds the answer (`yes`, a choice value, `a|b` for several choices,
//!   `urgency/status` or `urgency/status/service` for a need), or the question's state
//!   in brackets: `(not-asked)`, `(dont-know)`, `(declined)`, `(not-relevant)`,
//!   `(invalid)`. Ids never contain brackets, so the two cannot be confused. Cells of
//!   another instrument's questions are empty.
//! - Notes (the worker's notes on questions and needs, case notes) are left out unless
//!   asked for; then they fill the note columns.
//! - Quoting follows RFC 4180 (the `csv` crate); rows end with CRLF.

use std::collections::BTreeMap;
use std::io::Write;

use crate::answer::{evaluate, Answer, QuestionState, Urgency, Value};
use crate::case::{Case, ConsentPurpose};
use crate::instrument::{Instrument, Truth};
use crate::rules::identification::DimensionStatus;
use crate::rules::risk::OverrideOutcome;
use crate::rules::AssessmentResult;

use super::dates::utc;
use super::view::{assessments, AssessmentView};
use super::ExportDocument;

/// The columns every table has, in order.
pub const FIXED_COLUMNS: [&str; 35] = [
    "file",
    "case_id",
    "case_code",
    "case_status",
    "case_created",
    "case_updated",
    "consent_manage_personal_data",
    "consent_share_data",
    "assessment_index",
    "instrument",
    "instrument_version",
    "respondent_language",
    "worker_language",
    "started",
    "updated",
    "stage",
    "answered",
    "relevant",
    "ignored_answers",
    "identification_outcome",
    "dimensions_met",
    "dimensions_could_be_met",
    "identification_unknown",
    "needs_immediate",
    "needs_short_term",
    "needs_long_term",
    "needs_to_refer",
    "needs_open",
    "risk_level",
    "risk_computed_level",
    "risk_score",
    "risk_red_flags",
    "risk_raised_reason",
    "return_considered",
    "return_safe_to_plan",
];

/// Added after the fixed columns with `with_notes`.
pub const NOTE_COLUMNS: [&str; 2] = ["assessment_notes", "case_notes"];

/// The columns of a table and how to fill them.
pub struct Table<'a> {
    instruments: &'a [Instrument],
    with_notes: bool,
}

impl<'a> Table<'a> {
    /// A table with one column per question of `instruments` (normally the shipped ones).
    pub fn new(instruments: &'a [Instrument], with_notes: bool) -> Self {
        Self {
            instruments,
            with_notes,
        }
    }

    pub fn header(&self) -> Vec<String> {
        let mut header: Vec<String> = FIXED_COLUMNS.iter().map(|c| c.to_string()).collect();
        if self.with_notes {
            header.extend(NOTE_COLUMNS.iter().map(|c| c.to_string()));
        }
        for instrument in self.instruments {
            header.extend(
                instrument
                    .questions()
                    .map(|q| format!("{}.{}", instrument.id, q.id)),
            );
        }
        header
    }

    /// One row per assessment of every case of `document`, in the file's order.
    pub fn rows(&self, file: &str, document: &ExportDocument) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        for exported in &document.cases {
            for view in assessments(exported, self.instruments) {
                rows.push(self.row(file, &view));
            }
        }
        rows
    }

    fn row(&self, file: &str, view: &AssessmentView<'_>) -> Vec<String> {
        let mut cells = fixed_cells(file, view);
        let mut row: Vec<String> = FIXED_COLUMNS
            .iter()
            .map(|column| cells.remove(column).unwrap_or_default())
            .collect();
        let case = view.case;
        let a = view.assessment;
        if self.with_notes {
            row.push(assessment_notes(view));
            row.push(
                case.notes
                    .iter()
                    .map(|n| format!("{} {}: {}", utc(n.at), n.by, n.text))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        for instrument in self.instruments {
            if instrument.id != a.instrument {
                row.extend(instrument.questions().map(|_| String::new()));
                continue;
            }
            let evaluated = evaluate(instrument, &a.answers);
            row.extend(evaluated.iter().map(|(_, state)| state_cell(state)));
        }
        row
    }

    /// Writes the header and the rows of every `(file name, document)` as CSV.
    pub fn write_csv<W: Write>(
        &self,
        out: W,
        documents: &[(String, ExportDocument)],
    ) -> Result<(), csv::Error> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(self.header())?;
        for (file, document) in documents {
            for row in self.rows(file, document) {
                writer.write_record(&row)?;
            }
        }
        writer.flush()?;
        Ok(())
    }
}

fn status_str(case: &Case) -> String {
    // HTCDS values, as in the case JSON.
    serde_json::to_value(case.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn consent_str(case: &Case, purpose: ConsentPurpose) -> String {
    case.consent(purpose)
        .and_then(|r| serde_json::to_value(r.decision).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn stage_str(stage: crate::progress::Stage) -> &'static str {
    match stage {
        crate::progress::Stage::NotStarted => "not-started",
        crate::progress::Stage::InProgress => "in-progress",
        crate::progress::Stage::Complete => "complete",
    }
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

fn truth_str(truth: Truth) -> &'static str {
    match truth {
        Truth::True => "yes",
        Truth::False => "no",
        Truth::Unknown => "unknown",
    }
}

/// The fixed columns of one row, by name; a missing name is an empty cell.
fn fixed_cells(file: &str, view: &AssessmentView<'_>) -> BTreeMap<&'static str, String> {
    let case = view.case;
    let a = view.assessment;
    let mut cells: BTreeMap<&'static str, String> = BTreeMap::from([
        ("file", file.to_string()),
        ("case_id", case.id.to_string()),
        ("case_code", case.code.to_string()),
        ("case_status", status_str(case)),
        ("case_created", utc(case.created)),
        ("case_updated", utc(case.updated)),
        (
            "consent_manage_personal_data",
            consent_str(case, ConsentPurpose::AgreementToManagePersonalData),
        ),
        (
            "consent_share_data",
            consent_str(case, ConsentPurpose::AgreementToShareData),
        ),
        ("assessment_index", (view.index + 1).to_string()),
        ("instrument", a.instrument.clone()),
        ("instrument_version", a.instrument_version.clone()),
        ("respondent_language", a.respondent_language.clone()),
        ("worker_language", a.worker_language.clone()),
        ("started", utc(a.started)),
        ("updated", utc(a.updated)),
    ]);
    if let Some(p) = &view.progress {
        cells.insert("stage", stage_str(p.stage()).to_string());
        cells.insert("answered", p.total.answered.to_string());
        cells.insert("relevant", p.total.relevant.to_string());
    }
    let Some((result, _)) = &view.result else {
        return cells;
    };
    match result {
        AssessmentResult::Identification(r) => {
            let dimensions = |status: DimensionStatus| {
                r.dimensions
                    .iter()
                    .filter(|d| d.status == status)
                    .map(|d| d.number.to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            cells.insert("ignored_answers", r.ignored.len().to_string());
            cells.insert("identification_outcome", r.outcome.as_str().to_string());
            cells.insert("dimensions_met", dimensions(DimensionStatus::Met));
            cells.insert(
                "dimensions_could_be_met",
                dimensions(DimensionStatus::CouldBeMet),
            );
            cells.insert("identification_unknown", r.unknown_count.to_string());
        }
        AssessmentResult::Needs(r) => {
            let count = |u: Urgency| r.plan.iter().filter(|e| e.urgency == u).count().to_string();
            cells.insert("ignored_answers", r.ignored.len().to_string());
            cells.insert("needs_immediate", count(Urgency::Immediate));
            cells.insert("needs_short_term", count(Urgency::ShortTerm));
            cells.insert("needs_long_term", count(Urgency::LongTerm));
            cells.insert("needs_to_refer", r.referrals().count().to_string());
            cells.insert("needs_open", r.open.len().to_string());
        }
        AssessmentResult::Risk(r) => {
            cells.insert("ignored_answers", r.ignored.len().to_string());
            cells.insert("risk_level", r.level.as_str().to_string());
            cells.insert("risk_computed_level", r.computed_level.as_str().to_string());
            cells.insert("risk_score", r.score.to_string());
            cells.insert("risk_red_flags", r.red_flags.join(" "));
            if let OverrideOutcome::Raised { reason, .. } = &r.override_outcome {
                cells.insert("risk_raised_reason", reason.clone());
            }
            cells.insert(
                "return_considered",
                truth_str(r.return_check.considered).to_string(),
            );
            cells.insert("return_safe_to_plan", yes_no(r.return_check.safe_to_plan));
        }
    }
    cells
}

fn assessment_notes(view: &AssessmentView<'_>) -> String {
    let a = view.assessment;
    let mut lines: Vec<String> = a
        .notes
        .iter()
        .map(|(question, note)| format!("{question}: {note}"))
        .collect();
    for (question, answer) in a.answers.iter() {
        if let Answer::Answered {
            value: Value::Need(need),
        } = answer
        {
            if let Some(note) = &need.note {
                lines.push(format!("{question} (need): {note}"));
            }
        }
    }
    lines.join("\n")
}

/// The cell of one question: its answer, or its state in brackets.
pub fn state_cell(state: QuestionState<'_>) -> String {
    match state {
        QuestionState::Answered(value) => value_cell(value),
        other => format!("({})", other.kind().as_str()),
    }
}

/// An answer as one cell: several choices joined by `|`, a need as
/// `urgency/status` or `urgency/status/service`.
pub fn value_cell(value: &Value) -> String {
    match value {
        Value::Choice(v) | Value::Text(v) | Value::Date(v) => v.clone(),
        Value::Choices(vs) => vs.join("|"),
        Value::Number(n) => n.to_string(),
        Value::Need(need) => {
            let mut cell = format!("{}/{}", need.urgency.as_str(), need.status.as_str());
            if let Some(service) = &need.service {
                cell.push('/');
                cell.push_str(service);
            }
            cell
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case;
    use crate::export::{example, ExportedCase};
    use crate::instrument::shipped;

    const V1: &str = include_str!("../../tests/data/case-v1.json");

    fn document() -> (Vec<Instrument>, ExportDocument) {
        let instruments = shipped().expect("shipped instruments load");
        let case = case::from_json(V1).expect("the sample case opens");
        let exported = ExportedCase::new(case, &instruments);
        let doc = ExportDocument::new("0.1.0", 1_790_000_000_000, vec![exported]);
        (instruments, doc)
    }

    fn cell<'r>(header: &[String], row: &'r [String], column: &str) -> &'r str {
        let at = header
            .iter()
            .position(|c| c == column)
            .unwrap_or_else(|| panic!("no column {column}"));
        &row[at]
    }

    #[test]
    fn the_header_is_the_fixed_columns_then_every_question() {
        let instruments = shipped().unwrap();
        let questions: usize = instruments.iter().map(|i| i.questions().count()).sum();
        let header = Table::new(&instruments, false).header();
        assert_eq!(header.len(), FIXED_COLUMNS.len() + questions);
        assert_eq!(
            header[..FIXED_COLUMNS.len()],
            FIXED_COLUMNS.map(String::from)
        );
        assert_eq!(
            header[FIXED_COLUMNS.len()],
            "identification.came-from-abroad"
        );
        let with_notes = Table::new(&instruments, true).header();
        assert_eq!(with_notes[FIXED_COLUMNS.len()], "assessment_notes");
        assert_eq!(with_notes.len(), header.len() + NOTE_COLUMNS.len());
    }

    #[test]
    fn one_row_per_assessment_with_results_and_answer_states() {
        let (instruments, doc) = document();
        let table = Table::new(&instruments, false);
        let header = table.header();
        let rows = table.rows("a.trygg.age", &doc);
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.len() == header.len()));
        let (id, needs, risk) = (&rows[0], &rows[1], &rows[2]);
        let c = |row, column| cell(&header, row, column);
        assert_eq!(c(id, "file"), "a.trygg.age");
        assert_eq!(c(id, "case_code"), "K7M-4QX");
        assert_eq!(c(id, "case_status"), "FollowUp");
        assert_eq!(c(id, "case_created"), "2026-01-05T10:00:00Z");
        assert_eq!(c(id, "consent_manage_personal_data"), "given");
        assert_eq!(c(id, "consent_share_data"), "given");
        assert_eq!(c(id, "assessment_index"), "1");
        assert_eq!(c(id, "respondent_language"), "ru");
        assert_eq!(c(id, "stage"), "in-progress");
        assert_eq!(c(id, "answered"), "5");
        assert_eq!(c(id, "identification_outcome"), "insufficient-information");
        assert_eq!(c(id, "identification.deceived-about-work"), "yes");
        assert_eq!(c(id, "identification.deceived-about-earnings"), "no");
        assert_eq!(c(id, "identification.forced-clients-or-acts"), "(declined)");
        assert_eq!(c(id, "identification.debt-bondage"), "(dont-know)");
        assert_eq!(
            c(id, "identification.deceived-about-contract"),
            "(not-asked)"
        );
        assert_eq!(
            c(id, "needs.place-tonight"),
            "",
            "another instrument's column"
        );
        assert_eq!(c(id, "risk_level"), "");
        assert_eq!(
            c(needs, "needs.place-tonight"),
            "immediate/referred/Shelter A"
        );
        assert_eq!(
            c(needs, "needs.trauma-support"),
            "short-term/declined-by-her"
        );
        assert_eq!(c(needs, "needs_immediate"), "1");
        assert_eq!(c(risk, "risk_level"), "high");
        assert_ne!(c(risk, "risk_computed_level"), "high");
        assert!(c(risk, "risk_raised_reason").starts_with("A man waited"));
        assert_eq!(c(risk, "risk.exploiters-know-where"), "yes");
    }

    #[test]
    fn notes_appear_only_when_asked_for() {
        let (instruments, doc) = document();
        let mut plain = Vec::new();
        Table::new(&instruments, false)
            .write_csv(&mut plain, &[("f".into(), doc.clone())])
            .unwrap();
        let plain = String::from_utf8(plain).unwrap();
        for note in ["hotel kitchen", "Space confirmed", "Next meeting"] {
            assert!(!plain.contains(note), "{note} leaked");
        }
        let mut noted = Vec::new();
        Table::new(&instruments, true)
            .write_csv(&mut noted, &[("f".into(), doc)])
            .unwrap();
        let noted = String::from_utf8(noted).unwrap();
        for note in ["hotel kitchen", "Space confirmed", "Next meeting"] {
            assert!(noted.contains(note), "{note} missing");
        }
    }

    #[test]
    fn csv_quoting_survives_commas_quotes_and_line_breaks() {
        let (instruments, mut doc) = document();
        let awkward = "She said: \"no, not\nnow\", then\r\nleft; ok";
        doc.cases[0].case.notes[0].text = awkward.to_string();
        let table = Table::new(&instruments, true);
        let mut out = Vec::new();
        table
            .write_csv(&mut out, &[("x, \"y\".trygg.age".into(), doc.clone())])
            .unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, table.header());
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(rows, table.rows("x, \"y\".trygg.age", &doc));
        assert!(cell(&header, &rows[0], "case_notes").ends_with(awkward));
        assert!(out.windows(2).any(|w| w == b"\r\n"));
    }

    #[test]
    fn many_example_cases_give_rectangular_rows() {
        let instruments = shipped().unwrap();
        let cases = (0..30)
            .map(|seed| {
                ExportedCase::new(
                    example::example_case(&instruments, seed, 1_790_000_000_000),
                    &instruments,
                )
            })
            .collect();
        let doc = ExportDocument::new("0.1.0", 1_790_000_000_000, cases);
        let table = Table::new(&instruments, false);
        let width = table.header().len();
        let rows = table.rows("f", &doc);
        assert_eq!(rows.len(), 90);
        assert!(rows.iter().all(|r| r.len() == width));
    }
}
