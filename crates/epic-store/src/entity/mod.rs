pub(crate) mod employee;
pub(crate) mod session;
pub(crate) mod setting;
