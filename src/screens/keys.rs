//! Organisation keys (Settings): the public keys exports are encrypted to, under a
//! label the worker chooses, and creating a new key pair for an organisation.
//! The list is sealed in the vault; a secret key is never kept by the app.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::export::{self, ExposeSecret, KeyError, OrganisationKey};

use crate::files::{self, ReadFileError};
use crate::screens::storage_error_text;
use crate::state::{now, random_hex, AppState};
use crate::storage::StorageError;
use crate::tv;
use crate::{format, tr};

const KEYS_SETTING: &str = "organisation-keys";

/// A key file is a few lines; anything larger is not one.
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// The organisation keys saved on this device.
pub async fn load_keys(app: AppState) -> Result<Vec<OrganisationKey>, StorageError> {
    let unlocked = app.vault().ok_or(StorageError::Locked)?;
    Ok(unlocked
        .sealed_setting::<Vec<OrganisationKey>>(KEYS_SETTING)
        .await?
        .unwrap_or_default())
}

async fn save_keys(app: AppState, keys: &[OrganisationKey]) -> Result<(), StorageError> {
    let unlocked = app.vault().ok_or(StorageError::Locked)?;
    unlocked.set_sealed_setting(KEYS_SETTING, &keys).await
}

/// Why a key cannot be used, in the user's words.
pub fn key_error_text(error: &KeyError) -> String {
    match error {
        KeyError::Empty => tr!("keys-error-empty"),
        KeyError::SecretNotPublic => tr!("keys-error-secret"),
        KeyError::NotAPublicKey => tr!("keys-error-not-public"),
        KeyError::NotASecretKey => tr!("keys-error-not-secret"),
    }
}

pub fn read_error_text(error: ReadFileError) -> String {
    match error {
        ReadFileError::TooLarge => tr!("file-error-too-large"),
        ReadFileError::Unreadable => tr!("file-error-unreadable"),
    }
}

/// Reads a small text file the user chose (a key file).
pub async fn read_key_file(file: &web_sys::File) -> Result<String, String> {
    let bytes = files::read_file(file, MAX_KEY_FILE_BYTES)
        .await
        .map_err(read_error_text)?;
    String::from_utf8(bytes).map_err(|_| key_error_text(&KeyError::NotAPublicKey))
}

#[component]
pub fn OrganisationKeys(app: AppState) -> impl IntoView {
    let keys = RwSignal::new(Vec::<OrganisationKey>::new());
    let message = RwSignal::new(None::<String>);
    let label = RwSignal::new(String::new());
    let key_text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    spawn_local(async move {
        match load_keys(app).await {
            Ok(loaded) => keys.set(loaded),
            Err(problem) => message.set(Some(storage_error_text(&problem))),
        }
    });
    let store = move |updated: Vec<OrganisationKey>, done: String| {
        spawn_local(async move {
            match save_keys(app, &updated).await {
                Ok(()) => {
                    keys.set(updated);
                    message.set(Some(done));
                }
                Err(problem) => message.set(Some(storage_error_text(&problem))),
            }
        });
    };

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = label.get_untracked().trim().to_string();
        if name.is_empty() {
            error.set(Some(tr!("keys-error-no-label")));
            return;
        }
        let public = match export::parse_recipient(&key_text.get_untracked()) {
            Ok(recipient) => recipient.to_string(),
            Err(problem) => {
                error.set(Some(key_error_text(&problem)));
                return;
            }
        };
        let mut updated = keys.get_untracked();
        if updated.iter().any(|k| k.key == public) {
            error.set(Some(tr!("keys-error-duplicate")));
            return;
        }
        error.set(None);
        updated.push(OrganisationKey {
            label: name,
            key: public,
        });
        label.set(String::new());
        key_text.set(String::new());
        store(updated, tr!("keys-added"));
    };

    let load_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            match read_key_file(&file).await {
                Ok(text) => match export::parse_recipient(&text) {
                    Ok(recipient) => {
                        error.set(None);
                        key_text.set(recipient.to_string());
                    }
                    Err(problem) => error.set(Some(key_error_text(&problem))),
                },
                Err(problem) => error.set(Some(problem)),
            }
        });
    };

    view! {
        <p>{tv!("keys-explain")}</p>
        <p class="muted" role="status">{move || message.get()}</p>
        {move || {
            let list = keys.get();
            if list.is_empty() {
                view! { <p class="muted">{tv!("keys-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="key-list">
                        {list.into_iter().map(|k| {
                            let key = k.key.clone();
                            let label_text = k.label.clone();
                            view! {
                                <li class="key-item">
                                    <span class="key-label">{k.label.clone()}</span>
                                    <code class="key-value">{k.key.clone()}</code>
                                    <button type="button" class="button secondary small"
                                        aria-label=move || tr!("keys-remove-named", label = label_text.clone())
                                        on:click=move |_| {
                                            let updated: Vec<_> = keys.get_untracked().into_iter().filter(|x| x.key != key).collect();
                                            store(updated, tr!("keys-removed"));
                                        }>
                                        {tv!("keys-remove")}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        <form class="key-add" on:submit=add>
            <h3>{tv!("keys-add-heading")}</h3>
            <div class="field">
                <label for="key-label">{tv!("keys-label")}</label>
                <p class="field-hint" id="key-label-hint">{tv!("keys-label-hint")}</p>
                <input id="key-label" type="text" autocomplete="off" aria-describedby="key-label-hint"
                    prop:value=move || label.get()
                    on:input=move |ev| label.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="key-public">{tv!("keys-public")}</label>
                <textarea id="key-public" rows="2" autocomplete="off" spellcheck="false" class="key-input"
                    prop:value=move || key_text.get()
                    on:input=move |ev| key_text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field">
                <label for="key-file">{tv!("keys-load-file")}</label>
                <input id="key-file" type="file" autocomplete="off" on:change=load_file />
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="button secondary">{tv!("keys-add")}</button>
        </form>
        <CreateKey on_created=move |public: String| {
            key_text.set(public);
            error.set(None);
        } />
    }
}

/// Creates an organisation key pair: the secret key is saved as a file and then
/// forgotten; the public key is shown to copy or add to the list.
#[component]
fn CreateKey(on_created: impl Fn(String) + Copy + 'static) -> impl IntoView {
    let public = RwSignal::new(None::<String>);
    let note = RwSignal::new(None::<String>);
    let create = move |_| {
        let created = format::iso_date(now());
        let (secret_file, public_key) = export::generate_key(&created);
        let hex = random_hex::<4>();
        let name = format!("trygg-organisation-key-{hex}.txt");
        match files::download(secret_file.expose_secret().as_bytes(), &name, "text/plain") {
            Ok(()) => {
                note.set(Some(tr!("keys-create-saved", file = name)));
                public.set(Some(public_key.clone()));
                on_created(public_key);
            }
            Err(_) => note.set(Some(tr!("keys-create-failed"))),
        }
    };
    let copy = move |_| {
        let Some(key) = public.get_untracked() else {
            return;
        };
        spawn_local(async move {
            note.set(Some(if files::copy_text(&key).await {
                tr!("keys-copied")
            } else {
                tr!("keys-copy-failed")
            }));
        });
    };
    view! {
        <section class="key-create" aria-labelledby="key-create-title">
            <h3 id="key-create-title">{tv!("keys-create-heading")}</h3>
            <p>{tv!("keys-create-explain")}</p>
            <p class="warning">{tv!("keys-create-warning")}</p>
            <button type="button" class="button secondary" on:click=create>
                {tv!("keys-create")}
            </button>
            <p role="status">{move || note.get()}</p>
            {move || public.get().map(|key| view! {
                <div class="key-created">
                    <p>{tv!("keys-create-public")}</p>
                    <code class="key-value" data-testid="created-public-key">{key}</code>
                    <button type="button" class="button secondary small" on:click=copy>
                        {tv!("keys-copy")}
                    </button>
                </div>
            })}
        </section>
    }
}
