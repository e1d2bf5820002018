//! privasite's integration tests: one binary, grouped by feature. Each test copies a fixture
//! site to a temporary folder and runs the real `privasite` executable on it.

mod browser;
mod build;
mod check;
mod cli;
mod ftl;
mod helpers;
mod hostile;
mod i18n;
mod init;
mod output;
mod policy_json;
mod reference;
mod register;
mod rights;
mod schema;
mod serve;
mod truthful;
mod versions;
