//! Settings of this device (not case data): the idle lock, the retention period,
//! whether the browser keeps the data, the passphrase, and erasing everything.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::vault::MIN_PASSPHRASE_CHARS;

use crate::screens::keys::OrganisationKeys;
use crate::screens::lock::EraseAll;
use crate::screens::storage_error_text;
use crate::session::{use_session, IDLE_CHOICES, RETENTION_CHOICES};
use crate::state::{use_app, Screen};
use crate::storage::StorageError;
use crate::tr;
use crate::tv;

#[component]
pub fn SettingsScreen() -> impl IntoView {
    let app = use_app();
    let session = use_session();
    let saved_note = RwSignal::new(None::<String>);
    let report = move |result: Result<(), StorageError>| match result {
        Ok(()) => saved_note.set(Some(tr!("settings-saved"))),
        Err(error) => saved_note.set(Some(storage_error_text(&error))),
    };

    view! {
        <section class="settings" aria-labelledby="settings-title">
            <p class="breadcrumb">
                <button type="button" class="link" on:click=move |_| app.go(Screen::Home)>
                    {tv!("action-back-to-cases")}
                </button>
            </p>
            <h1 id="settings-title">{tv!("settings-title")}</h1>
            <p class="muted" role="status">{move || saved_note.get()}</p>

            <h2>{tv!("settings-lock-heading")}</h2>
            <div class="field">
                <label for="idle-minutes">{tv!("settings-idle-label")}</label>
                <select autocomplete="off" id="idle-minutes" on:change=move |ev| {
                    if let Ok(minutes) = event_target_value(&ev).parse::<u32>() {
                        spawn_local(async move { report(session.set_idle_minutes(minutes).await) });
                    }
                }>
                    {IDLE_CHOICES.into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || session.idle_minutes.get() == m>
                            {move || tr!("settings-minutes", minutes = m)}
                        </option>
                    }).collect_view()}
                </select>
            </div>

            <h2>{tv!("settings-retention-heading")}</h2>
            <div class="field">
                <label for="retention-days">{tv!("settings-retention-label")}</label>
                <p class="field-hint" id="retention-hint">{tv!("settings-retention-hint")}</p>
                <select autocomplete="off" id="retention-days" aria-describedby="retention-hint" on:change=move |ev| {
                    if let Ok(days) = event_target_value(&ev).parse::<u32>() {
                        spawn_local(async move { report(session.set_retention_days(days).await) });
                    }
                }>
                    {RETENTION_CHOICES.into_iter().map(|d| view! {
                        <option value=d.to_string() selected=move || session.retention_days.get() == d>
                            {move || if d == 0 { tr!("settings-retention-none") } else { tr!("settings-days", days = d) }}
                        </option>
                    }).collect_view()}
                </select>
            </div>

            <h2>{tv!("settings-persist-heading")}</h2>
            <p>{move || match session.persisted.get() {
                Some(true) => tr!("settings-persist-yes"),
                Some(false) => tr!("settings-persist-no"),
                None => tr!("settings-persist-unknown"),
            }}</p>

            <h2>{tv!("keys-heading")}</h2>
            <OrganisationKeys app=app />

            <h2>{tv!("settings-passphrase-heading")}</h2>
            <ChangePassphrase />

            <h2>{tv!("settings-erase-heading")}</h2>
            <p>{tv!("settings-erase-explain")}</p>
            <EraseAll />
        </section>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let session = use_session();
    let (old, new, repeat) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (o, n, r) = (
            old.get_untracked(),
            new.get_untracked(),
            repeat.get_untracked(),
        );
        if n.chars().count() < MIN_PASSPHRASE_CHARS {
            message.set(Some(tr!("setup-too-short", min = MIN_PASSPHRASE_CHARS)));
            return;
        }
        if n != r {
            message.set(Some(tr!("setup-mismatch")));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            message.set(Some(match session.change_passphrase(o, n).await {
                Ok(()) => tr!("settings-passphrase-changed"),
                Err(StorageError::WrongPassphrase) => tr!("settings-passphrase-wrong-old"),
                Err(error) => storage_error_text(&error),
            }));
            busy.set(false);
        });
    };
    view! {
        <form on:submit=submit>
            <div class="field">
                <label for="old-passphrase">{tv!("settings-passphrase-old")}</label>
                <input id="old-passphrase" type="password" autocomplete="current-password"
                    on:input=move |ev| old.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="changed-passphrase">{tv!("settings-passphrase-new")}</label>
                <input id="changed-passphrase" type="password" autocomplete="new-password"
                    on:input=move |ev| new.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="changed-passphrase-repeat">{tv!("setup-repeat")}</label>
                <input id="changed-passphrase-repeat" type="password" autocomplete="new-password"
                    on:input=move |ev| repeat.set(event_target_value(&ev)) />
            </div>
            <p class="field-error" role="alert">{move || message.get()}</p>
            <button type="submit" class="button secondary" disabled=move || busy.get()>
                {tv!("settings-passphrase-submit")}
            </button>
        </form>
    }
}
