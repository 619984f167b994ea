//! Exporting cases: choose the cases (only those she agreed to share), who may open
//! the file (organisation keys or a passphrase), then save `<random>.trygg.age`.

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::case::{ConsentDecision, ConsentPurpose, ConsentRecord};
use trygg_core::code::CaseId;
use trygg_core::export::{
    self, ExportDocument, ExportedCase, OrganisationKey, Protection, SealError, SecretString,
    MIN_PASSPHRASE_CHARS,
};

use crate::files;
use crate::screens::keys::load_keys;
use crate::screens::{storage_error_text, OptionRadio};
use crate::session::next_paint;
use crate::state::{now, random_bytes, use_app, Screen};
use crate::tv;
use crate::{format, tr};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Keys,
    Passphrase,
}

#[component]
pub fn ExportScreen(preselected: Vec<CaseId>) -> impl IntoView {
    let app = use_app();
    let selected = RwSignal::new(preselected.into_iter().collect::<BTreeSet<CaseId>>());
    let keys = RwSignal::new(Vec::<OrganisationKey>::new());
    let chosen_keys = RwSignal::new(BTreeSet::<String>::new());
    let method = RwSignal::new(Method::Keys);
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Until the saved keys are read there is nothing to export to.
    let ready = RwSignal::new(false);

    spawn_local(async move {
        let loaded = load_keys(app).await;
        ready.set(true);
        match loaded {
            Ok(loaded) => {
                // With a single key there is nothing to choose.
                if loaded.len() == 1 {
                    chosen_keys.set(loaded.iter().map(|k| k.key.clone()).collect());
                }
                keys.set(loaded);
            }
            Err(error) => problem.set(Some(storage_error_text(&error))),
        }
    });

    let record_consent = move |id: CaseId| {
        app.update_case(&id, |case| {
            // Recorded with the role that recorded her first consent; never a name.
            let recorded_by = case
                .consent(ConsentPurpose::AgreementToManagePersonalData)
                .map(|r| r.recorded_by.clone())
                .unwrap_or_default();
            case.record_consent(ConsentRecord {
                purpose: ConsentPurpose::AgreementToShareData,
                decision: ConsentDecision::Given,
                at: now(),
                recorded_by,
            });
        });
        selected.update(|s| {
            s.insert(id);
        });
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        let cases: Vec<_> = app
            .cases
            .get_untracked()
            .into_iter()
            .filter(|c| selected.with_untracked(|s| s.contains(&c.id)))
            .filter(|c| export::sharing_consented(c))
            .collect();
        if cases.is_empty() {
            problem.set(Some(tr!("export-error-no-cases")));
            return;
        }
        let protection = match method.get_untracked() {
            Method::Keys => {
                let chosen = chosen_keys.get_untracked();
                let parsed: Result<Vec<_>, _> = chosen
                    .iter()
                    .map(|key| export::parse_recipient(key))
                    .collect();
                match parsed {
                    Ok(list) if !list.is_empty() => Protection::Keys(list),
                    Ok(_) => {
                        problem.set(Some(tr!("export-error-no-keys")));
                        return;
                    }
                    Err(_) => {
                        problem.set(Some(tr!("keys-error-not-public")));
                        return;
                    }
                }
            }
            Method::Passphrase => {
                let text = passphrase.get_untracked();
                if text.chars().count() < MIN_PASSPHRASE_CHARS {
                    problem.set(Some(tr!("export-error-short", min = MIN_PASSPHRASE_CHARS)));
                    return;
                }
                if text != repeat.get_untracked() {
                    problem.set(Some(tr!("setup-mismatch")));
                    return;
                }
                Protection::Passphrase(SecretString::from(text))
            }
        };
        problem.set(None);
        busy.set(true);
        let instruments = app.instruments();
        spawn_local(async move {
            // Encrypting takes a moment with a passphrase: show that first.
            next_paint().await;
            let count = cases.len();
            let exported = cases
                .into_iter()
                .map(|case| ExportedCase::new(Arc::unwrap_or_clone(case), &instruments))
                .collect();
            let document = ExportDocument::new(env!("CARGO_PKG_VERSION"), now(), exported);
            let result = export::seal(&document, &protection);
            drop(protection);
            match result {
                Ok(bytes) => {
                    let name = export::file_name(random_bytes());
                    match files::download(&bytes, &name, "application/octet-stream") {
                        Ok(()) => {
                            done.set(Some(tr!("export-done", count = count, file = name)));
                            passphrase.set(String::new());
                            repeat.set(String::new());
                        }
                        Err(_) => problem.set(Some(tr!("export-error-save"))),
                    }
                }
                Err(SealError::NoKeys) => problem.set(Some(tr!("export-error-no-keys"))),
                Err(SealError::PassphraseTooShort) => {
                    problem.set(Some(tr!("export-error-short", min = MIN_PASSPHRASE_CHARS)))
                }
                Err(SealError::Write(_)) => problem.set(Some(tr!("export-error-save"))),
            }
            busy.set(false);
        });
    };

    view! {
        <section class="export" aria-labelledby="export-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("action-back-to-cases")}
                </button>
            </p>
            <h1 id="export-title">{tv!("export-title")}</h1>
            <p>{tv!("export-explain")}</p>
            <form on:submit=submit>
                <fieldset>
                    <legend>{tv!("export-cases-legend")}</legend>
                    {move || {
                        let cases = app.cases.get();
                        if cases.is_empty() {
                            return view! { <p class="muted">{tv!("home-empty-title")}</p> }.into_any();
                        }
                        view! {
                            <ul class="export-cases">
                                {cases.into_iter().map(|case| {
                                    let id = case.id.clone();
                                    let input_id = format!("export-case-{}", case.code.as_str());
                                    let consented = export::sharing_consented(&case);
                                    let code = case.code.to_string();
                                    let updated = case.updated;
                                    let (check_id, toggle_id, consent_id) = (id.clone(), id.clone(), id.clone());
                                    view! {
                                        <li class="export-case">
                                            <input type="checkbox" id=input_id.clone() autocomplete="off"
                                                disabled=!consented
                                                prop:checked=move || consented && selected.with(|s| s.contains(&check_id))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    selected.update(|s| {
                                                        if on { s.insert(toggle_id.clone()); } else { s.remove(&toggle_id); }
                                                    });
                                                } />
                                            <label for=input_id>
                                                <span class="case-code">{code}</span>
                                                " "
                                                <span class="muted">{move || tr!("home-case-updated", date = format::date(updated))}</span>
                                            </label>
                                            {(!consented).then(|| view! {
                                                <div class="export-consent">
                                                    <p class="muted">{tv!("export-no-consent")}</p>
                                                    <button type="button" class="button secondary small"
                                                        on:click=move |_| record_consent(consent_id.clone())>
                                                        {tv!("export-record-consent")}
                                                    </button>
                                                </div>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </fieldset>

                <fieldset>
                    <legend>{tv!("export-protect-legend")}</legend>
                    <OptionRadio id="export-method-keys" name="export-method" value=Method::Keys
                        chosen=method label=tv!("export-method-keys") />
                    <OptionRadio id="export-method-passphrase" name="export-method" value=Method::Passphrase
                        chosen=method label=tv!("export-method-passphrase") />
                </fieldset>

                <Show when=move || method.get() == Method::Keys>
                    <fieldset>
                        <legend>{tv!("export-keys-legend")}</legend>
                        {move || {
                            let list = keys.get();
                            if list.is_empty() {
                                return view! {
                                    <p>{tv!("export-no-keys")}</p>
                                    <button type="button" class="button secondary small" on:click=move |_| app.go(Screen::Settings)>
                                        {tv!("export-go-settings")}
                                    </button>
                                }.into_any();
                            }
                            list.into_iter().enumerate().map(|(n, k)| {
                                let input_id = format!("export-key-{n}");
                                let (check_key, toggle_key) = (k.key.clone(), k.key.clone());
                                view! {
                                    <div class="choice">
                                        <input type="checkbox" id=input_id.clone() autocomplete="off"
                                            prop:checked=move || chosen_keys.with(|s| s.contains(&check_key))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen_keys.update(|s| {
                                                    if on { s.insert(toggle_key.clone()); } else { s.remove(&toggle_key); }
                                                });
                                            } />
                                        <label for=input_id>{k.label.clone()}</label>
                                    </div>
                                }
                            }).collect_view().into_any()
                        }}
                    </fieldset>
                </Show>

                <Show when=move || method.get() == Method::Passphrase>
                    <p class="field-hint">{move || tr!("export-passphrase-hint", min = MIN_PASSPHRASE_CHARS)}</p>
                    <div class="field">
                        <label for="export-passphrase">{tv!("export-passphrase")}</label>
                        <input id="export-passphrase" type="password" autocomplete="new-password"
                            prop:value=move || passphrase.get()
                            on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="export-passphrase-repeat">{tv!("setup-repeat")}</label>
                        <input id="export-passphrase-repeat" type="password" autocomplete="new-password"
                            prop:value=move || repeat.get()
                            on:input=move |ev| repeat.set(event_target_value(&ev)) />
                    </div>
                </Show>

                <p class="field-error" role="alert">{move || problem.get()}</p>
                <p class="success" role="status">{move || done.get()}</p>
                <button type="submit" class="button primary" disabled=move || busy.get() || !ready.get()>
                    {move || if busy.get() { tr!("export-busy") } else { tr!("export-submit") }}
                </button>
            </form>
        </section>
    }
}
