//! The local vault: how case data is encrypted at rest on the worker's device.
//!
//! A lost or seized tablet must not give away who was assessed or what she said, so
//! nothing about a case is ever stored in clear. The scheme, built only from
//! RustCrypto's audited primitives:
//!
//! - A random 256-bit **data key** encrypts every stored record with
//!   XChaCha20-Poly1305, a fresh random 24-byte nonce per write (random nonces are
//!   safe at this size), and the record's name as associated data, so a record
//!   copied or swapped under another name does not open.
//! - The data key is stored only **wrapped**: encrypted with a key derived from the
//!   worker's passphrase by Argon2id. The KDF parameters and salt travel with the
//!   wrapped key in the [`VaultHeader`], so they can be raised later without breaking
//!   existing vaults, and a passphrase change ([`rewrap`]) re-encrypts 32 bytes, not
//!   every record.
//! - Record names in storage come from [`record_id`], a keyed hash of the case id, so
//!   even the keys of the database say nothing about the cases.
//!
//! Core never gathers randomness itself: the caller passes a `rand_core` generator (in
//! the app, the browser's `crypto.getRandomValues`). Functions accept fallible
//! generators ([`TryCryptoRng`]) so that a failing source is an error, never a
//! predictable key.
//!
//! Every function here is total: any bytes or header a damaged or hostile store can
//! hold give an error, never a panic, and KDF parameters are bounded so a forged header
//! cannot make the device hang or run out of memory.

use std::fmt;

use argon2::{Algorithm, Argon2, Params, Version};
use blake2::digest::consts::U16;
use blake2::digest::{FixedOutput, Update};
use blake2::Blake2bMac;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand_core::TryCryptoRng;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// The header format this version writes and reads. A newer format is refused with
/// [`VaultError::TooNew`] rather than misread.
pub const VAULT_FORMAT: u32 = 1;

/// Shortest passphrase accepted when a vault is created or its passphrase changed,
/// counted in characters (not bytes), so "å" counts as one.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Length of the data key and of the passphrase-derived wrapping key, in bytes.
pub const KEY_LEN: usize = 32;
/// Length of the Argon2id salt written into new headers, in bytes.
pub const SALT_LEN: usize = 16;
/// Length of an XChaCha20-Poly1305 nonce, in bytes.
pub const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag, in bytes.
pub const TAG_LEN: usize = 16;
/// How many bytes [`seal`] adds to a plaintext: the nonce in front, the tag behind.
pub const SEALED_OVERHEAD: usize = NONCE_LEN + TAG_LEN;

const WRAPPED_KEY_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;
/// Accepted salt lengths when reading a header (new headers use [`SALT_LEN`]).
const SALT_LEN_RANGE: std::ops::RangeInclusive<usize> = 16..=64;

/// Associated data of the wrapped data key: ties it to its purpose and format.
const WRAP_AAD: &[u8] = b"trygg.vault.v1.data-key";
/// Prefix of a record's associated data; the record's name follows.
const RECORD_AAD_PREFIX: &[u8] = b"trygg.vault.v1.record:";
/// BLAKE2b personalisation for [`record_id`] (at most 16 bytes), separating that use
/// of the data key from encryption.
const RECORD_ID_PERSONA: &[u8] = b"trygg.record-id";

/// Why a vault operation failed. None of the variants carries case data or key
/// material, so they are safe to log or show.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("the passphrase must have at least {min} characters")]
    PassphraseTooShort { min: usize },
    /// The passphrase does not unwrap the data key. A header whose wrapped key was
    /// damaged fails the same way: the two cannot be told apart, by design of AEAD.
    #[error("the passphrase is not right")]
    WrongPassphrase,
    /// The sealed record was changed, cut short, or belongs to another name or key.
    #[error("the record was changed or does not belong here")]
    Tampered,
    #[error(
        "vault format {found} was written by a newer Trygg (this one reads up to {supported})"
    )]
    TooNew { found: u32, supported: u32 },
    /// The header is not a vault header of a known format (wrong fields, wrong lengths).
    #[error("the vault header is damaged")]
    Malformed,
    /// KDF parameters outside the bounds this version accepts (see [`KdfParams`]).
    #[error("the key derivation parameters are not supported")]
    UnsupportedKdf,
    /// The random number generator the caller passed failed.
    #[error("no random numbers could be obtained")]
    Random,
    /// A plaintext too large for XChaCha20-Poly1305 (far beyond anything Trygg stores).
    #[error("the record is too large to encrypt")]
    TooLarge,
}

/// Argon2id cost parameters, stored in the header so they can be tuned per vault.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Memory in KiB (Argon2's `m`).
    pub memory_kib: u32,
    /// Passes over memory (Argon2's `t`).
    pub iterations: u32,
    /// Lanes (Argon2's `p`). The browser computes them one after another, so more
    /// lanes cost time there without adding to an attacker's cost per guess.
    pub parallelism: u32,
}

impl KdfParams {
    /// The parameters new vaults get: OWASP's recommended minimum for Argon2id
    /// (19 MiB, 2 passes, 1 lane), chosen to keep an unlock under about a second in
    /// WebAssembly on a modest laptop or tablet.
    pub const DEFAULT: Self = Self {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// Cheapest parameters accepted, for tests only: they protect nothing.
    pub const INSECURE_FOR_TESTS: Self = Self {
        memory_kib: 8,
        iterations: 1,
        parallelism: 1,
    };

    /// Upper bounds when reading a header: a forged header must not make unlocking
    /// allocate gigabytes or run for hours.
    pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
    pub const MAX_ITERATIONS: u32 = 16;
    pub const MAX_PARALLELISM: u32 = 4;

    /// Whether these parameters are within the bounds this version accepts.
    pub fn check(&self) -> Result<(), VaultError> {
        let in_range = (1..=Self::MAX_PARALLELISM).contains(&self.parallelism)
            && (1..=Self::MAX_ITERATIONS).contains(&self.iterations)
            && self.memory_kib >= 8 * self.parallelism
            && self.memory_kib <= Self::MAX_MEMORY_KIB;
        if in_range {
            Ok(())
        } else {
            Err(VaultError::UnsupportedKdf)
        }
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The key derivation function of a header. Argon2id means Argon2 version 0x13, the
/// only one in use; another function or version would come with a new variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KdfAlgorithm {
    Argon2id,
}

/// What is stored in clear about a vault: its format, how to derive the wrapping key
/// from the passphrase, and the wrapped data key. Nothing in it is secret on its own;
/// it is as strong as the passphrase and the KDF parameters.
///
/// JSON form: `{"format":1,"kdf":"argon2id","params":{"memory_kib":19456,
/// "iterations":2,"parallelism":1},"salt":"<hex>","wrapped_key":"<hex>"}`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaultHeader {
    format: u32,
    kdf: KdfAlgorithm,
    params: KdfParams,
    #[serde(with = "hex")]
    salt: Vec<u8>,
    /// Nonce, then the data key encrypted under the passphrase-derived key, then tag.
    #[serde(with = "hex")]
    wrapped_key: Vec<u8>,
}

impl fmt::Debug for VaultHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not secret, but there is no use in printing it either.
        f.debug_struct("VaultHeader")
            .field("format", &self.format)
            .field("kdf", &self.kdf)
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

impl VaultHeader {
    pub fn format(&self) -> u32 {
        self.format
    }

    pub fn kdf(&self) -> KdfAlgorithm {
        self.kdf
    }

    /// The cost parameters this vault's passphrase is stretched with.
    pub fn params(&self) -> KdfParams {
        self.params
    }

    /// The header as JSON, for storage next to the records.
    pub fn to_json(&self) -> String {
        // Serialising plain integers, an enum and strings cannot fail; fall back to an
        // empty string rather than panic should serde_json ever change its mind.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored header. The format number is checked first, so a header from a
    /// newer Trygg is reported as [`VaultError::TooNew`] whatever its shape.
    pub fn from_json(text: &str) -> Result<Self, VaultError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| VaultError::Malformed)?;
        let format = value
            .get("format")
            .and_then(serde_json::Value::as_u64)
            .ok_or(VaultError::Malformed)?;
        if format > u64::from(VAULT_FORMAT) {
            return Err(VaultError::TooNew {
                found: u32::try_from(format).unwrap_or(u32::MAX),
                supported: VAULT_FORMAT,
            });
        }
        let header: Self = serde_json::from_value(value).map_err(|_| VaultError::Malformed)?;
        header.check_shape()?;
        Ok(header)
    }

    /// Checks what can be checked without the passphrase.
    fn check_shape(&self) -> Result<(), VaultError> {
        if self.format > VAULT_FORMAT {
            return Err(VaultError::TooNew {
                found: self.format,
                supported: VAULT_FORMAT,
            });
        }
        if self.format != VAULT_FORMAT
            || !SALT_LEN_RANGE.contains(&self.salt.len())
            || self.wrapped_key.len() != WRAPPED_KEY_LEN
        {
            return Err(VaultError::Malformed);
        }
        self.params.check()
    }
}

/// The random key that encrypts every record. It lives in memory only while the
/// vault is unlocked, is wiped when dropped, and never prints.
///
/// Boxed so that moving the key around does not leave copies of it in old stack
/// frames.
pub struct DataKey(Box<[u8; KEY_LEN]>);

impl DataKey {
    fn generate<R: TryCryptoRng + ?Sized>(rng: &mut R) -> Result<Self, VaultError> {
        let mut key = Self(Box::new([0u8; KEY_LEN]));
        fill(rng, &mut key.0[..])?;
        Ok(key)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(&(*self.0).into())
    }

    /// Whether two handles hold the same key (in time independent of where they
    /// differ). Used to confirm that an old passphrase opens this very vault.
    pub fn same_as(&self, other: &DataKey) -> bool {
        self.0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

impl Drop for DataKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl ZeroizeOnDrop for DataKey {}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(..)")
    }
}

/// A hint for the person choosing a passphrase: honest, simple, and no more than that.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    Weak,
    Fair,
    Strong,
}

/// Rates a passphrase by length and variety only. It cannot know whether the words
/// are guessable (a name, a song line), so "strong" means "long and varied enough",
/// not "safe": the screen should say so.
///
/// - weak: shorter than [`MIN_PASSPHRASE_CHARS`], fewer than 5 different characters,
///   or one kind of character (only lower-case letters, only digits...) below 14;
/// - strong: 20 characters or more with at least 8 different ones, or 14 or more
///   mixing at least three kinds (lower-case, upper-case, digits, other);
/// - fair: everything in between.
pub fn passphrase_strength(passphrase: &str) -> Strength {
    let length = passphrase.chars().count();
    let mut distinct: Vec<char> = passphrase.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let distinct = distinct.len();
    let has = |f: fn(&char) -> bool| passphrase.chars().any(|c| f(&c));
    let kinds = [
        has(|c| c.is_lowercase()),
        has(|c| c.is_uppercase()),
        has(|c| c.is_numeric()),
        has(|c| !c.is_alphanumeric()),
    ]
    .into_iter()
    .filter(|&k| k)
    .count();
    if length < MIN_PASSPHRASE_CHARS || distinct < 5 || (kinds <= 1 && length < 14) {
        Strength::Weak
    } else if (length >= 20 && distinct >= 8) || (length >= 14 && kinds >= 3) {
        Strength::Strong
    } else {
        Strength::Fair
    }
}

/// Creates a vault with [`KdfParams::DEFAULT`]: a new random data key, wrapped by the
/// passphrase. Store the header; keep the key in memory while unlocked.
pub fn create<R: TryCryptoRng + ?Sized>(
    passphrase: &str,
    rng: &mut R,
) -> Result<(VaultHeader, DataKey), VaultError> {
    create_with(passphrase, KdfParams::DEFAULT, rng)
}

/// [`create`] with chosen KDF parameters (cheap ones in tests, dearer ones later).
pub fn create_with<R: TryCryptoRng + ?Sized>(
    passphrase: &str,
    params: KdfParams,
    rng: &mut R,
) -> Result<(VaultHeader, DataKey), VaultError> {
    let key = DataKey::generate(rng)?;
    let header = wrap(&key, passphrase, params, rng)?;
    Ok((header, key))
}

/// Unwraps the data key with the passphrase.
pub fn unlock(header: &VaultHeader, passphrase: &str) -> Result<DataKey, VaultError> {
    header.check_shape()?;
    let kek = derive(passphrase, header.params, &header.salt)?;
    let cipher = XChaCha20Poly1305::new(&(*kek).into());
    let (nonce, wrapped) = header.wrapped_key.split_at(NONCE_LEN);
    let nonce = XNonce::try_from(nonce).map_err(|_| VaultError::Malformed)?;
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: wrapped,
                    aad: WRAP_AAD,
                },
            )
            .map_err(|_| VaultError::WrongPassphrase)?,
    );
    if plain.len() != KEY_LEN {
        return Err(VaultError::Malformed);
    }
    let mut key = DataKey(Box::new([0u8; KEY_LEN]));
    key.0.copy_from_slice(&plain);
    Ok(key)
}

/// Wraps the same data key under a new passphrase, with the header's KDF parameters
/// and a fresh salt: records stay as they are. Check the old passphrase first (unlock
/// with it and compare with [`DataKey::same_as`]); this function cannot.
pub fn rewrap<R: TryCryptoRng + ?Sized>(
    header: &VaultHeader,
    key: &DataKey,
    new_passphrase: &str,
    rng: &mut R,
) -> Result<VaultHeader, VaultError> {
    header.check_shape()?;
    wrap(key, new_passphrase, header.params, rng)
}

/// [`rewrap`] with new KDF parameters, e.g. to raise the cost on faster devices.
pub fn rewrap_with<R: TryCryptoRng + ?Sized>(
    key: &DataKey,
    new_passphrase: &str,
    params: KdfParams,
    rng: &mut R,
) -> Result<VaultHeader, VaultError> {
    wrap(key, new_passphrase, params, rng)
}

/// Encrypts one record under the data key, bound to `record_name`: `nonce || ciphertext
/// || tag`, [`SEALED_OVERHEAD`] bytes longer than the plaintext.
pub fn seal<R: TryCryptoRng + ?Sized>(
    key: &DataKey,
    record_name: &str,
    plaintext: &[u8],
    rng: &mut R,
) -> Result<Vec<u8>, VaultError> {
    let mut nonce = [0u8; NONCE_LEN];
    fill(rng, &mut nonce)?;
    let aad = record_aad(record_name);
    let ciphertext = key
        .cipher()
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: plaintext,
                aad: &aad,
            },
        )
        .map_err(|_| VaultError::TooLarge)?;
    let mut sealed = Vec::with_capacity(NONCE_LEN + ciphertext.len());
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&ciphertext);
    Ok(sealed)
}

/// Decrypts a record sealed by [`seal`] under the same key and name. Anything else —
/// other bytes, another name, another key, a truncated record — is
/// [`VaultError::Tampered`].
pub fn open(key: &DataKey, record_name: &str, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
    if sealed.len() < SEALED_OVERHEAD {
        return Err(VaultError::Tampered);
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    let nonce = XNonce::try_from(nonce).map_err(|_| VaultError::Tampered)?;
    let aad = record_aad(record_name);
    key.cipher()
        .decrypt(
            &nonce,
            Payload {
                msg: ciphertext,
                aad: &aad,
            },
        )
        .map_err(|_| VaultError::Tampered)
}

/// An opaque, stable storage key for a record: 32 hex digits of BLAKE2b keyed with the
/// data key (personalised for this use). The same name always gives the same id under
/// the same vault, so a save overwrites its record without a lookup table; without the
/// key the id reveals nothing, not even which ids belong to the same case elsewhere.
pub fn record_id(key: &DataKey, name: &str) -> Result<String, VaultError> {
    // A 32-byte key, an empty salt and a 15-byte persona are within BLAKE2b's limits,
    // so this does not fail; should it ever, no id is better than a shared one.
    let mut mac =
        Blake2bMac::<U16>::new_with_salt_and_personal(Some(&key.0[..]), &[], RECORD_ID_PERSONA)
            .map_err(|_| VaultError::Malformed)?;
    mac.update(name.as_bytes());
    Ok(hex::encode(&mac.finalize_fixed()))
}

fn wrap<R: TryCryptoRng + ?Sized>(
    key: &DataKey,
    passphrase: &str,
    params: KdfParams,
    rng: &mut R,
) -> Result<VaultHeader, VaultError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    params.check()?;
    let mut salt = vec![0u8; SALT_LEN];
    fill(rng, &mut salt)?;
    let mut nonce = [0u8; NONCE_LEN];
    fill(rng, &mut nonce)?;
    let kek = derive(passphrase, params, &salt)?;
    let cipher = XChaCha20Poly1305::new(&(*kek).into());
    let wrapped = cipher
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: &key.0[..],
                aad: WRAP_AAD,
            },
        )
        .map_err(|_| VaultError::TooLarge)?;
    let mut wrapped_key = Vec::with_capacity(WRAPPED_KEY_LEN);
    wrapped_key.extend_from_slice(&nonce);
    wrapped_key.extend_from_slice(&wrapped);
    Ok(VaultHeader {
        format: VAULT_FORMAT,
        kdf: KdfAlgorithm::Argon2id,
        params,
        salt,
        wrapped_key,
    })
}

/// Argon2id (version 0x13) of the passphrase's UTF-8 bytes, as given: no trimming or
/// normalisation, so the same keyboard gives the same key.
fn derive(
    passphrase: &str,
    params: KdfParams,
    salt: &[u8],
) -> Result<Zeroizing<[u8; KEY_LEN]>, VaultError> {
    params.check()?;
    let argon_params = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(KEY_LEN),
    )
    .map_err(|_| VaultError::UnsupportedKdf)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut out[..])
        .map_err(|_| VaultError::UnsupportedKdf)?;
    Ok(out)
}

fn record_aad(record_name: &str) -> Vec<u8> {
    let mut aad = Vec::with_capacity(RECORD_AAD_PREFIX.len() + record_name.len());
    aad.extend_from_slice(RECORD_AAD_PREFIX);
    aad.extend_from_slice(record_name.as_bytes());
    aad
}

fn fill<R: TryCryptoRng + ?Sized>(rng: &mut R, buf: &mut [u8]) -> Result<(), VaultError> {
    rng.try_fill_bytes(buf).map_err(|_| VaultError::Random)
}

/// Lower-case hex for the byte fields of the header (readable, and unambiguous in JSON).
mod hex {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn encode(bytes: &[u8]) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            out.push(char::from(DIGITS[usize::from(b >> 4)]));
            out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
        }
        out
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        fn digit(c: u8) -> Option<u8> {
            match c {
                b'0'..=b'9' => Some(c - b'0'),
                b'a'..=b'f' => Some(c - b'a' + 10),
                _ => None,
            }
        }
        let bytes = text.as_bytes();
        if !bytes.len().is_multiple_of(2) {
            return None;
        }
        bytes
            .chunks_exact(2)
            .map(|pair| Some((digit(pair[0])? << 4) | digit(pair[1])?))
            .collect()
    }

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        decode(&text).ok_or_else(|| serde::de::Error::custom("not lower-case hex"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A deterministic generator for tests (SplitMix64). Not cryptographic: marked
    /// `CryptoRng` only so the tests can drive the real code paths reproducibly.
    struct TestRng(u64);

    impl rand_core::RngCore for TestRng {
        fn next_u32(&mut self) -> u32 {
            self.next_u64() as u32
        }
        fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }
        fn fill_bytes(&mut self, dst: &mut [u8]) {
            for chunk in dst.chunks_mut(8) {
                let n = self.next_u64().to_le_bytes();
                chunk.copy_from_slice(&n[..chunk.len()]);
            }
        }
    }

    impl rand_core::CryptoRng for TestRng {}

    /// A generator that always fails, like a browser without `crypto`.
    struct BrokenRng;

    impl rand_core::TryRngCore for BrokenRng {
        type Error = &'static str;
        fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
            Err("broken")
        }
        fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
            Err("broken")
        }
        fn try_fill_bytes(&mut self, _dst: &mut [u8]) -> Result<(), Self::Error> {
            Err("broken")
        }
    }

    impl rand_core::TryCryptoRng for BrokenRng {}

    const CHEAP: KdfParams = KdfParams::INSECURE_FOR_TESTS;
    const PASS: &str = "correct horse battery";

    fn vault(seed: u64) -> (VaultHeader, DataKey, TestRng) {
        let mut rng = TestRng(seed);
        let (header, key) = create_with(PASS, CHEAP, &mut rng).unwrap();
        (header, key, rng)
    }

    #[test]
    fn round_trip_through_header_and_record() {
        let (header, key, mut rng) = vault(1);
        let sealed = seal(&key, "cases/a", b"her answers", &mut rng).unwrap();
        assert_eq!(sealed.len(), b"her answers".len() + SEALED_OVERHEAD);
        assert!(!sealed
            .windows(b"answers".len())
            .any(|w| w == b"answers".as_slice()));

        let header = VaultHeader::from_json(&header.to_json()).unwrap();
        let again = unlock(&header, PASS).unwrap();
        assert!(again.same_as(&key));
        assert_eq!(open(&again, "cases/a", &sealed).unwrap(), b"her answers");
    }

    #[test]
    fn every_write_gets_a_fresh_nonce() {
        let (_, key, mut rng) = vault(2);
        let a = seal(&key, "r", b"same", &mut rng).unwrap();
        let b = seal(&key, "r", b"same", &mut rng).unwrap();
        assert_ne!(a[..NONCE_LEN], b[..NONCE_LEN]);
        assert_ne!(a, b);
    }

    #[test]
    fn two_vaults_have_different_keys_and_salts() {
        let (h1, k1, _) = vault(3);
        let (h2, k2, _) = vault(4);
        assert!(!k1.same_as(&k2));
        assert_ne!(h1.salt, h2.salt);
    }

    #[test]
    fn wrong_passphrase_is_rejected() {
        let (header, _, _) = vault(5);
        assert_eq!(
            unlock(&header, "correct horse battery!").unwrap_err(),
            VaultError::WrongPassphrase
        );
        assert_eq!(
            unlock(&header, "").unwrap_err(),
            VaultError::WrongPassphrase
        );
    }

    #[test]
    fn short_passphrases_are_refused() {
        let mut rng = TestRng(6);
        assert_eq!(
            create_with("123456789", CHEAP, &mut rng).unwrap_err(),
            VaultError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS
            }
        );
        // Ten characters, some of them two bytes long: counted as characters.
        assert!(create_with("åäöõšžąėįų", CHEAP, &mut rng).is_ok());
        let (header, key, mut rng) = vault(7);
        assert!(matches!(
            rewrap(&header, &key, "short", &mut rng),
            Err(VaultError::PassphraseTooShort { .. })
        ));
    }

    #[test]
    fn every_flipped_byte_of_a_record_is_detected() {
        let (_, key, mut rng) = vault(8);
        let sealed = seal(&key, "cases/x", b"small record", &mut rng).unwrap();
        for i in 0..sealed.len() {
            for bit in [0x01u8, 0x80, 0xff] {
                let mut bad = sealed.clone();
                bad[i] ^= bit;
                assert_eq!(
                    open(&key, "cases/x", &bad).unwrap_err(),
                    VaultError::Tampered,
                    "byte {i} flipped with {bit:#x}"
                );
            }
        }
        for len in 0..sealed.len() {
            assert_eq!(
                open(&key, "cases/x", &sealed[..len]).unwrap_err(),
                VaultError::Tampered
            );
        }
        let mut longer = sealed.clone();
        longer.push(0);
        assert_eq!(
            open(&key, "cases/x", &longer).unwrap_err(),
            VaultError::Tampered
        );
    }

    #[test]
    fn a_record_does_not_open_under_another_name_or_key() {
        let (_, key, mut rng) = vault(9);
        let sealed = seal(&key, "cases/one", b"record", &mut rng).unwrap();
        assert_eq!(
            open(&key, "cases/two", &sealed).unwrap_err(),
            VaultError::Tampered
        );
        assert_eq!(open(&key, "", &sealed).unwrap_err(), VaultError::Tampered);
        let (_, other, _) = vault(10);
        assert_eq!(
            open(&other, "cases/one", &sealed).unwrap_err(),
            VaultError::Tampered
        );
    }

    #[test]
    fn rewrap_keeps_the_data_key_and_drops_the_old_passphrase() {
        let (header, key, mut rng) = vault(11);
        let sealed = seal(&key, "r", b"kept", &mut rng).unwrap();
        let new_header = rewrap(&header, &key, "a new long passphrase", &mut rng).unwrap();
        assert_eq!(new_header.params(), header.params());
        assert_ne!(new_header.salt, header.salt);
        assert_eq!(
            unlock(&new_header, PASS).unwrap_err(),
            VaultError::WrongPassphrase
        );
        let key2 = unlock(&new_header, "a new long passphrase").unwrap();
        assert!(key2.same_as(&key));
        assert_eq!(open(&key2, "r", &sealed).unwrap(), b"kept");

        let tuned = KdfParams {
            memory_kib: 64,
            iterations: 2,
            parallelism: 2,
        };
        let tuned_header = rewrap_with(&key, "a new long passphrase", tuned, &mut rng).unwrap();
        assert_eq!(tuned_header.params(), tuned);
        assert!(unlock(&tuned_header, "a new long passphrase")
            .unwrap()
            .same_as(&key));
    }

    #[test]
    fn header_serde_round_trip_and_shape() {
        let (header, _, _) = vault(12);
        let json = header.to_json();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], 1);
        assert_eq!(value["kdf"], "argon2id");
        assert_eq!(value["params"]["memory_kib"], 8);
        assert_eq!(value["salt"].as_str().unwrap().len(), SALT_LEN * 2);
        assert_eq!(
            value["wrapped_key"].as_str().unwrap().len(),
            WRAPPED_KEY_LEN * 2
        );
        assert_eq!(VaultHeader::from_json(&json).unwrap(), header);
        // Debug shows no bytes.
        let debug = format!("{header:?}");
        assert!(!debug.contains(&hex::encode(&header.salt)));
    }

    #[test]
    fn newer_or_damaged_headers_are_refused() {
        let (header, _, _) = vault(13);
        let mut value: serde_json::Value = serde_json::from_str(&header.to_json()).unwrap();
        value["format"] = 2.into();
        value["something_new"] = true.into();
        assert_eq!(
            VaultHeader::from_json(&value.to_string()).unwrap_err(),
            VaultError::TooNew {
                found: 2,
                supported: 1
            }
        );
        for (field, bad) in [
            ("format", serde_json::json!(0)),
            ("kdf", serde_json::json!("scrypt")),
            ("salt", serde_json::json!("zz")),
            ("salt", serde_json::json!("00")),
            ("wrapped_key", serde_json::json!("00ff")),
            ("params", serde_json::json!({"memory_kib": 8})),
        ] {
            let mut value: serde_json::Value = serde_json::from_str(&header.to_json()).unwrap();
            value[field] = bad;
            assert_eq!(
                VaultHeader::from_json(&value.to_string()).unwrap_err(),
                VaultError::Malformed,
                "{field}"
            );
        }
        assert_eq!(
            VaultHeader::from_json("not json").unwrap_err(),
            VaultError::Malformed
        );
        assert_eq!(
            VaultHeader::from_json("{}").unwrap_err(),
            VaultError::Malformed
        );
    }

    #[test]
    fn kdf_parameters_are_bounded() {
        let (header, _, _) = vault(14);
        for params in [
            KdfParams {
                memory_kib: KdfParams::MAX_MEMORY_KIB + 1,
                ..CHEAP
            },
            KdfParams {
                iterations: 0,
                ..CHEAP
            },
            KdfParams {
                iterations: u32::MAX,
                ..CHEAP
            },
            KdfParams {
                parallelism: 0,
                ..CHEAP
            },
            KdfParams {
                memory_kib: 8,
                iterations: 1,
                parallelism: 2,
            },
        ] {
            let mut value: serde_json::Value = serde_json::from_str(&header.to_json()).unwrap();
            value["params"] = serde_json::to_value(params).unwrap();
            assert_eq!(
                VaultHeader::from_json(&value.to_string()).unwrap_err(),
                VaultError::UnsupportedKdf
            );
            let forged = VaultHeader {
                params,
                ..header.clone()
            };
            assert_eq!(
                unlock(&forged, PASS).unwrap_err(),
                VaultError::UnsupportedKdf
            );
            let mut rng = TestRng(15);
            assert_eq!(
                create_with(PASS, params, &mut rng).unwrap_err(),
                VaultError::UnsupportedKdf
            );
        }
        assert!(KdfParams::DEFAULT.check().is_ok());
    }

    #[test]
    fn default_parameters_are_the_owasp_minimum() {
        assert_eq!(
            KdfParams::default(),
            KdfParams {
                memory_kib: 19 * 1024,
                iterations: 2,
                parallelism: 1
            }
        );
        let mut rng = TestRng(16);
        let (header, key) = create(PASS, &mut rng).unwrap();
        assert_eq!(header.params(), KdfParams::DEFAULT);
        assert!(unlock(&header, PASS).unwrap().same_as(&key));
    }

    #[test]
    fn a_failing_random_source_is_an_error() {
        assert_eq!(
            create_with(PASS, CHEAP, &mut BrokenRng).unwrap_err(),
            VaultError::Random
        );
        let (header, key, _) = vault(17);
        assert_eq!(
            seal(&key, "r", b"x", &mut BrokenRng).unwrap_err(),
            VaultError::Random
        );
        assert_eq!(
            rewrap(&header, &key, "another passphrase", &mut BrokenRng).unwrap_err(),
            VaultError::Random
        );
    }

    #[test]
    fn record_ids_are_stable_opaque_and_per_vault() {
        let (_, key, _) = vault(18);
        let (_, other, _) = vault(19);
        let id = record_id(&key, "0f8e2c1a-0000-4000-8000-000000000000").unwrap();
        assert_eq!(id.len(), 32);
        assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            id,
            record_id(&key, "0f8e2c1a-0000-4000-8000-000000000000").unwrap()
        );
        assert_ne!(
            id,
            record_id(&key, "0f8e2c1a-0000-4000-8000-000000000001").unwrap()
        );
        assert_ne!(
            id,
            record_id(&other, "0f8e2c1a-0000-4000-8000-000000000000").unwrap()
        );
    }

    #[test]
    fn data_key_never_prints() {
        let (_, key, _) = vault(20);
        assert_eq!(format!("{key:?}"), "DataKey(..)");
    }

    #[test]
    fn strength_hints() {
        assert_eq!(passphrase_strength(""), Strength::Weak);
        assert_eq!(passphrase_strength("abc123"), Strength::Weak);
        assert_eq!(
            passphrase_strength("aaaaaaaaaaaaaaaaaaaaaaaa"),
            Strength::Weak
        );
        assert_eq!(passphrase_strength("abcdefghijk"), Strength::Weak);
        assert_eq!(passphrase_strength("abcdefghij12"), Strength::Fair);
        assert_eq!(
            passphrase_strength("tallinn riga vilnius"),
            Strength::Strong
        );
        assert_eq!(passphrase_strength("Kaffe7Bolle!x9"), Strength::Strong);
        assert_eq!(passphrase_strength("Ærlig talt 2025"), Strength::Strong);
        assert!(passphrase_strength("Sommer2025") <= Strength::Fair);
    }

    #[test]
    fn hex_round_trip() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(hex::decode(&hex::encode(&bytes)).unwrap(), bytes);
        assert_eq!(hex::decode("abc"), None);
        assert_eq!(hex::decode("AB"), None);
        assert_eq!(hex::decode("é0"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn open_never_panics_on_any_bytes(
            bytes in proptest::collection::vec(any::<u8>(), 0..200),
            name in ".{0,20}",
        ) {
            let key = DataKey(Box::new([7u8; KEY_LEN]));
            prop_assert_eq!(open(&key, &name, &bytes), Err(VaultError::Tampered));
        }

        #[test]
        fn headers_from_any_text_never_panic(text in ".{0,200}") {
            let _ = VaultHeader::from_json(&text);
        }

        #[test]
        fn unlock_never_panics_on_forged_headers(
            salt in proptest::collection::vec(any::<u8>(), 0..70),
            wrapped in proptest::collection::vec(any::<u8>(), 0..100),
            memory_kib in 0u32..64,
            iterations in 0u32..3,
            parallelism in 0u32..6,
            format in 0u32..3,
            passphrase in ".{0,16}",
        ) {
            let header = VaultHeader {
                format,
                kdf: KdfAlgorithm::Argon2id,
                params: KdfParams { memory_kib, iterations, parallelism },
                salt,
                wrapped_key: wrapped,
            };
            prop_assert!(unlock(&header, &passphrase).is_err());
            let _ = VaultHeader::from_json(&header.to_json());
        }

        #[test]
        fn seal_then_open_round_trips(
            plain in proptest::collection::vec(any::<u8>(), 0..300),
            name in ".{0,20}",
            seed in any::<u64>(),
        ) {
            let mut rng = TestRng(seed);
            let key = DataKey(Box::new([3u8; KEY_LEN]));
            let sealed = seal(&key, &name, &plain, &mut rng).unwrap();
            prop_assert_eq!(open(&key, &name, &sealed).unwrap(), plain);
        }
    }
}
