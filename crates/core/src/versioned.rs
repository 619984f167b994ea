//! Every file Trygg writes says which format it has (`format`), and files that
//! travel also say what they are (`kind`). Readers refuse other kinds and formats
//! newer than they know, in one place.

use serde_json::Value;

/// Why a JSON file is not one this Trygg can read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    /// Not JSON, another kind, or no format number.
    NotThisKind,
    /// A format newer than this Trygg reads.
    TooNew(u64),
}

/// The `format` number of a value (`None` if it has none), refusing one newer
/// than `supported`.
pub(crate) fn format(value: &Value, supported: u32) -> Result<Option<u64>, Refused> {
    match value.get("format").and_then(Value::as_u64) {
        Some(found) if found > u64::from(supported) => Err(Refused::TooNew(found)),
        found => Ok(found),
    }
}

/// Parses `bytes` as a file of `kind` in a format this Trygg reads.
pub(crate) fn read(bytes: &[u8], kind: &str, supported: u32) -> Result<Value, Refused> {
    let value: Value = serde_json::from_slice(bytes).map_err(|_| Refused::NotThisKind)?;
    if value.get("kind").and_then(Value::as_str) != Some(kind) {
        return Err(Refused::NotThisKind);
    }
    format(&value, supported)?.ok_or(Refused::NotThisKind)?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_kinds_missing_and_newer_formats_are_refused() {
        assert!(read(br#"{"kind":"a","format":1}"#, "a", 1).is_ok());
        assert_eq!(read(b"not json", "a", 1), Err(Refused::NotThisKind));
        assert_eq!(
            read(br#"{"kind":"b","format":1}"#, "a", 1),
            Err(Refused::NotThisKind)
        );
        assert_eq!(read(br#"{"kind":"a"}"#, "a", 1), Err(Refused::NotThisKind));
        assert_eq!(
            read(br#"{"kind":"a","format":2}"#, "a", 1),
            Err(Refused::TooNew(2))
        );
    }
}
