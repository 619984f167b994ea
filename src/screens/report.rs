//! The printable report of a case: every assessment with its result and answers.
//! In print, the app's chrome disappears and the case code, the date and a
//! confidentiality line repeat on every page (a table header and footer, which
//! Chromium repeats on each printed page).

use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::case::Case;
use trygg_core::code::CaseId;
use trygg_core::instrument::messages;

use crate::screens::case::Missing;
use crate::screens::result::{answer_list, AssessmentResultView};
use crate::state::{now, use_app, Screen};
use crate::tv;
use crate::{format, i18n, tr};

#[component]
pub fn ReportScreen(id: CaseId) -> impl IntoView {
    let app = use_app();
    let Some(case) = app.case(&id) else {
        return view! { <Missing /> }.into_any();
    };
    let back = move || app.go(Screen::Case(id.clone()));
    view! { <CaseReport case=Case::clone(&case) on_back=back /> }.into_any()
}

/// The printable report of any case: one on this device, or one opened from an
/// export (`on_back` returns to where the report was opened from).
#[component]
pub fn CaseReport(
    case: Case,
    on_back: impl Fn() + Clone + Send + Sync + 'static,
    /// Opened from an export file rather than from this device's cases.
    #[prop(optional)]
    from_export: bool,
) -> impl IntoView {
    let app = use_app();
    let id = case.id.clone();
    let code = case.code.to_string();
    let printed = now();
    let assessments: Vec<_> = case
        .assessments
        .iter()
        .cloned()
        .enumerate()
        .filter_map(|(index, a)| {
            app.instrument(&a.instrument)
                .map(|i| (index, Arc::new(i), a))
        })
        .collect();

    view! {
        <div class="report-tools no-print">
            <button type="button" class="link" on:click=move |_| on_back()>
                {move || if from_export { tr!("open-back-to-export") } else { tr!("result-back-to-case") }}
            </button>
            <button type="button" class="button primary" on:click=move |_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }>
                {tv!("report-print")}
            </button>
        </div>
        <table class="report">
            <thead>
                <tr><td>
                    <div class="report-running">
                        <span>{
                            let code = code.clone();
                            move || tr!("case-title", code = code.clone())
                        }</span>
                        <span>{move || tr!("report-printed", date = format::date_time(printed))}</span>
                    </div>
                </td></tr>
            </thead>
            <tfoot>
                <tr><td>
                    <p class="report-confidential">{tv!("report-confidential")}</p>
                </td></tr>
            </tfoot>
            <tbody>
                <tr><td>
                    <h1>{
                        let code = code.clone();
                        move || tr!("report-title", code = code.clone())
                    }</h1>
                    {if assessments.is_empty() {
                        view! { <p>{tv!("home-case-no-assessments")}</p> }.into_any()
                    } else {
                        assessments
                            .into_iter()
                            .map(|(index, instrument, assessment)| {
                                let title_id = messages::title(&instrument);
                                let (started, updated) = (assessment.started, assessment.updated);
                                view! {
                                    <section class="report-assessment">
                                        <h2>{move || i18n::text(&title_id)}</h2>
                                        <p class="muted">{move || tr!(
                                            "report-assessment-dates",
                                            started = format::date_time(started),
                                            updated = format::date_time(updated)
                                        )}</p>
                                        <AssessmentResultView
                                            case=id.clone()
                                            index=index
                                            instrument=instrument.clone()
                                            assessment=assessment.clone()
                                            interactive=false
                                        />
                                        <h3>{tv!("report-answers")}</h3>
                                        <dl class="answers">
                                            {
                                                let (instrument, assessment) = (instrument.clone(), assessment.clone());
                                                move || {
                                                    answer_list(&instrument, &assessment)
                                                        .into_iter()
                                                        .map(|(q, a)| view! { <dt>{q}</dt><dd>{a}</dd> })
                                                        .collect_view()
                                                }
                                            }
                                        </dl>
                                    </section>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </td></tr>
            </tbody>
        </table>
    }
}
