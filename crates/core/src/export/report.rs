//! The plain-text report of an export, for `trygg show`: every case with its code,
//! status, dates and consents, and every assessment with its instrument, languages,
//! progress, result and answers (by question id, with their state). English, for an
//! organisation's staff; ids are shown as ids. Notes only when asked for.

use std::fmt::Write as _;

use crate::answer::{evaluate, Answer, Value};
use crate::instrument::{Instrument, Truth};
use crate::progress::Stage;
use crate::rules::identification::{Finding, IdentificationResult};
use crate::rules::needs::NeedsResult;
use crate::rules::risk::{OverrideOutcome, RiskResult};
use crate::rules::AssessmentResult;

use super::dates::utc;
use super::table::{state_cell, value_cell};
use super::view::{assessments, AssessmentView, ResultSource};
use super::{ExportDocument, ExportedCase};

/// Renders the whole document. `file` names it in the heading.
pub fn render(
    file: &str,
    document: &ExportDocument,
    instruments: &[Instrument],
    with_notes: bool,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Export {file}");
    let _ = writeln!(
        out,
        "  written by Trygg {} at {}, {} case(s)",
        document.app_version,
        utc(document.exported_at),
        document.cases.len()
    );
    let _ = writeln!(
        out,
        "  Results support professional judgement (reasonable grounds); they are never a verdict."
    );
    for exported in &document.cases {
        render_case(&mut out, exported, instruments, with_notes);
    }
    out
}

fn render_case(
    out: &mut String,
    exported: &ExportedCase,
    instruments: &[Instrument],
    with_notes: bool,
) {
    let case = &exported.case;
    let status = serde_json::to_value(case.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let _ = writeln!(out, "\nCase {} ({})", case.code, status);
    let _ = writeln!(out, "  id:       {}", case.id);
    let _ = writeln!(out, "  created:  {}", utc(case.created));
    let _ = writeln!(out, "  updated:  {}", utc(case.updated));
    let _ = writeln!(out, "  consents:");
    if case.consents.is_empty() {
        let _ = writeln!(out, "    none recorded");
    }
    for record in &case.consents {
        let purpose = serde_json::to_value(record.purpose)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let decision = serde_json::to_value(record.decision)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    {purpose}: {decision} at {} (recorded by {})",
            utc(record.at),
            record.recorded_by
        );
    }
    let share = crate::export::sharing_consented(case);
    let _ = writeln!(
        out,
        "    in force: sharing {}",
        if share { "consented" } else { "NOT consented" }
    );
    let views = assessments(exported, instruments);
    if views.is_empty() {
        let _ = writeln!(out, "  no assessments");
    }
    for view in &views {
        render_assessment(out, view, with_notes);
    }
    if with_notes && !case.notes.is_empty() {
        let _ = writeln!(out, "  case notes:");
        for note in &case.notes {
            let _ = writeln!(out, "    {} {}: {}", utc(note.at), note.by, note.text);
        }
    }
}

fn render_assessment(out: &mut String, view: &AssessmentView<'_>, with_notes: bool) {
    let a = view.assessment;
    let _ = writeln!(
        out,
        "\n  Assessment {}: {} {}",
        view.index + 1,
        a.instrument,
        a.instrument_version
    );
    let _ = writeln!(
        out,
        "    languages: she answered in {}, the worker read {}",
        a.respondent_language, a.worker_language
    );
    let _ = writeln!(
        out,
        "    started {}, updated {}",
        utc(a.started),
        utc(a.updated)
    );
    match (&view.progress, view.instrument) {
        (Some(p), Some(instrument)) => {
            let stage = match p.stage() {
                Stage::NotStarted => "not started",
                Stage::InProgress => "in progress",
                Stage::Complete => "complete",
            };
            let version_note = if instrument.version == a.instrument_version {
                String::new()
            } else {
                format!(" (counted with version {})", instrument.version)
            };
            let _ = writeln!(
                out,
                "    progress: {} of {} relevant questions answered, {stage}{version_note}",
                p.total.answered, p.total.relevant
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "    progress: unknown (this trygg does not know the instrument '{}')",
                a.instrument
            );
        }
    }
    match &view.result {
        None => {
            let _ = writeln!(out, "    result: none (instrument unknown)");
        }
        Some((result, source)) => {
            let from = match source {
                ResultSource::File => "",
                ResultSource::Computed => " (computed by this trygg; the file had none)",
            };
            match result {
                AssessmentResult::Identification(r) => identification(out, r, from),
                AssessmentResult::Needs(r) => needs(out, r, from, with_notes),
                AssessmentResult::Risk(r) => risk(out, r, from),
            }
        }
    }
    let _ = writeln!(out, "    answers:");
    match view.instrument {
        Some(instrument) => {
            let evaluated = evaluate(instrument, &a.answers);
            let width = instrument
                .questions()
                .map(|q| q.id.len())
                .max()
                .unwrap_or(0);
            for (question, state) in evaluated.iter() {
                let _ = writeln!(out, "      {:<width$}  {}", question.id, answer_text(state));
            }
            for id in evaluated.ignored() {
                if instrument.question(&id).is_none() {
                    let stored = a.answers.get(&id).map(stored_text).unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "      {id:<width$}  {stored}  [not in this instrument version; ignored]"
                    );
                }
            }
        }
        None => {
            for (id, answer) in a.answers.iter() {
                let _ = writeln!(out, "      {id}  {}", stored_text(answer));
            }
        }
    }
    if with_notes && !a.notes.is_empty() {
        let _ = writeln!(out, "    notes:");
        for (question, note) in &a.notes {
            let _ = writeln!(out, "      {question}: {note}");
        }
    }
}

fn answer_text(state: crate::answer::QuestionState<'_>) -> String {
    use crate::answer::QuestionState;
    match state {
        QuestionState::Answered(value) => format!("answered: {}", value_text(value)),
        QuestionState::Invalid(value) => {
            format!("invalid: {} (does not fit the question)", value_text(value))
        }
        other => state_cell(other).trim_matches(['(', ')']).to_string(),
    }
}

fn stored_text(answer: &Answer) -> String {
    match answer {
        Answer::Answered { value } => format!("answered: {}", value_text(value)),
        Answer::DontKnow => "dont-know".to_string(),
        Answer::Declined => "declined".to_string(),
    }
}

fn value_text(value: &Value) -> String {
    match value {
        Value::Need(need) => {
            let mut text = format!(
                "urgency {}, status {}",
                need.urgency.as_str(),
                need.status.as_str()
            );
            if let Some(service) = &need.service {
                let _ = write!(text, ", service {service}");
            }
            text
        }
        other => value_cell(other),
    }
}

fn identification(out: &mut String, r: &IdentificationResult, from: &str) {
    let outcome = match r.outcome {
        crate::rules::identification::IdentificationOutcome::SupportsReasonableGrounds => {
            "supports reasonable grounds"
        }
        crate::rules::identification::IdentificationOutcome::InsufficientInformation => {
            "insufficient information"
        }
        crate::rules::identification::IdentificationOutcome::DoesNotYetSupport => {
            "does not yet support reasonable grounds"
        }
    };
    let _ = writeln!(out, "    result: {outcome}{from}");
    let _ = writeln!(
        out,
        "      {} relevant indicator(s) without a usable answer, {} of them declined",
        r.unknown_count, r.declined_count
    );
    for d in &r.dimensions {
        let present: Vec<String> = d
            .present()
            .map(|i| format!("{} ({})", i.question, i.strength.as_str()))
            .collect();
        let unknown = d.unknown().count();
        let _ = writeln!(
            out,
            "      dimension {} {}: {}",
            d.number,
            d.id,
            d.status.as_str()
        );
        if !present.is_empty() {
            let _ = writeln!(out, "        seen: {}", present.join(", "));
        }
        if unknown > 0 {
            let pending: Vec<String> = d
                .indicators
                .iter()
                .filter_map(|i| match i.finding {
                    Finding::Unknown(state) => Some(format!("{} ({})", i.question, state.as_str())),
                    _ => None,
                })
                .collect();
            let _ = writeln!(out, "        not known yet: {}", pending.join(", "));
        }
    }
    ignored(out, &r.ignored);
}

fn needs(out: &mut String, r: &NeedsResult, from: &str, with_notes: bool) {
    let _ = writeln!(
        out,
        "    result: care plan with {} need(s), {} to refer{from}",
        r.plan.len(),
        r.referrals().count()
    );
    for e in &r.plan {
        let service = e
            .service
            .as_deref()
            .map(|s| format!(", service: {s}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "      [{}] {} ({}): {}{service}",
            e.urgency.as_str(),
            e.question,
            e.domain,
            e.status.as_str()
        );
        if e.needs_referral() {
            let _ = writeln!(out, "        refer to: {}", e.service_types.join(", "));
        }
        if with_notes {
            if let Some(note) = &e.note {
                let _ = writeln!(out, "        note: {note}");
            }
        }
    }
    if !r.open.is_empty() {
        let open: Vec<String> = r
            .open
            .iter()
            .map(|o| format!("{} ({})", o.question, o.state.as_str()))
            .collect();
        let _ = writeln!(out, "      still open: {}", open.join(", "));
    }
    if !r.no_need.is_empty() {
        let _ = writeln!(out, "      no need: {}", r.no_need.join(", "));
    }
    ignored(out, &r.ignored);
}

fn risk(out: &mut String, r: &RiskResult, from: &str) {
    let _ = writeln!(
        out,
        "    result: risk level {}{from}",
        r.level.as_str().to_uppercase()
    );
    let _ = writeln!(
        out,
        "      computed level {} (score {})",
        r.computed_level.as_str(),
        r.score
    );
    match &r.override_outcome {
        OverrideOutcome::None => {}
        OverrideOutcome::Raised { from, to, reason } => {
            let _ = writeln!(
                out,
                "      raised by professional judgement from {} to {}: {reason}",
                from.as_str(),
                to.as_str()
            );
        }
        OverrideOutcome::Rejected { requested, error } => {
            let _ = writeln!(
                out,
                "      a requested level {} was not applied: {error}",
                requested.as_str()
            );
        }
    }
    if !r.red_flags.is_empty() {
        let _ = writeln!(out, "      red flags: {}", r.red_flags.join(", "));
    }
    for reason in &r.reasons {
        let _ = writeln!(
            out,
            "      reason: {} ({}, {:+} points{})",
            reason.question,
            reason.category.as_str(),
            reason.points,
            if reason.red_flag { ", red flag" } else { "" }
        );
    }
    if !r.unknown_red_flags.is_empty() {
        let list: Vec<String> = r
            .unknown_red_flags
            .iter()
            .map(|u| format!("{} ({})", u.question, u.state.as_str()))
            .collect();
        let _ = writeln!(out, "      red flags not known yet: {}", list.join(", "));
    }
    let _ = writeln!(
        out,
        "      {} relevant item(s) without a usable answer",
        r.unknown_count
    );
    if !r.safety_plan.is_empty() {
        let _ = writeln!(out, "      safety plan: {}", r.safety_plan.join(", "));
    }
    let considered = match r.return_check.considered {
        Truth::True => "considered",
        Truth::False => "not considered",
        Truth::Unknown => "not known whether considered",
    };
    if r.return_check.considered != Truth::True {
        let _ = writeln!(out, "      return: {considered}");
        ignored(out, &r.ignored);
        return;
    }
    let _ = writeln!(
        out,
        "      return: {considered}; {}",
        if r.return_check.safe_to_plan {
            "safe to plan".to_string()
        } else {
            let missing: Vec<&str> = r.return_check.missing().map(|c| c.id.as_str()).collect();
            if missing.is_empty() {
                "not safe to plan".to_string()
            } else {
                format!("not safe to plan; missing: {}", missing.join(", "))
            }
        }
    );
    ignored(out, &r.ignored);
}

fn ignored(out: &mut String, ids: &[String]) {
    if !ids.is_empty() {
        let _ = writeln!(
            out,
            "      answers not used (unknown question or unfitting value): {}",
            ids.join(", ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case;
    use crate::export::ExportedCase;
    use crate::instrument::shipped;

    fn report(with_notes: bool) -> String {
        let instruments = shipped().unwrap();
        let case = case::from_json(include_str!("../../tests/data/case-v1.json")).unwrap();
        let doc = ExportDocument::new(
            "0.1.0",
            1_790_000_000_000,
            vec![ExportedCase::new(case, &instruments)],
        );
        render("a.trygg.age", &doc, &instruments, with_notes)
    }

    #[test]
    fn the_report_shows_case_consents_results_and_answers() {
        let text = report(false);
        for expected in [
            "Export a.trygg.age",
            "Case K7M-4QX (FollowUp)",
            "created:  2026-01-05T10:00:00Z",
            "AgreementToShareData: declined at",
            "AgreementToShareData: given at",
            "in force: sharing consented",
            "Assessment 1: identification 1.0.0",
            "she answered in ru, the worker read lv",
            "progress: 5 of",
            "result: insufficient information",
            "dimension 1 deceptive-recruitment: could-be-met",
            "seen: deceived-about-work (strong)",
            "deceived-about-work",
            "answered: yes",
            "declined",
            "dont-know",
            "not-asked",
            "[immediate] place-tonight (",
            "service: Shelter A",
            "result: risk level HIGH",
            "to high: A man waited outside the drop-in centre twice this week.",
            "reason: exploiters-know-where",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    #[test]
    fn notes_only_when_asked_for() {
        let notes = [
            "hotel kitchen",
            "Space confirmed by phone",
            "Next meeting agreed",
        ];
        let plain = report(false);
        let noted = report(true);
        for note in notes {
            assert!(!plain.contains(note), "{note} shown without --with-notes");
            assert!(noted.contains(note), "{note} missing with notes");
        }
    }
}
