//! Installation, login, session checks, logout and password changes.

mod lockout;
mod repository;
mod use_cases;

pub use lockout::LockoutPolicy;
pub use repository::{AuthRepository, Installation, NewSession, Session};
pub use use_cases::{
    Authenticated, LoggedIn, LoginResponse, LogoutScope, SessionInfo, abandon, authenticate,
    change_password, init, login, logout,
};
