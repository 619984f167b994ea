//! Before anything else: setting the passphrase (first start), unlocking, and the
//! way out when the passphrase is forgotten (erasing everything on this device).

use leptos::prelude::*;
use leptos::task::spawn_local;
use trygg_core::vault::{passphrase_strength, Strength, MIN_PASSPHRASE_CHARS};

use crate::screens::storage_error_text;
use crate::session::use_session;
use crate::storage::StorageError;
use crate::tr;
use crate::tv;

/// A problem shown under a form, kept as what happened rather than as text, so the
/// message follows a language switch.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Mismatch,
    Storage(StorageError),
}

impl Problem {
    fn text(&self) -> String {
        match self {
            Problem::Mismatch => tr!("setup-mismatch"),
            Problem::Storage(error) => storage_error_text(error),
        }
    }
}

fn problem_text(problem: RwSignal<Option<Problem>>) -> impl Fn() -> Option<String> {
    move || problem.get().map(|p| p.text())
}

/// First start: explains what the passphrase protects and that it cannot be
/// recovered, then sets it.
#[component]
pub fn SetupScreen() -> impl IntoView {
    let session = use_session();
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let busy = RwSignal::new(false);
    let strength = move || {
        let p = passphrase.get();
        (!p.is_empty()).then(|| match passphrase_strength(&p) {
            Strength::Weak => tr!("setup-strength-weak", min = MIN_PASSPHRASE_CHARS),
            Strength::Fair => tr!("setup-strength-fair"),
            Strength::Strong => tr!("setup-strength-strong"),
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, r) = (passphrase.get_untracked(), repeat.get_untracked());
        if p.chars().count() < MIN_PASSPHRASE_CHARS {
            problem.set(Some(Problem::Storage(StorageError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS,
            })));
            return;
        }
        if p != r {
            problem.set(Some(Problem::Mismatch));
            return;
        }
        problem.set(None);
        busy.set(true);
        spawn_local(async move {
            // Argon2 holds the thread for a moment: let the busy state show first.
            crate::session::next_paint().await;
            if let Err(error) = session.create(p).await {
                problem.set(Some(Problem::Storage(error)));
            }
            busy.set(false);
        });
    };
    view! {
        <section class="lock-screen" aria-labelledby="setup-title">
            <h1 id="setup-title">{tv!("setup-title")}</h1>
            <p>{tv!("setup-explain")}</p>
            <div class="notice">
                <p><strong>{tv!("setup-no-recovery")}</strong></p>
            </div>
            <form on:submit=submit>
                <div class="field">
                    <label for="new-passphrase">{tv!("setup-passphrase")}</label>
                    <p class="field-hint" id="new-passphrase-hint">
                        {move || tr!("setup-passphrase-hint", min = MIN_PASSPHRASE_CHARS)}
                    </p>
                    <input
                        id="new-passphrase"
                        type="password"
                        autocomplete="new-password"
                        aria-describedby="new-passphrase-hint passphrase-strength"
                        on:input=move |ev| passphrase.set(event_target_value(&ev))
                    />
                    <p class="field-hint" id="passphrase-strength" aria-live="polite">{strength}</p>
                </div>
                <div class="field">
                    <label for="repeat-passphrase">{tv!("setup-repeat")}</label>
                    <input
                        id="repeat-passphrase"
                        type="password"
                        autocomplete="new-password"
                        on:input=move |ev| repeat.set(event_target_value(&ev))
                    />
                </div>
                <p class="field-error" role="alert">{problem_text(problem)}</p>
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {move || if busy.get() { tr!("setup-working") } else { tr!("setup-submit") }}
                </button>
            </form>
            <TrainingEntry />
        </section>
    }
}

#[component]
pub fn UnlockScreen() -> impl IntoView {
    let session = use_session();
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let busy = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = passphrase.get_untracked();
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            crate::session::next_paint().await;
            match session.unlock(p).await {
                Ok(()) => {}
                Err(StorageError::WrongPassphrase) => {
                    problem.set(Some(Problem::Storage(StorageError::WrongPassphrase)));
                    if let Some(input) = input.get_untracked() {
                        input.set_value("");
                        let _ = input.focus();
                    }
                    passphrase.set(String::new());
                }
                Err(error) => problem.set(Some(Problem::Storage(error))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="lock-screen" aria-labelledby="unlock-title">
            <h1 id="unlock-title">{tv!("unlock-title")}</h1>
            <p>{tv!("unlock-explain")}</p>
            <form on:submit=submit>
                <div class="field">
                    <label for="passphrase">{tv!("unlock-passphrase")}</label>
                    <input
                        id="passphrase"
                        type="password"
                        autocomplete="current-password"
                        node_ref=input
                        on:input=move |ev| passphrase.set(event_target_value(&ev))
                    />
                </div>
                <p class="field-error" role="alert">{problem_text(problem)}</p>
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {move || if busy.get() { tr!("unlock-working") } else { tr!("unlock-submit") }}
                </button>
            </form>
            <details class="forgotten">
                <summary>{tv!("unlock-forgotten")}</summary>
                <p>{tv!("unlock-forgotten-explain")}</p>
                <EraseAll />
            </details>
            <TrainingEntry />
        </section>
    }
}

/// The way into training, with no passphrase: fictional cases never touch the vault.
#[component]
pub fn TrainingEntry() -> impl IntoView {
    let session = use_session();
    let unavailable = RwSignal::new(false);
    let enter = move |_| {
        unavailable.set(false);
        // The screen may be gone by the time the texts fail to arrive.
        session.enter_training(move || {
            unavailable.try_set(true);
        });
    };
    view! {
        <div class="training-entry">
            <h2>{tv!("training-entry-heading")}</h2>
            <p>{tv!("training-entry-explain")}</p>
            <button type="button" class="button secondary" on:click=enter>
                {tv!("training-entry")}
            </button>
            {move || unavailable.get().then(|| view! {
                <p class="notice" role="alert">{tv!("training-load-failed")}</p>
            })}
        </div>
    }
}

/// Erasing everything, behind an explicit confirmation.
#[component]
pub fn EraseAll() -> impl IntoView {
    let session = use_session();
    let understood = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let erase = move |_| {
        if !understood.get_untracked() {
            return;
        }
        spawn_local(async move {
            if let Err(error) = session.erase_all().await {
                problem.set(Some(Problem::Storage(error)));
            }
        });
    };
    view! {
        <label class="choice">
            <input autocomplete="off" type="checkbox" on:change=move |ev| understood.set(event_target_checked(&ev)) />
            <span>{tv!("erase-understood")}</span>
        </label>
        <p class="field-error" role="alert">{problem_text(problem)}</p>
        <button type="button" class="button danger" disabled=move || !understood.get() on:click=erase>
            {tv!("erase-submit")}
        </button>
    }
}

/// When this browser cannot store anything.
#[component]
pub fn NoStorageScreen() -> impl IntoView {
    view! {
        <section class="lock-screen" aria-labelledby="no-storage-title">
            <h1 id="no-storage-title">{tv!("no-storage-title")}</h1>
            <p>{tv!("no-storage-body")}</p>
        </section>
    }
}
