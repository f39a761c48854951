//! Every integration test of `epic`, in one binary: one module per feature,
//! the fixtures they share in `epic_tests` (`tests/src`). One binary links
//! once, where one binary per file linked 47 times.
//!
//! `cargo test -p epic-tests --test runner MODULE::` runs one module.

mod append_notes;
mod audit_recent;
mod backup;
mod calendar;
mod calendar_feed;
mod completion;
mod config;
mod copy;
mod crm_cli;
mod demo;
mod double_booking;
mod examples;
mod excel;
mod faults;
mod fields;
mod french;
mod generated_docs;
mod hardening;
mod hostile_data;
mod import;
mod injection;
mod interruptions;
mod keyring;
mod least_privilege;
mod lockout;
mod login;
mod mail;
mod names;
mod native_reads;
mod notification_settings;
mod openapi_fuzz;
mod permissions;
mod privacy;
mod query_plans;
mod quiet_writes;
mod remote;
mod remote_faults;
mod remote_matrix;
mod remote_tls;
mod remote_transport;
mod reports;
mod same_request;
mod schema;
mod search;
mod sentry;
mod serve_limits;
mod server;
mod terminal;
mod tokens;
mod typed_times;
mod unreachable;
mod walkthrough;
