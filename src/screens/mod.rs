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

use crate::storage::StorageError;
use crate::tr;

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
