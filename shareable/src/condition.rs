//! `Condition`.

use std::fmt;

use crate::error::{Error, Result};
use crate::lock::RLockState;
use crate::registry::{Handle, Object};
use crate::sync::Mutex;
use crate::wait::{self, unpark_all, Block, WaitList, Waiter, Wake};

/// `threading.Condition` over a shared `Lock` or `RLock` (held by handle).
///
/// `wait` registers the waiter *before* releasing the lock, so a `notify` issued by a thread
/// that acquires the lock right after cannot be missed; a waiter that is interrupted keeps
/// its registration while its service callback runs. `wait` always returns with the lock
/// held again, also on timeout and on `Err(Interrupted)`.
pub struct Condition {
    lock: Handle,
    waiters: Mutex<WaitList>,
}

impl fmt::Debug for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Condition")
            .field("lock", &self.lock)
            .finish()
    }
}

enum Saved {
    Lock,
    RLock(RLockState),
}

impl Condition {
    /// A condition over `lock`, which must be a `Lock` or `RLock` handle (`TypeError`
    /// otherwise).
    pub fn new(lock: Handle) -> Result<Condition> {
        match lock.object()? {
            Object::Lock(_) | Object::RLock(_) => Ok(Condition {
                lock,
                waiters: Mutex::new(WaitList::new()),
            }),
            other => Err(Error::WrongKind {
                expected: "lock or RLock",
                found: other.kind().python_name(),
            }),
        }
    }

    /// The underlying lock's handle (`Condition._lock`).
    pub fn lock(&self) -> &Handle {
        &self.lock
    }

    /// Acquires the underlying lock (`with cond:` / `cond.acquire()`).
    pub fn acquire(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        match self.lock.object()? {
            Object::Lock(l) => l.acquire(w, block),
            Object::RLock(l) => l.acquire(w, block),
            _ => unreachable!("checked in new"),
        }
    }

    /// Releases the underlying lock.
    pub fn release(&self) -> Result<()> {
        match self.lock.object()? {
            Object::Lock(l) => l.release(),
            Object::RLock(l) => l.release(),
            _ => unreachable!("checked in new"),
        }
    }

    /// `_is_owned()`: for an `RLock`, whether the current thread owns it; for a `Lock`
    /// (which has no owner), whether it is locked, as CPython.
    pub fn is_owned(&self) -> Result<bool> {
        Ok(match self.lock.object()? {
            Object::Lock(l) => l.locked(),
            Object::RLock(l) => l.is_owned(),
            _ => unreachable!("checked in new"),
        })
    }

    fn release_save(&self) -> Result<Saved> {
        match self.lock.object()? {
            Object::Lock(l) => l.release().map(|_| Saved::Lock),
            Object::RLock(l) => l.release_save().map(Saved::RLock),
            _ => unreachable!("checked in new"),
        }
    }

    fn acquire_restore(&self, w: &mut Waiter<'_>, saved: &Saved) -> Result<()> {
        match (self.lock.object()?, saved) {
            (Object::Lock(l), Saved::Lock) => l.acquire(w, Block::Forever).map(|_| ()),
            (Object::RLock(l), Saved::RLock(s)) => l.acquire_restore(w, *s),
            _ => unreachable!("checked in new"),
        }
    }

    /// `wait(timeout)`: releases the lock, waits for a notify, reacquires. `Ok(true)` if
    /// notified, `Ok(false)` on timeout; `RuntimeError("cannot wait on un-acquired lock")`
    /// if the lock is not held; `Err(Interrupted)` if the waiter aborted (lock held again).
    pub fn wait(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        if !self.is_owned()? {
            return Err(Error::runtime("cannot wait on un-acquired lock"));
        }
        let (wake, saved) =
            wait::wait_registered(w, &self.waiters, |l| l, &block, || self.release_save())?;
        // Reacquire whatever happens; interrupts are serviced (or noted) meanwhile.
        let mut interrupted = false;
        loop {
            match self.acquire_restore(w, &saved) {
                Ok(()) => break,
                Err(Error::Interrupted) => interrupted = true,
                Err(e) => return Err(e),
            }
        }
        if interrupted {
            wait::rearm(w);
        }
        match wake {
            Wake::Notified => {
                wait::finish(w);
                Ok(true)
            }
            Wake::TimedOut => Ok(false),
            Wake::Aborted => Err(Error::Interrupted),
        }
    }

    /// `wait_for(predicate, timeout)`: waits until `predicate()` is true or the deadline
    /// passes, returning the last predicate result (CPython's loop: the predicate is
    /// evaluated first, and once more after each wait).
    pub fn wait_for<E: From<Error>>(
        &self,
        w: &mut Waiter<'_>,
        block: Block,
        mut predicate: impl FnMut() -> std::result::Result<bool, E>,
    ) -> std::result::Result<bool, E> {
        let mut result = predicate()?;
        let mut waited = false;
        while !result {
            if waited && block.expired() {
                break;
            }
            waited = true;
            self.wait(w, block)?;
            result = predicate()?;
        }
        Ok(result)
    }

    /// `notify(n)`: wakes up to `n` waiters; `RuntimeError("cannot notify on un-acquired
    /// lock")` if the lock is not held.
    pub fn notify(&self, n: usize) -> Result<()> {
        if !self.is_owned()? {
            return Err(Error::runtime("cannot notify on un-acquired lock"));
        }
        let woken = self.waiters.lock().notify(n);
        unpark_all(woken);
        Ok(())
    }

    /// `notify_all()`.
    pub fn notify_all(&self) -> Result<()> {
        if !self.is_owned()? {
            return Err(Error::runtime("cannot notify on un-acquired lock"));
        }
        let woken = self.waiters.lock().notify_all();
        unpark_all(woken);
        Ok(())
    }
}
