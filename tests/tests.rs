//! Integration tests: one test crate that drives the real binary (see
//! STYLE.md §6). Modules:
//! - `golden`: the real article in `../shared/golden/` against its
//!   hand-checked expectations;
//! - `run`: end-to-end `quotestance run` on `data/` (headers, hand-counted
//!   aggregate rows, thread-count invariance);
//! - `bad_input`: every bad-input case gives `file:line`, a count and the
//!   right exit code, never a panic;
//! - `commands`: `quotes`, `score`, `explain`, the help examples;
//! - `attribution`: one sentence per attribution pattern.

mod util;

mod attribution;
mod bad_input;
mod commands;
mod golden;
mod properties;
mod run;
