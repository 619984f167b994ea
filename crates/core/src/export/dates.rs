//! Dates as the CLI and the CSV show them: ISO 8601 in UTC, from [`Millis`].
//! Core reads no clock; these only format what the caller gives.

use crate::case::Millis;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The civil date (year, month, day) of a day count since 1970-01-01
/// (Howard Hinnant's `civil_from_days`, exact for every `i64` millisecond time).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `2026-01-05T10:00:00Z` (whole seconds, UTC).
pub fn utc(at: Millis) -> String {
    let days = at.div_euclid(DAY_MS);
    let seconds = at.rem_euclid(DAY_MS) / 1000;
    let (year, month, day) = civil(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// `2026-01-05` (the UTC day).
pub fn day(at: Millis) -> String {
    let (year, month, day) = civil(at.div_euclid(DAY_MS));
    format!("{year:04}-{month:02}-{day:02}")
}

/// `2026-01` (the UTC month): the finest date statistics show.
pub fn month(at: Millis) -> String {
    let (year, month, _) = civil(at.div_euclid(DAY_MS));
    format!("{year:04}-{month:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants_format_as_iso_8601_utc() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(1_767_607_200_000), "2026-01-05T10:00:00Z");
        assert_eq!(utc(951_825_599_999), "2000-02-29T11:59:59Z");
        assert_eq!(utc(-1), "1969-12-31T23:59:59Z");
        assert_eq!(day(1_767_607_200_000), "2026-01-05");
        assert_eq!(month(1_767_607_200_000), "2026-01");
    }

    #[test]
    fn extreme_times_never_panic() {
        for at in [i64::MIN, i64::MAX, i64::MIN + 1, i64::MAX - 1] {
            assert!(utc(at).ends_with('Z'));
            assert!(!month(at).is_empty());
        }
    }

    #[test]
    fn every_day_round_trips_over_four_centuries() {
        // Days since 1970 must step through the calendar one day at a time.
        let mut previous = civil(-146_097);
        for days in -146_096..146_097 {
            let (y, m, d) = civil(days);
            let (py, pm, pd) = previous;
            let next_day = (y == py && m == pm && d == pd + 1)
                || (y == py && m == pm + 1 && d == 1)
                || (y == py + 1 && m == 1 && pm == 12 && d == 1);
            assert!(next_day, "{days}: {previous:?} -> {:?}", (y, m, d));
            assert!(crate::answer::is_date(&format!("{y:04}-{m:02}-{d:02}")));
            previous = (y, m, d);
        }
    }
}
