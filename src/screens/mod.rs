//! One module per screen, plus the pieces several screens share.

pub mod assessment;
pub mod case;
pub mod home;
pub mod new_case;
pub mod question;
pub mod report;
pub mod result;
