//! weft's single-threaded Python interpreter: front end, compiler, evaluator, object model.
//!
//! One [`Interpreter`] runs on one thread; its values are `Rc`-based and `!Send`. Code
//! objects ([`bytecode::CodeObject`]) are immutable and can be shared across threads.

// `&[x.clone()]` for one-argument calls reads better than `std::slice::from_ref`.
#![allow(clippy::cloned_ref_to_slice_refs)]

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod cross;
pub mod embed;
pub mod format;
pub mod interp;
pub mod modules;
pub mod objects;
pub mod parse;
pub mod syntax_error;
pub mod value;

mod interpreter;

pub use embed::{Data, Error, Limits};
pub use interp::{Config, PyErr, PyResult, Vm};
pub use interpreter::{Interpreter, RunOutcome};
pub use value::Value;

/// Hard ceiling for `sys.setrecursionlimit`, set by the Rust stack the CLI provides.
pub const MAX_RECURSION_LIMIT: usize = 20_000;

/// Stack size for threads that run an interpreter (deep Python recursion needs room).
pub const INTERPRETER_STACK_SIZE: usize = 1 << 30;
