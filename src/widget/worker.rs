//! Worker mode: the app's own screens (passphrase, cases, assessments, results,
//! report, export, settings) inside the widget, with a vault of their own
//! ([`WIDGET_DATABASE`](super::WIDGET_DATABASE)) in the host origin's IndexedDB. No
//! service worker, no update notice. The host hears the progress of the open
//! assessment, and when a result is shown, `trygg-complete` — with the case
//! encrypted to the host's keys if she agreed to sharing.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::case::Case;
use trygg_core::export::{self, ExportDocument, ExportedCase, Protection};
use trygg_core::instrument::Instrument;
use trygg_core::progress::progress;
use trygg_core::rules::score;
use wasm_bindgen::JsValue;

use super::self_check::reading;
use super::{escape_shortcut, events, Widget, WidgetQuickExit, WIDGET_DATABASE};
use crate::app::{Phases, SessionTools};
use crate::session::{Phase, Session};
use crate::state::{now, random_bytes, Screen};
use crate::tv;

#[component]
pub fn WorkerApp(widget: Widget, instruments: Vec<Instrument>) -> impl IntoView {
    let session = Session::with_database(instruments, WIDGET_DATABASE);
    provide_context(session);
    session.watch_idle();
    spawn_local(session.start());
    report_progress(widget, session);
    report_results(widget, session);
    let on_key = escape_shortcut(widget, move || session.lock());
    view! {
        <div class="widget worker" on:keydown=on_key>
            <div class="app-header widget-header">
                <div class="brand">
                    <span class="brand-name">{tv!("app-name")}</span>
                </div>
                <div class="header-tools">
                    <SessionTools />
                    <WidgetQuickExit before=Callback::new(move |()| session.lock()) />
                </div>
            </div>
            <div id="main" class="screen">
                <Phases session=session />
            </div>
        </div>
    }
}

/// The open assessment and its instrument, read reactively.
fn open_assessment(session: Session) -> Option<(Screen, Arc<Case>, usize, Instrument)> {
    let Phase::Open(state) = session.phase.get() else {
        return None;
    };
    let screen = state.screen.get();
    let (case, index) = match &screen {
        Screen::Assessment { case, index, .. } | Screen::Result { case, index } => {
            (case.clone(), *index)
        }
        _ => return None,
    };
    let case = state.case(&case)?;
    let instrument = state.instrument(&case.assessments.get(index)?.instrument)?;
    Some((screen, case, index, instrument))
}

/// `trygg-progress` while an assessment is open: answered and relevant questions.
fn report_progress(widget: Widget, session: Session) {
    Effect::new(move |previous: Option<Option<(usize, usize)>>| {
        let counts = open_assessment(session).and_then(|(screen, case, index, instrument)| {
            matches!(screen, Screen::Assessment { .. }).then(|| {
                let total = case
                    .assessments
                    .get(index)
                    .map(|a| progress(&instrument, &a.answers).total)
                    .unwrap_or_default();
                (total.answered, total.relevant)
            })
        });
        if let Some((answered, total)) = counts {
            if previous.flatten() != Some((answered, total)) {
                widget.emit_progress(answered, total);
            }
        }
        counts
    });
}

/// `trygg-complete` each time a result is shown.
fn report_results(widget: Widget, session: Session) {
    Effect::new(move |previous: Option<Option<Screen>>| {
        let shown =
            open_assessment(session).filter(|(screen, ..)| matches!(screen, Screen::Result { .. }));
        let (screen, case, index, instrument) = shown?;
        if previous.flatten().as_ref() == Some(&screen) {
            return Some(screen);
        }
        let config = widget.config();
        let Some(assessment) = case.assessments.get(index) else {
            return Some(screen);
        };
        let total = progress(&instrument, &assessment.answers).total;
        let mut detail = vec![
            (
                "mode",
                JsValue::from_str(super::config::Mode::Worker.as_str()),
            ),
            ("instrument", JsValue::from_str(&instrument.id)),
            ("answered", events::number(total.answered)),
            ("total", events::number(total.relevant)),
        ];
        if config.events_include_result {
            if let Ok(result) = score(&instrument, assessment) {
                detail.push(("outcome", JsValue::from_str(reading(&result).as_str())));
            }
        }
        // Only with her agreement to sharing, and only encrypted to the host's keys.
        if !config.recipients.is_empty() && export::sharing_consented(&case) {
            let keys: Vec<_> = config
                .recipients
                .iter()
                .filter_map(|key| export::parse_recipient(key).ok())
                .collect();
            let instruments = match session.phase.get_untracked() {
                Phase::Open(state) => state.instruments().to_vec(),
                _ => Vec::new(),
            };
            let document = ExportDocument::new(
                env!("CARGO_PKG_VERSION"),
                now(),
                vec![ExportedCase::new(Arc::unwrap_or_clone(case), &instruments)],
            );
            if keys.len() == config.recipients.len() {
                if let Ok(sealed) = export::seal(&document, &Protection::Keys(keys)) {
                    detail.push(("result", events::bytes(&sealed)));
                    detail.push((
                        "fileName",
                        JsValue::from_str(&export::file_name(random_bytes())),
                    ));
                }
            }
        }
        widget.emit(events::COMPLETE, &detail);
        Some(screen)
    });
}
