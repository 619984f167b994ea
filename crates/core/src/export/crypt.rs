//! The age layer of exports: organisation keys, sealing a document, opening a file.
//! All cryptography is the `age` crate's; this module only chooses and explains.

use std::io::{Read, Write};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::DecryptError;

use super::{DocumentError, ExportDocument};

/// Files above this size are refused before they are read (64 MiB: some 3,000 fully
/// answered cases).
pub const MAX_EXPORT_BYTES: u64 = 64 * 1024 * 1024;

/// The shortest passphrase an export may be sealed with, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// scrypt work factor (log2 N) for passphrase exports: 64 MiB of memory, about a
/// second on a cheap tablet, so a phone can still open what a laptop wrote.
pub const PASSPHRASE_WORK_FACTOR: u8 = 16;

/// The highest scrypt work factor an opened file may ask for (256 MiB), so a hostile
/// file cannot make the browser run out of memory.
pub const MAX_OPEN_WORK_FACTOR: u8 = 18;

/// An organisation's public key, under the label the worker gave it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrganisationKey {
    pub label: String,
    /// The age public key, `age1…`.
    pub key: String,
}

/// Why a pasted or loaded key cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("nothing was given")]
    Empty,
    #[error("this is a secret key (AGE-SECRET-KEY-…); give the public key (age1…) instead")]
    SecretNotPublic,
    #[error("this is not an age public key (age1…)")]
    NotAPublicKey,
    #[error("this is not an age secret key (AGE-SECRET-KEY-…)")]
    NotASecretKey,
}

/// Reads one public key (`age1…`), accepting a recipients file with comments.
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, KeyError> {
    let line = key_lines(text).next().ok_or(KeyError::Empty)?;
    if line.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
        return Err(KeyError::SecretNotPublic);
    }
    age::x25519::Recipient::from_str(line).map_err(|_| KeyError::NotAPublicKey)
}

/// Reads the secret keys of an identity file (as written by `trygg keygen`, the app
/// or `rage-keygen`): one `AGE-SECRET-KEY-…` per line, `#` comments allowed.
pub fn parse_identities(text: &str) -> Result<Vec<age::x25519::Identity>, KeyError> {
    let mut identities = Vec::new();
    for line in key_lines(text) {
        let identity =
            age::x25519::Identity::from_str(line).map_err(|_| KeyError::NotASecretKey)?;
        identities.push(identity);
    }
    if identities.is_empty() {
        return Err(KeyError::Empty);
    }
    Ok(identities)
}

fn key_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A new organisation key: the identity file's text and the public key.
/// The randomness is the platform's (the browser's crypto in the app).
pub fn generate_key(created: &str) -> (SecretString, String) {
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public().to_string();
    let file = format!(
        "# created: {created}\n\
         # public key: {public}\n\
         # Trygg organisation key. Keep this file offline and safe: without it,\n\
         # exports made to this key can never be read.\n\
         {}\n",
        identity.to_string().expose_secret()
    );
    (SecretString::from(file), public)
}

/// Who can open an export.
pub enum Protection {
    /// One or more organisation public keys.
    Keys(Vec<age::x25519::Recipient>),
    /// A passphrase (age's scrypt recipient). age does not mix it with keys.
    Passphrase(SecretString),
}

/// Why an export could not be sealed.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("choose at least one organisation key")]
    NoKeys,
    #[error("the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters")]
    PassphraseTooShort,
    #[error("the export could not be written: {0}")]
    Write(String),
}

/// Encrypts a document into the bytes of a `.trygg.age` file.
pub fn seal(document: &ExportDocument, protection: &Protection) -> Result<Vec<u8>, SealError> {
    let encryptor = match protection {
        Protection::Keys(keys) => {
            if keys.is_empty() {
                return Err(SealError::NoKeys);
            }
            age::Encryptor::with_recipients(keys.iter().map(|key| key as &dyn age::Recipient))
                .map_err(|error| SealError::Write(format!("{error:?}")))?
        }
        Protection::Passphrase(passphrase) => {
            if passphrase.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
                return Err(SealError::PassphraseTooShort);
            }
            let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
            recipient.set_work_factor(PASSPHRASE_WORK_FACTOR);
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|error| SealError::Write(format!("{error:?}")))?
        }
    };
    let json = document
        .to_json()
        .map_err(|error| SealError::Write(error.to_string()))?;
    let mut sealed = Vec::with_capacity(json.len() + 512);
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .map_err(|error| SealError::Write(error.to_string()))?;
    writer
        .write_all(&json)
        .and_then(|()| writer.finish().map(|_| ()))
        .map_err(|error| SealError::Write(error.to_string()))?;
    Ok(sealed)
}

/// What the person opening a file gives. Never stored.
pub enum OpeningKey {
    Identities(Vec<age::x25519::Identity>),
    Passphrase(SecretString),
}

/// Why a file cannot be opened. Each has its own message in the app and the CLI.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {} MiB, more than any Trygg export", MAX_EXPORT_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("this is not an encrypted Trygg export (not an age file)")]
    NotAge,
    #[error("the file is damaged or incomplete")]
    Damaged,
    #[error("the file is protected by a passphrase, not by a key")]
    NeedsPassphrase,
    #[error("the file is protected by organisation keys, not by a passphrase")]
    NeedsKey,
    #[error("this key cannot open the file: it was made for other keys, or it is damaged")]
    WrongKey,
    #[error("the passphrase is wrong, or the file is damaged")]
    WrongPassphrase,
    #[error("the file asks for more work to open than this device allows")]
    TooMuchWork,
    #[error("the file opened, but it is not a Trygg export")]
    NotTrygg,
    #[error("the export was written by a newer Trygg (format {found}); update Trygg to open it")]
    TooNew { found: u64 },
    #[error("the export is damaged: {0}")]
    Invalid(String),
}

/// Decrypts and reads an export, entirely in memory. Never panics on any input.
pub fn open(bytes: &[u8], key: &OpeningKey) -> Result<ExportDocument, OpenError> {
    open_with_max_work_factor(bytes, key, MAX_OPEN_WORK_FACTOR)
}

/// [`open`] with another limit on the scrypt work factor (log2 N) a passphrase file may
/// ask for. A desktop can afford more than a browser: other age tools calibrate their
/// passphrase files to about a second of work on the machine that made them (work
/// factor 18 to 21 today), so the `trygg` CLI opens with a higher limit than the app.
pub fn open_with_max_work_factor(
    bytes: &[u8],
    key: &OpeningKey,
    max_work_factor: u8,
) -> Result<ExportDocument, OpenError> {
    let plaintext = decrypt(bytes, key, max_work_factor)?;
    ExportDocument::from_json(&plaintext).map_err(|error| match error {
        DocumentError::NotTrygg => OpenError::NotTrygg,
        DocumentError::TooNew { found, .. } => OpenError::TooNew { found },
        DocumentError::Invalid { reason, .. } => OpenError::Invalid(reason),
    })
}

fn decrypt(bytes: &[u8], key: &OpeningKey, max_work_factor: u8) -> Result<Vec<u8>, OpenError> {
    if bytes.is_empty() {
        return Err(OpenError::Empty);
    }
    if bytes.len() as u64 > MAX_EXPORT_BYTES {
        return Err(OpenError::TooLarge);
    }
    if !bytes.starts_with(b"age-encryption.org/") {
        return Err(OpenError::NotAge);
    }
    let decryptor = age::Decryptor::new(bytes).map_err(header_error)?;
    let is_passphrase_file = decryptor.is_scrypt();
    let reader = match key {
        OpeningKey::Identities(identities) => {
            if is_passphrase_file {
                return Err(OpenError::NeedsPassphrase);
            }
            decryptor
                .decrypt(
                    identities
                        .iter()
                        .map(|identity| identity as &dyn age::Identity),
                )
                .map_err(|error| match error {
                    DecryptError::NoMatchingKeys => OpenError::WrongKey,
                    other => header_error(other),
                })?
        }
        OpeningKey::Passphrase(passphrase) => {
            if !is_passphrase_file {
                return Err(OpenError::NeedsKey);
            }
            let mut identity = age::scrypt::Identity::new(passphrase.clone());
            identity.set_max_work_factor(max_work_factor);
            decryptor
                .decrypt(std::iter::once(&identity as &dyn age::Identity))
                .map_err(|error| match error {
                    DecryptError::NoMatchingKeys | DecryptError::DecryptionFailed => {
                        OpenError::WrongPassphrase
                    }
                    other => header_error(other),
                })?
        }
    };
    let mut plaintext = Vec::new();
    // The payload is authenticated chunk by chunk: a flipped or missing byte is an error here.
    reader
        .take(MAX_EXPORT_BYTES)
        .read_to_end(&mut plaintext)
        .map_err(|_| OpenError::Damaged)?;
    Ok(plaintext)
}

fn header_error(error: DecryptError) -> OpenError {
    match error {
        DecryptError::ExcessiveWork { .. } => OpenError::TooMuchWork,
        DecryptError::NoMatchingKeys => OpenError::WrongKey,
        DecryptError::UnknownFormat => OpenError::NotAge,
        // A header that does not parse, a wrong MAC, a cut-off file.
        _ => OpenError::Damaged,
    }
}
