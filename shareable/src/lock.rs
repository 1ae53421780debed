//! `Lock` and `RLock`.

use std::fmt;

use crate::error::{Error, Result};
use crate::sync::{AtomicU32, AtomicU8, Mutex, Ordering};
use crate::wait::{self, Backoff, Block, WaitList, Waiter, Wake};

const LOCKED: u8 = 1;
/// Some thread may be waiting: release must take the slow path.
const PARKED: u8 = 2;

/// `threading.Lock` (`_thread.lock`): not owned, so any thread may release it; releasing an
/// unlocked lock is a `RuntimeError`; not fair.
///
/// The uncontended paths are one compare-and-swap each (`acquire`: `0 -> LOCKED`, `release`:
/// `LOCKED -> 0`), with no allocation and no system call. A contended acquire spins briefly,
/// then registers a wait token (setting `PARKED`, under the wait-list mutex) and parks; a
/// release that sees `PARKED` wakes one waiter, which retries (barging is allowed).
pub struct Lock {
    state: AtomicU8,
    waiters: Mutex<WaitList>,
}

impl Default for Lock {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Lock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lock")
            .field("locked", &self.locked())
            .finish()
    }
}

impl Lock {
    /// An unlocked lock.
    pub fn new() -> Lock {
        Lock {
            state: AtomicU8::new(0),
            waiters: Mutex::new(WaitList::new()),
        }
    }

    /// Acquires without blocking; true on success.
    #[inline]
    pub fn try_acquire(&self) -> bool {
        self.state
            .compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// `acquire(blocking, timeout)`: `Ok(true)` once acquired, `Ok(false)` if it would block
    /// (`Block::No`) or the deadline passed, `Err(Interrupted)` if the waiter aborted.
    #[inline]
    pub fn acquire(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        if self.try_acquire() {
            return Ok(true);
        }
        self.acquire_slow(w, block)
    }

    #[cold]
    fn acquire_slow(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        let mut backoff = Backoff::new();
        loop {
            let s = self.state.load(Ordering::Relaxed);
            if s & LOCKED == 0 {
                if self
                    .state
                    .compare_exchange_weak(s, s | LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
                {
                    wait::finish(w);
                    return Ok(true);
                }
                continue;
            }
            if block.is_no() {
                return Ok(false);
            }
            wait::check_abort(w)?;
            if let Block::Until(t) = block {
                if !cfg!(loom) && std::time::Instant::now() >= t {
                    return Ok(false);
                }
            }
            if s & PARKED == 0 && backoff.snooze() {
                continue;
            }
            // Register under the wait-list mutex, with PARKED set while still locked.
            let q = self.waiters.lock();
            let s = self.state.load(Ordering::Relaxed);
            if s & LOCKED == 0 {
                continue;
            }
            if s & PARKED == 0
                && self
                    .state
                    .compare_exchange(s, s | PARKED, Ordering::Relaxed, Ordering::Relaxed)
                    .is_err()
            {
                continue;
            }
            let (q, wake) = wait::cond_wait(w, &self.waiters, q, |l| l, &block);
            match wake {
                Wake::Notified => {
                    drop(q);
                    backoff = Backoff::new();
                }
                Wake::TimedOut | Wake::Aborted => {
                    // Our token is withdrawn; drop PARKED if nobody else waits.
                    if q.is_empty() {
                        self.state.fetch_and(!PARKED, Ordering::Relaxed);
                    }
                    drop(q);
                    if wake == Wake::Aborted {
                        return Err(Error::Interrupted);
                    }
                    // One last try at the deadline.
                    return Ok(self.try_acquire_any());
                }
            }
        }
    }

    /// Acquires if unlocked, whatever the PARKED bit.
    fn try_acquire_any(&self) -> bool {
        let mut s = self.state.load(Ordering::Relaxed);
        while s & LOCKED == 0 {
            match self.state.compare_exchange_weak(
                s,
                s | LOCKED,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => s = now,
            }
        }
        false
    }

    /// `release()`: `RuntimeError("release unlocked lock")` if not locked. Any thread may
    /// release.
    #[inline]
    pub fn release(&self) -> Result<()> {
        match self
            .state
            .compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed)
        {
            Ok(_) => Ok(()),
            Err(_) => self.release_slow(),
        }
    }

    #[cold]
    fn release_slow(&self) -> Result<()> {
        let prev = self.state.fetch_and(!LOCKED, Ordering::Release);
        if prev & LOCKED == 0 {
            return Err(Error::runtime("release unlocked lock"));
        }
        if prev & PARKED != 0 {
            let mut q = self.waiters.lock();
            let woken = q.notify_one();
            if q.is_empty() {
                self.state.fetch_and(!PARKED, Ordering::Relaxed);
            }
            drop(q);
            if let Some(w) = woken {
                w.unpark();
            }
        }
        Ok(())
    }

    /// `locked()`.
    pub fn locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) & LOCKED != 0
    }
}

/// `threading.RLock`: a reentrant lock owned by a thread, with a recursion count. Only the
/// owner may release it (`RuntimeError("cannot release un-acquired lock")` otherwise).
pub struct RLock {
    lock: Lock,
    /// Owner thread id (0: none). Only compared against the current thread's id, so
    /// relaxed accesses suffice (a thread always sees its own writes; `lock` orders the rest).
    owner: std::sync::atomic::AtomicU64,
    /// Recursion count: touched only by the owner.
    count: AtomicU32,
}

impl Default for RLock {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for RLock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RLock")
            .field(
                "owner",
                &self.owner.load(std::sync::atomic::Ordering::Relaxed),
            )
            .field("count", &self.count.load(Ordering::Relaxed))
            .finish()
    }
}

/// What [`RLock::release_save`] hands to [`RLock::acquire_restore`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RLockState {
    count: u32,
    owner: u64,
}

impl RLock {
    /// An unowned reentrant lock.
    pub fn new() -> RLock {
        RLock {
            lock: Lock::new(),
            owner: std::sync::atomic::AtomicU64::new(0),
            count: AtomicU32::new(0),
        }
    }

    fn owner(&self) -> u64 {
        self.owner.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// `acquire(blocking, timeout)`: reentrant for the owner (count + 1,
    /// `OverflowError` past `u32::MAX`); otherwise as [`Lock::acquire`].
    pub fn acquire(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        let me = wait::current_thread_id();
        if self.owner() == me {
            let c = self.count.load(Ordering::Relaxed);
            if c == u32::MAX {
                return Err(Error::Overflow("Internal lock count overflowed".into()));
            }
            self.count.store(c + 1, Ordering::Relaxed);
            return Ok(true);
        }
        if !self.lock.acquire(w, block)? {
            return Ok(false);
        }
        self.owner.store(me, std::sync::atomic::Ordering::Relaxed);
        self.count.store(1, Ordering::Relaxed);
        Ok(true)
    }

    /// Non-blocking acquire (reentrant for the owner).
    pub fn try_acquire(&self) -> bool {
        let me = wait::current_thread_id();
        if self.owner() == me {
            let c = self.count.load(Ordering::Relaxed);
            if c == u32::MAX {
                return false;
            }
            self.count.store(c + 1, Ordering::Relaxed);
            return true;
        }
        if !self.lock.try_acquire() {
            return false;
        }
        self.owner.store(me, std::sync::atomic::Ordering::Relaxed);
        self.count.store(1, Ordering::Relaxed);
        true
    }

    /// `release()`: count - 1, freeing the lock at zero; `RuntimeError` if the current
    /// thread does not own it.
    pub fn release(&self) -> Result<()> {
        if self.owner() != wait::current_thread_id() {
            return Err(Error::runtime("cannot release un-acquired lock"));
        }
        let c = self.count.load(Ordering::Relaxed) - 1;
        self.count.store(c, Ordering::Relaxed);
        if c == 0 {
            self.owner.store(0, std::sync::atomic::Ordering::Relaxed);
            self.lock.release()?;
        }
        Ok(())
    }

    /// `_is_owned()`: whether the current thread owns the lock.
    pub fn is_owned(&self) -> bool {
        self.owner() == wait::current_thread_id()
    }

    /// Whether any thread holds the lock.
    pub fn locked(&self) -> bool {
        self.lock.locked()
    }

    /// The recursion count if the current thread owns the lock, else 0.
    pub fn count(&self) -> u32 {
        if self.is_owned() {
            self.count.load(Ordering::Relaxed)
        } else {
            0
        }
    }

    /// `_release_save()`: releases completely, returning the state to restore;
    /// `RuntimeError` if not owned.
    pub fn release_save(&self) -> Result<RLockState> {
        if !self.is_owned() {
            return Err(Error::runtime("cannot release un-acquired lock"));
        }
        let state = RLockState {
            count: self.count.load(Ordering::Relaxed),
            owner: self.owner(),
        };
        self.count.store(0, Ordering::Relaxed);
        self.owner.store(0, std::sync::atomic::Ordering::Relaxed);
        self.lock.release()?;
        Ok(state)
    }

    /// `_acquire_restore(state)`: blocks until the lock is reacquired, then restores the
    /// recursion count.
    pub fn acquire_restore(&self, w: &mut Waiter<'_>, state: RLockState) -> Result<()> {
        if !self.lock.acquire(w, Block::Forever)? {
            unreachable!("a Forever acquire succeeds or is interrupted");
        }
        self.owner
            .store(state.owner, std::sync::atomic::Ordering::Relaxed);
        self.count.store(state.count, Ordering::Relaxed);
        Ok(())
    }
}
