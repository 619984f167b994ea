//! Case ids and pseudonymous case codes.
//!
//! Core never gathers randomness itself (no browser RNG here): the caller passes random
//! bytes, or any `rand_core::RngCore` (in the app, one backed by the browser's crypto).

use std::fmt;

use rand_core::RngCore;
use serde::{Deserialize, Serialize};

/// A random, unique case id (UUID version 4 text form). Never shown to the woman.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(String);

impl CaseId {
    /// Builds the id from 16 random bytes.
    pub fn from_random_bytes(mut bytes: [u8; 16]) -> Self {
        bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
        bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Self(format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        ))
    }

    pub fn generate<R: RngCore + ?Sized>(rng: &mut R) -> Self {
        let mut bytes = [0u8; 16];
        rng.fill_bytes(&mut bytes);
        Self::from_random_bytes(bytes)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters of a case code: no 0/O, 1/I/L, or U/V, which are misread or misheard
/// when a code is read aloud or written by hand.
pub const CODE_ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// A short pseudonymous code that names a case instead of her name, e.g. `K7M-4QX`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CaseCode(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a case code (six characters such as K7M-4QX)")]
pub struct InvalidCaseCode(pub String);

impl CaseCode {
    /// Six characters from 8 random bytes (29^6, about 595 million codes; the tiny
    /// bias of reducing a 64-bit number is irrelevant for a pseudonym).
    pub fn from_random_bytes(bytes: [u8; 8]) -> Self {
        let mut n = u64::from_le_bytes(bytes);
        let base = CODE_ALPHABET.len() as u64;
        let mut chars = [0u8; 6];
        for c in &mut chars {
            *c = CODE_ALPHABET[(n % base) as usize];
            n /= base;
        }
        let s: String = chars.iter().map(|&b| b as char).collect();
        Self(format!("{}-{}", &s[..3], &s[3..]))
    }

    pub fn generate<R: RngCore + ?Sized>(rng: &mut R) -> Self {
        let mut bytes = [0u8; 8];
        rng.fill_bytes(&mut bytes);
        Self::from_random_bytes(bytes)
    }

    /// Reads a code typed by a person: any case, with or without the dash or spaces.
    pub fn parse(input: &str) -> Result<Self, InvalidCaseCode> {
        let chars: Vec<u8> = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .filter_map(|c| u8::try_from(c).ok())
            .collect();
        let ok = chars.len() == 6
            && input
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .count()
                == 6
            && chars.iter().all(|c| CODE_ALPHABET.contains(c));
        if !ok {
            return Err(InvalidCaseCode(input.to_string()));
        }
        let s: String = chars.iter().map(|&b| b as char).collect();
        Ok(Self(format!("{}-{}", &s[..3], &s[3..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CaseCode {
    type Error = InvalidCaseCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<CaseCode> for String {
    fn from(c: CaseCode) -> Self {
        c.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_id_is_a_version_4_uuid() {
        let id = CaseId::from_random_bytes([0xff; 16]);
        assert_eq!(id.as_str(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = CaseId::from_random_bytes([0; 16]);
        assert_eq!(id.as_str(), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn codes_are_readable_and_round_trip() {
        for seed in 0u64..200 {
            let bytes = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes();
            let code = CaseCode::from_random_bytes(bytes);
            let s = code.as_str();
            assert_eq!(s.len(), 7);
            assert_eq!(&s[3..4], "-");
            assert!(!s.contains(['0', 'O', '1', 'I', 'L', 'U', 'V']));
            assert_eq!(
                CaseCode::parse(&s.to_lowercase().replace('-', " ")),
                Ok(code)
            );
        }
    }

    #[test]
    fn parse_rejects_ambiguous_or_wrong_length() {
        assert!(CaseCode::parse("K7M-4QO").is_err());
        assert!(CaseCode::parse("K7M-4Q").is_err());
        assert!(CaseCode::parse("K7M-4QXX").is_err());
        assert!(CaseCode::parse("K7M-4QÅ").is_err());
        assert_eq!(CaseCode::parse(" k7m4qx ").unwrap().as_str(), "K7M-4QX");
    }
}
