//! Synchronisation shim: std/parking_lot types normally, loom's instrumented ones under
//! `--cfg loom`, so the model tests exercise the very code that ships.

#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};
#[cfg(not(loom))]
pub(crate) use std::sync::Arc;

#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};
#[cfg(loom)]
pub(crate) use loom::sync::Arc;

/// A mutex whose `lock` returns the guard directly (parking_lot's API).
#[cfg(not(loom))]
pub(crate) type Mutex<T> = parking_lot::Mutex<T>;
#[cfg(not(loom))]
pub(crate) type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;

#[cfg(loom)]
pub(crate) use loom_mutex::{Mutex, MutexGuard};

#[cfg(loom)]
mod loom_mutex {
    /// loom's mutex behind parking_lot's signature. It spins on `try_lock` (yielding to the
    /// model's scheduler) instead of blocking: loom models `Thread::unpark` as waking a
    /// thread whatever it is blocked on, which a real mutex is immune to, and our
    /// interrupters and notifiers unpark threads that may be contending for a mutex.
    #[derive(Debug)]
    pub(crate) struct Mutex<T>(loom::sync::Mutex<T>);
    pub(crate) type MutexGuard<'a, T> = loom::sync::MutexGuard<'a, T>;
    impl<T> Mutex<T> {
        pub(crate) fn new(value: T) -> Self {
            Mutex(loom::sync::Mutex::new(value))
        }
        pub(crate) fn lock(&self) -> MutexGuard<'_, T> {
            loop {
                match self.0.try_lock() {
                    Ok(guard) => return guard,
                    Err(std::sync::TryLockError::WouldBlock) => loom::thread::yield_now(),
                    Err(std::sync::TryLockError::Poisoned(e)) => panic!("poisoned: {e}"),
                }
            }
        }
    }
}

/// Thread handles and parking.
pub(crate) mod thread {
    #[cfg(loom)]
    pub(crate) use loom::thread::{current, park, yield_now, Thread};
    #[cfg(not(loom))]
    pub(crate) use std::thread::{current, park, yield_now, Thread};

    /// Parks the current thread for at most `dur` (spurious returns allowed). Under loom
    /// time does not exist: a timed park returns at once, which models a timeout that
    /// expires immediately and so explores the timeout/notify races.
    #[cfg(not(loom))]
    pub(crate) fn park_timeout(dur: std::time::Duration) {
        std::thread::park_timeout(dur)
    }
    #[cfg(loom)]
    pub(crate) fn park_timeout(_dur: std::time::Duration) {
        loom::thread::yield_now()
    }
}

/// Spin-loop hint (a yield under loom so the model checker can make progress).
#[inline]
pub(crate) fn spin_hint() {
    #[cfg(not(loom))]
    std::hint::spin_loop();
    #[cfg(loom)]
    loom::thread::yield_now();
}
