//! One module per screen, plus the pieces several screens share.
//!
//! Every form control carries `autocomplete="off"`: besides autofill, it keeps the
//! browser from saving the control's state (her answers, notes) in clear in its
//! session-restore files. The at-rest end-to-end test checks the profile for them.

pub mod assessment;
pub mod case;
pub mod export;
pub mod home;
pub mod keys;
pub mod lock;
pub mod new_case;
pub mod open_export;
pub mod question;
pub mod report;
pub mod result;
pub mod settings;

use leptos::prelude::*;

use crate::storage::StorageError;
use crate::tr;

/// One option of a small either/or choice in a form (how to protect an export,
/// what to open one with): a radio that selects `value` in `chosen`.
#[component]
pub fn OptionRadio<T, L>(
    id: &'static str,
    name: &'static str,
    value: T,
    chosen: RwSignal<T>,
    label: L,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    L: Fn() -> String + Send + Sync + 'static,
{
    view! {
        <div class="choice">
            <input type="radio" id=id name=name autocomplete="off"
                prop:checked=move || chosen.get() == value
                on:change=move |_| chosen.set(value) />
            <label for=id>{label}</label>
        </div>
    }
}

/// A storage problem in the user's words: what happened and what to do. Never the
/// browser's own message, which could quote data.
pub fn storage_error_text(error: &StorageError) -> String {
    match error {
        StorageError::Unavailable => tr!("storage-error-unavailable"),
        StorageError::QuotaExceeded => tr!("storage-error-quota"),
        StorageError::ConnectionClosed => tr!("storage-error-connection"),
        StorageError::WrongPassphrase => tr!("unlock-wrong"),
        StorageError::PassphraseTooShort { min } => {
            let min: usize = *min;
            tr!("setup-too-short", min = min)
        }
        StorageError::NoVault => tr!("storage-error-no-vault"),
        StorageError::VaultExists => tr!("storage-error-vault-exists"),
        StorageError::Locked => tr!("storage-error-locked"),
        StorageError::Conflict => tr!("storage-error-conflict"),
        StorageError::Corrupt => tr!("storage-error-corrupt"),
        StorageError::VersionTooNew => tr!("storage-error-too-new"),
        StorageError::Other(_) => tr!("storage-error-other"),
    }
}
