//! The Rust embedding API (DESIGN.md §6), for one interpreter on the current thread.
//!
//! An [`Interpreter`](crate::Interpreter) runs source or files, calls Python functions
//! with Rust arguments and converts the results back ([`convert`]), registers Rust
//! functions and modules ([`native`]), captures output, and enforces [`Limits`] for
//! untrusted code. Failures come back as [`Error`], with the Python traceback. For many
//! interpreters on many threads, see `weft_pool::Pool`.
//!
//! ```
//! use weft_vm::{embed::Limits, Interpreter};
//! # weft_vm::embed::with_interpreter_stack(|| {
//! let mut interp = Interpreter::new(Default::default());
//! interp.exec("def add(a, b):\n    return a + b").unwrap();
//! let sum: i64 = interp.call("add", (2, 40)).unwrap();
//! assert_eq!(sum, 42);
//!
//! interp.set_limits(&Limits::sandbox().instructions(10_000));
//! let err = interp.exec("while True: pass").unwrap_err();
//! assert_eq!(err.type_name, "LimitExceeded");
//! # });
//! ```
//!
//! The guide is `docs/embedding.md` in the repository.

pub mod alloc;
pub mod convert;
pub mod error;
pub mod limits;
pub mod native;

pub use convert::{Args, Data, FromData, FromPython, IntoData, JobArgs, ToPython};
pub use error::{Error, ErrorKind};
pub use limits::{Capability, LimitKind, LimitState, Limits};
pub use native::{NativeFunction, NativeModule, NativeReturn, Raw, RawNativeFn};

/// Per-interpreter state of the embedding API (the `embed` field of [`Vm`](crate::Vm)).
#[derive(Default)]
pub struct EmbedState {
    /// Native closures registered in this interpreter.
    pub natives: native::NativeRegistry,
    /// Captured `sys.stderr` output, when capturing.
    pub stderr: Option<String>,
}

/// Runs `f` on a new thread with [`INTERPRETER_STACK_SIZE`](crate::INTERPRETER_STACK_SIZE)
/// of stack and returns its result (a panic in `f` is resumed here).
///
/// Python calls recurse on the Rust stack: an interpreter needs a few megabytes for the
/// default recursion limit of 1000, more than a test harness or a small worker thread
/// gives. The main thread of a program (8 MiB on Linux) is usually enough for modest
/// limits.
pub fn with_interpreter_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    std::thread::scope(|s| {
        let h = std::thread::Builder::new()
            .name("weft-embed".into())
            .stack_size(crate::INTERPRETER_STACK_SIZE)
            .spawn_scoped(s, f)
            .expect("cannot start an interpreter thread");
        match h.join() {
            Ok(r) => r,
            Err(p) => std::panic::resume_unwind(p),
        }
    })
}
