//! Storage errors, shaped for the screens: each variant is one message a worker can
//! act on. None of them carries case data, key material or a browser message (which
//! could quote a value); [`StorageError::Other`] carries only an error *name*.

use std::fmt;

use indexed_db_futures::error::{Error as IdbError, OpenDbError};
use trygg_core::vault::VaultError;
use wasm_bindgen::{JsCast, JsValue};

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB is missing or refused (disabled, blocked by a privacy setting, or a
    /// browser mode without storage). Nothing can be kept on this device.
    Unavailable,
    /// The device or the browser's share of it is full. The write did not happen;
    /// everything saved before is intact.
    QuotaExceeded,
    /// The browser closed the database connection (storage cleared, another tab
    /// upgrading or erasing) and one automatic reconnect did not help.
    ConnectionClosed,
    WrongPassphrase,
    PassphraseTooShort {
        min: usize,
    },
    /// There is no vault: none was created yet, or it was erased (possibly in another
    /// tab). The screens should lock and start over.
    NoVault,
    /// [`Storage::create_vault`](super::Storage::create_vault) on a device that has one.
    VaultExists,
    /// The handle was locked ([`Unlocked::lock`](super::Unlocked::lock), quick exit,
    /// idle lock): unlock again.
    Locked,
    /// Another tab changed the vault at the same moment (e.g. its passphrase): try again.
    Conflict,
    /// Stored data cannot be read: a record or header was changed or damaged.
    Corrupt,
    /// The database, the vault or a case was written by a newer Trygg: update the app.
    VersionTooNew,
    /// Anything else, with the browser's error name (e.g. `DataError`) and nothing more.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str("storage is not available in this browser"),
            Self::QuotaExceeded => f.write_str("the storage is full"),
            Self::ConnectionClosed => f.write_str("the browser closed the database connection"),
            Self::WrongPassphrase => f.write_str("the passphrase is not right"),
            Self::PassphraseTooShort { min } => {
                write!(f, "the passphrase must have at least {min} characters")
            }
            Self::NoVault => f.write_str("there is no vault on this device"),
            Self::VaultExists => f.write_str("a vault already exists on this device"),
            Self::Locked => f.write_str("the vault is locked"),
            Self::Conflict => f.write_str("the vault was changed in another tab"),
            Self::Corrupt => f.write_str("stored data is damaged"),
            Self::VersionTooNew => f.write_str("the data was written by a newer version"),
            Self::Other(name) => write!(f, "storage error ({name})"),
        }
    }
}

impl std::error::Error for StorageError {}

impl StorageError {
    /// Maps a `DOMException` (or JS error) name to a variant. Names are a fixed set
    /// defined by the platform, so they are safe to keep in [`Self::Other`].
    pub fn from_error_name(name: &str) -> Self {
        match name {
            "QuotaExceededError" => Self::QuotaExceeded,
            "VersionError" => Self::VersionTooNew,
            // A closed or closing connection, or a transaction aborted because of it.
            "InvalidStateError" | "AbortError" | "UnknownError" => Self::ConnectionClosed,
            "SecurityError" | "NotAllowedError" => Self::Unavailable,
            // A store this version expects is missing: the schema is damaged.
            "NotFoundError" => Self::Corrupt,
            other => Self::Other(other.chars().take(40).collect()),
        }
    }

    /// Maps any value a browser API threw or rejected with.
    pub fn from_js(value: &JsValue) -> Self {
        if let Some(e) = value.dyn_ref::<web_sys::DomException>() {
            Self::from_error_name(&e.name())
        } else if let Some(e) = value.dyn_ref::<js_sys::Error>() {
            Self::from_error_name(&String::from(e.name()))
        } else {
            Self::Other("unknown".into())
        }
    }

    /// What a failed open means: any refusal at that point is "no storage here",
    /// except a database from a newer version.
    pub(crate) fn from_open(error: OpenDbError) -> Self {
        match error {
            OpenDbError::Base(e) => match Self::from(e) {
                Self::VersionTooNew => Self::VersionTooNew,
                Self::QuotaExceeded => Self::QuotaExceeded,
                _ => Self::Unavailable,
            },
            _ => Self::Unavailable,
        }
    }
}

impl From<IdbError> for StorageError {
    fn from(error: IdbError) -> Self {
        match error {
            IdbError::DomException(e) => {
                let e: web_sys::DomException = e.into();
                Self::from_error_name(&e.name())
            }
            // A value of the wrong type where bytes or text were expected.
            IdbError::Serialisation(_) => Self::Corrupt,
            // "Expected committed, got aborted" and the like: the caller looks at the
            // transaction's own error where it can; without one, treat it as a closed
            // connection (a retry is safe: every write is idempotent).
            IdbError::MissingData(_) => Self::ConnectionClosed,
            IdbError::Unknown(_) => Self::Other("js".into()),
        }
    }
}

impl From<VaultError> for StorageError {
    fn from(error: VaultError) -> Self {
        match error {
            VaultError::WrongPassphrase => Self::WrongPassphrase,
            VaultError::PassphraseTooShort { min } => Self::PassphraseTooShort { min },
            VaultError::TooNew { .. } => Self::VersionTooNew,
            VaultError::Tampered | VaultError::Malformed | VaultError::UnsupportedKdf => {
                Self::Corrupt
            }
            VaultError::Random => Self::Unavailable,
            VaultError::TooLarge => Self::QuotaExceeded,
        }
    }
}
