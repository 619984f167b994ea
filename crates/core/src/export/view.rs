//! One assessment of an exported case together with what is known about it: the
//! instrument it was made with (if this Trygg has it), its progress and its result.
//! The report, the CSV table and the statistics all read exports through this.

use crate::case::{Assessment, Case};
use crate::instrument::Instrument;
use crate::progress::{self, Progress};
use crate::rules::{self, AssessmentResult};

use super::ExportedCase;

/// Where an assessment's result came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultSource {
    /// Computed by the Trygg that wrote the export: what the worker saw.
    File,
    /// The file had none (its Trygg did not know the instrument); computed here.
    Computed,
}

/// An assessment of an exported case, with its instrument, progress and result.
#[derive(Clone, Debug)]
pub struct AssessmentView<'a> {
    pub case: &'a Case,
    /// Position in the case, from 0.
    pub index: usize,
    pub assessment: &'a Assessment,
    /// The instrument of the same id among those given, if any.
    pub instrument: Option<&'a Instrument>,
    /// Relevant and answered questions, when the instrument is known.
    pub progress: Option<Progress>,
    pub result: Option<(AssessmentResult, ResultSource)>,
}

/// The assessments of an exported case in their order. Results come from the file;
/// only where the file has none are they computed with `instruments`.
pub fn assessments<'a>(
    exported: &'a ExportedCase,
    instruments: &'a [Instrument],
) -> Vec<AssessmentView<'a>> {
    exported
        .case
        .assessments
        .iter()
        .enumerate()
        .map(|(index, assessment)| {
            let instrument = instruments.iter().find(|i| i.id == assessment.instrument);
            let from_file = exported
                .results
                .get(index)
                .filter(|r| r.instrument == assessment.instrument)
                .and_then(|r| r.result.clone())
                .map(|r| (r, ResultSource::File));
            let result = from_file.or_else(|| {
                let instrument = instrument?;
                rules::score(instrument, assessment)
                    .ok()
                    .map(|r| (r, ResultSource::Computed))
            });
            AssessmentView {
                case: &exported.case,
                index,
                assessment,
                instrument,
                progress: instrument.map(|i| progress::progress(i, &assessment.answers)),
                result,
            }
        })
        .collect()
}
