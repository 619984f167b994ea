//! Random numbers from the browser's `crypto.getRandomValues`, as a `rand_core`
//! generator for `trygg_core::vault` (core takes randomness from its caller).
//!
//! The generator is fallible ([`TryRngCore`]): if the browser cannot give random
//! numbers, key generation fails with an error instead of using predictable bytes.

use std::fmt;

use rand_core::{TryCryptoRng, TryRngCore};

/// `getRandomValues` refuses more than 65 536 bytes per call.
const MAX_CHUNK: usize = 65_536;

/// The browser's cryptographic random number generator.
pub struct BrowserRng {
    crypto: web_sys::Crypto,
}

/// The browser gave no random numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RandomUnavailable;

impl fmt::Display for RandomUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("crypto.getRandomValues is not available")
    }
}

impl BrowserRng {
    /// The page's `crypto`; `None` outside a window (or in a browser without it).
    pub fn new() -> Option<Self> {
        let crypto = web_sys::window()?.crypto().ok()?;
        Some(Self { crypto })
    }

    /// Fills a fixed-size array, e.g. the 16 bytes of a new case id.
    pub fn bytes<const N: usize>(&mut self) -> Result<[u8; N], RandomUnavailable> {
        let mut out = [0u8; N];
        self.try_fill_bytes(&mut out)?;
        Ok(out)
    }
}

impl TryRngCore for BrowserRng {
    type Error = RandomUnavailable;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        Ok(u64::from_le_bytes(self.bytes()?))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        for chunk in dst.chunks_mut(MAX_CHUNK) {
            self.crypto
                .get_random_values_with_u8_array(chunk)
                .map_err(|_| RandomUnavailable)?;
        }
        Ok(())
    }
}

impl TryCryptoRng for BrowserRng {}
