//! weft's cross-thread world (DESIGN.md §2): everything that may cross threads.
//!
//! * [`Shareable`]: the `Send + Sync` value model: `None`, `bool`, `int` (any size),
//!   `float`, `complex`, `str`, `bytes`, `Ellipsis`, `range`, `slice`, `tuple` and
//!   `frozenset` of shareable items, opaque code objects, and [`Handle`]s. Payloads are
//!   shared behind `Arc`, never deep-copied. Equality, hashing and ordering follow CPython
//!   ([`value`] documents the NaN choice).
//! * [`Registry`]: the process-wide, sharded `slotmap` of thread-safe objects. [`Handle`]s
//!   are reference-counted owning references (lock-free to use); [`RawHandle`]s are
//!   generation-checked keys that go stale, never to another object; [`Registry::stats`]
//!   counts live objects by kind.
//! * Thread-safe objects with CPython's semantics: [`Lock`], [`RLock`], [`Condition`],
//!   [`Semaphore`] (and bounded), [`Event`], [`Barrier`], [`Queue`] (FIFO, LIFO, priority,
//!   simple), [`SharedDict`], [`SharedList`].
//! * Interruptible waiting ([`wait`]): every blocking operation takes a [`Waiter`] built on
//!   the thread's [`Parker`]; an [`Interrupter`] (e.g. through an [`inbox`]) wakes the
//!   waiter to service other work, without busy-spinning and without lost wake-ups.
//!
//! Blocking operations return `Ok(false)` / `Err(Empty)` / `Err(Full)` on timeout, and
//! [`Error::Interrupted`] when the waiter abandons the wait; every error names the Python
//! exception to raise ([`Error::python_type`]).
//!
//! # Testing
//! `cargo test -p weft-shareable` runs unit, multi-threaded stress and doc tests. The model
//! tests of the custom-synchronised parts (wait tokens and parker, `Lock`'s fast path and
//! wait queue, the mutex-based objects' wake-ups) run under [loom]:
//!
//! ```text
//! RUSTFLAGS="--cfg loom" cargo test --release -p weft-shareable --test loom
//! ```
//!
//! (about a second with the default preemption bound of 3; `LOOM_MAX_PREEMPTIONS=4` or more
//! explores deeper, at a much higher cost. Use a separate `CARGO_TARGET_DIR`: the cfg flag
//! rebuilds every dependency.)
//!
//! Benchmarks: `cargo bench -p weft-shareable` (a plain `std::time` bench binary).
//!
//! [loom]: https://docs.rs/loom

#![deny(missing_docs)]

mod barrier;
mod condition;
mod error;
mod event;
mod inbox;
mod lock;
mod map;
mod queue;
mod registry;
mod semaphore;
mod shared;
mod sync;
pub mod value;
pub mod wait;

pub use barrier::Barrier;
pub use condition::Condition;
pub use error::{Error, Result};
pub use event::Event;
pub use inbox::{inbox, InboxReceiver, InboxSender};
pub use lock::{Lock, RLock, RLockState};
pub use map::ShareableMap;
pub use queue::{Queue, QueueKind};
pub use registry::{Foreign, Handle, Object, ObjectKind, RawHandle, Registry, Stats, WeakHandle};
pub use semaphore::Semaphore;
pub use shared::{SharedDict, SharedList};
pub use value::{Code, FrozenSet, Int, Range, Shareable, Slice};
pub use wait::{Block, Interrupter, Parker, Waiter};
