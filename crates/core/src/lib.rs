//! Trygg's pure logic. Nothing here touches a browser, so all of it is tested natively.

pub mod locale;
pub mod quick_exit;
