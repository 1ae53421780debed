//! Runs weft interpreters on OS threads (DESIGN.md §1–§5).
//!
//! Every thread that runs Python owns one interpreter. This crate starts them
//! ([`runtime::spawn_thread`]), gives each an inbox and services it while the interpreter
//! waits or reaches a safe point ([`runtime::PoolHost`]), and provides the Python modules
//! of the compatibility door: `_thread`, `queue` (native), `threading` and
//! `concurrent.futures` (Python source, frozen into the binary).

pub mod modules;
pub mod pool;
pub mod runtime;

pub use pool::Pool;
pub use runtime::{install_main, shutdown};
