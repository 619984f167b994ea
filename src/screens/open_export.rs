//! Opening an export: choose the file, then the organisation's secret key (a file or
//! pasted) or the passphrase. The file is decrypted in memory; its cases can be
//! read as reports and, if wanted, imported. The key or passphrase is never stored.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::case::Case;
use trygg_core::export::{
    self, ExportDocument, OpenError, OpeningKey, SecretString, MAX_EXPORT_BYTES,
};

use crate::files;
use crate::screens::keys::{key_error_text, read_error_text, read_key_file};
use crate::screens::report::CaseReport;
use crate::screens::OptionRadio;
use crate::session::next_paint;
use crate::state::{use_app, Screen};
use crate::tv;
use crate::{format, tr};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unlock {
    KeyFile,
    PastedKey,
    Passphrase,
}

/// Why a file cannot be opened, in the user's words.
pub fn open_error_text(error: &OpenError) -> String {
    match error {
        OpenError::Empty => tr!("open-error-empty"),
        OpenError::TooLarge => {
            let mib: u64 = MAX_EXPORT_BYTES / 1024 / 1024;
            tr!("open-error-too-large", mib = mib)
        }
        OpenError::NotAge => tr!("open-error-not-age"),
        OpenError::Damaged => tr!("open-error-damaged"),
        OpenError::NeedsPassphrase => tr!("open-error-needs-passphrase"),
        OpenError::NeedsKey => tr!("open-error-needs-key"),
        OpenError::WrongKey => tr!("open-error-wrong-key"),
        OpenError::WrongPassphrase => tr!("open-error-wrong-passphrase"),
        OpenError::TooMuchWork => tr!("open-error-too-much-work"),
        OpenError::NotTrygg => tr!("open-error-not-trygg"),
        OpenError::TooNew { .. } => tr!("open-error-too-new"),
        OpenError::Invalid(_) => tr!("open-error-invalid"),
    }
}

#[component]
pub fn OpenExportScreen() -> impl IntoView {
    let app = use_app();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let key_file = RwSignal::new_local(None::<web_sys::File>);
    let unlock = RwSignal::new(Unlock::KeyFile);
    let pasted = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let opened = RwSignal::new(None::<ExportDocument>);
    let reading = RwSignal::new(None::<Case>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = file.get_untracked() else {
            problem.set(Some(tr!("open-error-no-file")));
            return;
        };
        let how = unlock.get_untracked();
        let chosen_key = key_file.get_untracked();
        let (pasted_text, passphrase_text) = (pasted.get_untracked(), passphrase.get_untracked());
        problem.set(None);
        busy.set(true);
        spawn_local(async move {
            next_paint().await;
            let result = open_file(
                &chosen,
                how,
                chosen_key.as_ref(),
                pasted_text,
                passphrase_text,
            )
            .await;
            match result {
                Ok(document) => {
                    // The key and passphrase are not kept past this point.
                    pasted.set(String::new());
                    passphrase.set(String::new());
                    key_file.set(None);
                    opened.set(Some(document));
                }
                Err(message) => problem.set(Some(message)),
            }
            busy.set(false);
        });
    };

    let form = move || {
        view! {
            <form on:submit=submit>
                <div class="field">
                    <label for="open-file">{tv!("open-file-label")}</label>
                    <input id="open-file" type="file" autocomplete="off" accept=".age"
                        on:change=move |ev| file.set(files::chosen_file(&ev)) />
                </div>
                <fieldset>
                    <legend>{tv!("open-unlock-legend")}</legend>
                    <OptionRadio id="open-with-key-file" name="open-with" value=Unlock::KeyFile
                        chosen=unlock label=tv!("open-with-key-file") />
                    <OptionRadio id="open-with-pasted-key" name="open-with" value=Unlock::PastedKey
                        chosen=unlock label=tv!("open-with-pasted-key") />
                    <OptionRadio id="open-with-passphrase" name="open-with" value=Unlock::Passphrase
                        chosen=unlock label=tv!("open-with-passphrase") />
                </fieldset>
                {move || match unlock.get() {
                    Unlock::KeyFile => view! {
                        <div class="field">
                            <label for="open-key-file">{tv!("open-key-file-label")}</label>
                            <input id="open-key-file" type="file" autocomplete="off"
                                on:change=move |ev| key_file.set(files::chosen_file(&ev)) />
                        </div>
                    }.into_any(),
                    Unlock::PastedKey => view! {
                        <div class="field">
                            <label for="open-pasted-key">{tv!("open-pasted-key-label")}</label>
                            <textarea id="open-pasted-key" rows="2" autocomplete="off" spellcheck="false" class="key-input"
                                prop:value=move || pasted.get()
                                on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                        </div>
                    }.into_any(),
                    Unlock::Passphrase => view! {
                        <div class="field">
                            <label for="open-passphrase">{tv!("open-passphrase-label")}</label>
                            <input id="open-passphrase" type="password" autocomplete="off"
                                prop:value=move || passphrase.get()
                                on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                        </div>
                    }.into_any(),
                }}
                <p class="muted">{tv!("open-not-stored")}</p>
                <p class="field-error" role="alert">{move || problem.get()}</p>
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {move || if busy.get() { tr!("open-busy") } else { tr!("open-submit") }}
                </button>
            </form>
        }
    };

    // The opened file stays in the page, hidden, while one of its reports is read,
    // so coming back finds every case as it was left (imported, waiting for a choice).
    view! {
        {move || reading.get().map(|case| view! {
            <CaseReport case=case on_back=move || reading.set(None) from_export=true />
        })}
        <section class="open-export" aria-labelledby="open-title" hidden=move || reading.with(Option::is_some)>
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("action-back-to-cases")}
                </button>
            </p>
            <h1 id="open-title" tabindex="-1">{tv!("open-title")}</h1>
            <p>{tv!("open-explain")}</p>
            {move || match opened.get() {
                None => form().into_any(),
                Some(document) => view! {
                    <OpenedExport document=document reading=reading />
                    <button type="button" class="button secondary" on:click=move |_| opened.set(None)>
                        {tv!("open-another")}
                    </button>
                }.into_any(),
            }}
        </section>
    }
}

async fn open_file(
    file: &web_sys::File,
    how: Unlock,
    key_file: Option<&web_sys::File>,
    pasted: String,
    passphrase: String,
) -> Result<ExportDocument, String> {
    // Refused by size before a byte is read.
    let bytes = files::read_file(file, MAX_EXPORT_BYTES)
        .await
        .map_err(|error| match error {
            files::ReadFileError::TooLarge => open_error_text(&OpenError::TooLarge),
            other => read_error_text(other),
        })?;
    let key = match how {
        Unlock::KeyFile => {
            let chosen = key_file.ok_or_else(|| tr!("open-error-no-key-file"))?;
            let text = SecretString::from(read_key_file(chosen).await?);
            let identities = export::parse_identities(export::ExposeSecret::expose_secret(&text))
                .map_err(|error| key_error_text(&error))?;
            OpeningKey::Identities(identities)
        }
        Unlock::PastedKey => {
            let text = SecretString::from(pasted);
            let identities = export::parse_identities(export::ExposeSecret::expose_secret(&text))
                .map_err(|error| key_error_text(&error))?;
            OpeningKey::Identities(identities)
        }
        Unlock::Passphrase => {
            if passphrase.is_empty() {
                return Err(tr!("open-error-no-passphrase"));
            }
            OpeningKey::Passphrase(SecretString::from(passphrase))
        }
    };
    export::open(&bytes, &key).map_err(|error| open_error_text(&error))
}

/// The cases of an opened export: read each as a report, or import it, one by one
/// or all at once.
#[component]
fn OpenedExport(document: ExportDocument, reading: RwSignal<Option<Case>>) -> impl IntoView {
    let app = use_app();
    let count = document.cases.len();
    let exported_at = document.exported_at;
    let version = document.app_version.clone();
    // Shared with the rows, so each case of the file is held once.
    let cases: StoredValue<Vec<Arc<Case>>> = StoredValue::new(
        document
            .cases
            .into_iter()
            .map(|e| Arc::new(e.case))
            .collect(),
    );
    let import_all_done = RwSignal::new(None::<ImportTally>);
    // One signal per case, so a change to one row touches that row only.
    let rows: StoredValue<Vec<RwSignal<ImportState>>> = StoredValue::new(
        (0..count)
            .map(|_| RwSignal::new(ImportState::Ready))
            .collect(),
    );
    // Offered while two or more cases of the file are not yet dealt with.
    let ready = move || {
        rows.with_value(|rows| {
            rows.iter()
                .filter(|row| row.get() == ImportState::Ready)
                .count()
        })
    };
    let offer_all = move || ready() > 1;

    // Every case not yet dealt with: new ones are added in one change, the same
    // version is left, and another version waits for the worker's choice.
    let import_all = move |_| {
        let mut added = Vec::new();
        let mut tally = ImportTally::default();
        let mut outcomes = Vec::new();
        cases.with_value(|cases| {
            rows.with_value(|rows| {
                for (case, row) in cases.iter().zip(rows) {
                    if row.get_untracked() != ImportState::Ready {
                        continue;
                    }
                    let outcome = import_outcome(&app, case);
                    match outcome {
                        ImportState::Imported => {
                            added.push(Case::clone(case));
                            tally.imported += 1;
                        }
                        ImportState::Unchanged => tally.same += 1,
                        ImportState::Confirm => tally.to_choose += 1,
                        ImportState::Ready => {}
                    }
                    outcomes.push((*row, outcome));
                }
            })
        });
        app.add_cases(added);
        for (row, outcome) in outcomes {
            row.set(outcome);
        }
        import_all_done.set(Some(tally));
    };

    view! {
        <p role="status" class="success">{move || tr!(
            "open-summary",
            count = count,
            date = format::date_time(exported_at),
            version = version.clone()
        )}</p>
        <Show when=offer_all>
            <button type="button" class="button primary" on:click=import_all>
                {move || tr!("open-import-all", count = ready())}
            </button>
        </Show>
        {move || import_all_done.get().map(|tally| view! {
            <div role="status" class="import-tally">
                {(tally.imported > 0).then(|| view! {
                    <p>{move || tr!("open-import-all-imported", count = tally.imported)}</p>
                })}
                {(tally.same > 0).then(|| view! {
                    <p>{move || tr!("open-import-all-same", count = tally.same)}</p>
                })}
                {(tally.to_choose > 0).then(|| view! {
                    <p>{move || tr!("open-import-all-to-choose", count = tally.to_choose)}</p>
                })}
            </div>
        })}
        <ul class="opened-cases">
            {cases.get_value().into_iter().zip(rows.get_value()).enumerate().map(|(position, (case, state))| {
                view! { <OpenedCase case=case position=position state=state reading=reading /> }
            }).collect_view()}
        </ul>
    }
}

/// What "Import all" did, for its summary.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct ImportTally {
    imported: usize,
    same: usize,
    to_choose: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ImportState {
    Ready,
    /// This device has another version of the case: replace only when confirmed.
    Confirm,
    Imported,
    Unchanged,
}

/// What importing `incoming` comes to: `Imported` (not on this device: the caller
/// adds it), `Unchanged` (this very version is here) or `Confirm` (another version
/// is here, which is never replaced without the worker's word).
fn import_outcome(app: &crate::state::AppState, incoming: &Case) -> ImportState {
    app.cases
        .with_untracked(|cases| match cases.iter().find(|c| c.id == incoming.id) {
            None => ImportState::Imported,
            Some(existing) if **existing == *incoming => ImportState::Unchanged,
            Some(_) => ImportState::Confirm,
        })
}

#[component]
fn OpenedCase(
    case: Arc<Case>,
    position: usize,
    state: RwSignal<ImportState>,
    reading: RwSignal<Option<Case>>,
) -> impl IntoView {
    let app = use_app();
    let code = case.code.to_string();
    let assessments = case.assessments.len();
    let file_updated = case.updated;
    let local = StoredValue::new(case);
    // Several cases may wait for a choice at once, each dialog with its own title.
    let confirm_title = format!("import-confirm-title-{position}");

    let import = move |_| {
        let incoming = local.get_value();
        let outcome = import_outcome(&app, &incoming);
        if outcome == ImportState::Imported {
            app.add_case(Case::clone(&incoming));
        }
        state.set(outcome);
    };
    let replace = move |_| {
        let incoming = Case::clone(&local.get_value());
        let id = incoming.id.clone();
        app.update_case(&id, move |case| *case = incoming);
        state.set(ImportState::Imported);
    };
    let device_updated = move || {
        app.case(&local.with_value(|c| c.id.clone()))
            .map(|c| c.updated)
            .unwrap_or_default()
    };

    view! {
        <li class="opened-case">
            <h2>{
                let code = code.clone();
                move || tr!("case-title", code = code.clone())
            }</h2>
            <p class="muted">{move || tr!(
                "open-case-details",
                count = assessments,
                date = format::date_time(file_updated)
            )}</p>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| reading.set(Some(Case::clone(&local.get_value())))>
                    {tv!("open-read-report")}
                </button>
                <Show when=move || state.get() == ImportState::Ready>
                    <button type="button" class="button secondary" on:click=import>
                        {tv!("open-import")}
                    </button>
                </Show>
            </div>
            {move || match state.get() {
                ImportState::Ready => ().into_any(),
                ImportState::Imported => view! {
                    <p role="status" class="success">{tv!("open-imported")}</p>
                }.into_any(),
                ImportState::Unchanged => view! {
                    <p role="status">{tv!("open-same-version")}</p>
                }.into_any(),
                ImportState::Confirm => view! {
                    <div class="confirm" role="alertdialog" aria-labelledby=confirm_title.clone()>
                        <p id=confirm_title.clone()><strong>{tv!("open-conflict-title")}</strong></p>
                        <p>{move || tr!(
                            "open-conflict-body",
                            device = format::date_time(device_updated()),
                            file = format::date_time(file_updated)
                        )}</p>
                        <button type="button" class="button primary" on:click=replace>
                            {tv!("open-conflict-replace")}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| state.set(ImportState::Ready)>
                            {tv!("open-conflict-keep")}
                        </button>
                    </div>
                }.into_any(),
            }}
        </li>
    }
}
