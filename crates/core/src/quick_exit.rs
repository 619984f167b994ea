//! Recognising "Escape pressed twice" for the quick exit.

/// Two presses closer together than this count as a double press.
pub const DOUBLE_PRESS_WINDOW_MS: f64 = 1_000.0;

/// Tracks presses of one key; times are milliseconds from any monotonic clock.
#[derive(Debug, Default, Clone)]
pub struct DoublePress {
    last: Option<f64>,
}

impl DoublePress {
    /// Records a press at `now_ms`; true when it completes a double press.
    pub fn press(&mut self, now_ms: f64) -> bool {
        match self.last {
            Some(previous) if (0.0..=DOUBLE_PRESS_WINDOW_MS).contains(&(now_ms - previous)) => {
                self.last = None;
                true
            }
            _ => {
                self.last = Some(now_ms);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_quick_presses_trigger() {
        let mut presses = DoublePress::default();
        assert!(!presses.press(100.0));
        assert!(presses.press(600.0));
    }

    #[test]
    fn slow_presses_do_not_trigger() {
        let mut presses = DoublePress::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(1_500.0));
        // ...but the slow second press starts a new pair.
        assert!(presses.press(1_900.0));
    }

    #[test]
    fn a_triggered_pair_needs_two_new_presses() {
        let mut presses = DoublePress::default();
        presses.press(0.0);
        assert!(presses.press(10.0));
        assert!(!presses.press(20.0));
    }

    #[test]
    fn a_clock_going_backwards_does_not_trigger() {
        let mut presses = DoublePress::default();
        presses.press(5_000.0);
        assert!(!presses.press(4_000.0));
    }
}
