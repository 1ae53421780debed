//! `Event`.

use std::fmt;

use crate::error::{Error, Result};
use crate::sync::{AtomicBool, Mutex, Ordering};
use crate::wait::{self, unpark_all, Block, WaitList, Waiter, Wake};

/// `threading.Event`: a flag; `wait` blocks until it is set. `is_set` is one atomic load.
pub struct Event {
    flag: AtomicBool,
    waiters: Mutex<WaitList>,
}

impl Default for Event {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Event")
            .field("set", &self.is_set())
            .finish()
    }
}

impl Event {
    /// A cleared event.
    pub fn new() -> Event {
        Event {
            flag: AtomicBool::new(false),
            waiters: Mutex::new(WaitList::new()),
        }
    }

    /// `is_set()`.
    pub fn is_set(&self) -> bool {
        self.flag.load(Ordering::Acquire)
    }

    /// `set()`: sets the flag and wakes every waiter.
    pub fn set(&self) {
        let mut q = self.waiters.lock();
        self.flag.store(true, Ordering::Release);
        let woken = q.notify_all();
        drop(q);
        unpark_all(woken);
    }

    /// `clear()`.
    pub fn clear(&self) {
        let _q = self.waiters.lock();
        self.flag.store(false, Ordering::Release);
    }

    /// `wait(timeout)`: `Ok(true)` if the flag is set or a `set()` woke this waiter (even
    /// if `clear()` followed, as CPython), `Ok(false)` on timeout.
    pub fn wait(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        if self.is_set() {
            return Ok(true);
        }
        let q = self.waiters.lock();
        if self.flag.load(Ordering::Acquire) {
            return Ok(true);
        }
        if block.is_no() {
            return Ok(false);
        }
        let (_q, wake) = wait::cond_wait(w, &self.waiters, q, |l| l, &block);
        match wake {
            Wake::Notified => {
                wait::finish(w);
                Ok(true)
            }
            Wake::TimedOut => Ok(false),
            Wake::Aborted => Err(Error::Interrupted),
        }
    }
}
