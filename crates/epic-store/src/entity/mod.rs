pub(crate) mod audit;
pub(crate) mod client;
pub(crate) mod contract;
pub(crate) mod employee;
pub(crate) mod event;
pub(crate) mod notification;
pub(crate) mod session;
pub(crate) mod setting;
