//! The crate's error type: each variant names the Python exception the vm should raise.

use std::borrow::Cow;
use std::fmt;

use crate::value::Shareable;

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from a shareable value or a thread-safe object. [`Error::python_type`] names the
/// CPython exception that corresponds to it and [`fmt::Display`] gives CPython's message.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A blocking operation was abandoned because the waiter's service callback asked to
    /// abort (or, for a [`Waiter`](crate::Waiter) without one, because the thread was
    /// interrupted). The object is left as if the operation never happened; the caller
    /// handles whatever interrupted it (an exception from a signal handler, a shutdown...)
    /// or retries with the same [`Block`](crate::Block).
    Interrupted,
    /// The handle names an object that no longer exists (it was revoked, or a
    /// [`RawHandle`](crate::RawHandle) outlived its object). Never another object.
    StaleHandle,
    /// The handle names an object of another kind than the operation needs.
    WrongKind {
        /// The kind the operation needs.
        expected: &'static str,
        /// The kind the handle names.
        found: &'static str,
    },
    /// `RuntimeError(msg)`.
    Runtime(Cow<'static, str>),
    /// `ValueError(msg)`.
    Value(Cow<'static, str>),
    /// `TypeError(msg)`.
    Type(Cow<'static, str>),
    /// `OverflowError(msg)`.
    Overflow(Cow<'static, str>),
    /// `IndexError(msg)`.
    Index(Cow<'static, str>),
    /// `KeyError(key)`.
    Key(Shareable),
    /// `queue.Empty`.
    Empty,
    /// `queue.Full`.
    Full,
    /// `threading.BrokenBarrierError`.
    BrokenBarrier,
    /// A `Barrier` action reported failure: the thread that ran it re-raises the action's
    /// own exception (the barrier is now broken for everybody else).
    ActionFailed,
}

impl Error {
    /// The CPython exception type this error maps to (qualified for non-builtins).
    pub fn python_type(&self) -> &'static str {
        match self {
            Error::Interrupted => "KeyboardInterrupt",
            Error::StaleHandle | Error::Runtime(_) => "RuntimeError",
            Error::WrongKind { .. } | Error::Type(_) => "TypeError",
            Error::Value(_) => "ValueError",
            Error::Overflow(_) => "OverflowError",
            Error::Index(_) => "IndexError",
            Error::Key(_) => "KeyError",
            Error::Empty => "queue.Empty",
            Error::Full => "queue.Full",
            Error::BrokenBarrier => "threading.BrokenBarrierError",
            Error::ActionFailed => "Exception",
        }
    }

    pub(crate) fn runtime(msg: &'static str) -> Error {
        Error::Runtime(Cow::Borrowed(msg))
    }
    pub(crate) fn value(msg: &'static str) -> Error {
        Error::Value(Cow::Borrowed(msg))
    }
    pub(crate) fn type_error(msg: String) -> Error {
        Error::Type(Cow::Owned(msg))
    }
    pub(crate) fn index(msg: &'static str) -> Error {
        Error::Index(Cow::Borrowed(msg))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Interrupted => f.write_str("blocking operation interrupted"),
            Error::StaleHandle => f.write_str("the shared object no longer exists (stale handle)"),
            Error::WrongKind { expected, found } => {
                write!(f, "expected a shared {expected}, got a shared {found}")
            }
            Error::Runtime(m)
            | Error::Value(m)
            | Error::Type(m)
            | Error::Overflow(m)
            | Error::Index(m) => f.write_str(m),
            Error::Key(k) => write!(f, "{k:?}"),
            Error::Empty | Error::Full | Error::BrokenBarrier => Ok(()),
            Error::ActionFailed => f.write_str("barrier action failed"),
        }
    }
}

impl std::error::Error for Error {}
