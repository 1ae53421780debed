//! [`Error`]: a Python exception (or an embedding failure) seen from Rust.

use std::fmt;

use crate::interp::{PyErr, Vm};
use crate::value::Value;

use super::limits::{Capability, LimitKind};

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A Python exception escaped (the ordinary case).
    Exception,
    /// A limit was hit: the exception is the one the limit raised (`LimitExceeded`,
    /// `MemoryError`, `RecursionError`, `PermissionError`).
    Limit(LimitKind),
    /// The script called `sys.exit(code)`.
    Exit(i32),
    /// A value could not be converted between Rust and Python.
    Conversion,
    /// The interpreter panicked (a bug in weft or in a native function); it was discarded.
    Panic,
    /// The pool was shut down, or its worker could not be started.
    PoolClosed,
}

/// A failure of embedded Python code, with everything a host needs to report it.
///
/// ```
/// # weft_vm::embed::with_interpreter_stack(|| {
/// let mut interp = weft_vm::Interpreter::new(Default::default());
/// let err = interp.exec("def f():\n    raise ValueError('bad')\nf()").unwrap_err();
/// assert_eq!(err.type_name, "ValueError");
/// assert_eq!(err.message, "bad");
/// assert!(err.is_instance("Exception"));
/// assert!(err.traceback.contains("line 2, in f"));
/// # });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    /// The exception's class name, e.g. `"ValueError"` (`"TypeError"` for conversion
    /// failures).
    pub type_name: String,
    /// `str(exception)`, e.g. `"invalid literal for int() with base 10: 'x'"`.
    pub message: String,
    /// The whole report as CPython prints it: `Traceback (most recent call last):`, the
    /// frames, chained exceptions, and the final `Type: message` line. Empty for errors
    /// that did not come from a Python exception.
    pub traceback: String,
    /// Names of the exception class and its bases, most derived first (for
    /// [`Error::is_instance`]).
    pub mro: Vec<String>,
}

impl Error {
    /// An error that did not come from Python code.
    pub fn new(kind: ErrorKind, type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        Error {
            kind,
            type_name: type_name.to_string(),
            traceback: format!("{}: {}\n", type_name, message),
            message,
            mro: vec![type_name.to_string()],
        }
    }

    /// A conversion failure (reported as a `TypeError`).
    pub fn conversion(message: impl Into<String>) -> Error {
        let mut e = Error::new(ErrorKind::Conversion, "TypeError", message);
        e.mro = ["TypeError", "Exception", "BaseException", "object"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        e
    }

    /// A Python exception to raise from a native function, e.g.
    /// `Error::exception("ValueError", "negative radius")`.
    pub fn exception(type_name: &str, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Exception, type_name, message)
    }

    /// The exception to raise in `vm` for this error: an instance of the builtin class
    /// named [`Error::type_name`] (`RuntimeError` when there is none by that name).
    pub fn to_py(&self, vm: &mut Vm) -> PyErr {
        if vm.types.exc.contains_key(self.type_name.as_str()) {
            vm.new_error(&self.type_name, self.message.clone())
        } else {
            vm.new_error("RuntimeError", self.to_string())
        }
    }

    /// Converts a raised exception, formatting its traceback.
    pub fn from_py(vm: &mut Vm, err: &PyErr) -> Error {
        let exc = err.value();
        let cls = err.exc.class.borrow().clone();
        let type_name = cls.name_str();
        let mro: Vec<String> = cls.mro.borrow().iter().map(|t| t.name_str()).collect();
        // `str()` may run Python code (`__str__`), even when the budget is spent.
        let (message, traceback) = vm.with_grace(|vm| {
            let m = vm.str_string(&exc).unwrap_or_default();
            (m, vm.format_exception(&exc))
        });
        let mut kind = ErrorKind::Exception;
        if type_name == "RecursionError" {
            kind = ErrorKind::Limit(LimitKind::Recursion);
        } else if let Some(k) = super::limits::limit_of(vm, err) {
            kind = ErrorKind::Limit(k);
        } else if vm.err_is(err, "SystemExit") {
            let args = vm.exc_args(&err.exc);
            let code = match args.first() {
                None | Some(Value::None) | Some(Value::Bool(false)) => 0,
                Some(Value::Int(n)) => *n as i32,
                _ => 1,
            };
            kind = ErrorKind::Exit(code);
        }
        Error {
            kind,
            type_name,
            message,
            traceback,
            mro,
        }
    }

    /// Whether the exception is an instance of the class named `type_name` (by name,
    /// through its MRO), like `isinstance(e, ValueError)`.
    pub fn is_instance(&self, type_name: &str) -> bool {
        self.mro.iter().any(|n| n == type_name)
    }

    /// The limit that raised this error, if any.
    pub fn limit(&self) -> Option<LimitKind> {
        match &self.kind {
            ErrorKind::Limit(k) => Some(*k),
            _ => None,
        }
    }

    /// Whether a denied capability raised this error.
    pub fn denied(&self) -> Option<Capability> {
        match self.limit() {
            Some(LimitKind::Denied(c)) => Some(c),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for Error {}
