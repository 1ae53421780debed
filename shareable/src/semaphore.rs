//! `Semaphore` and `BoundedSemaphore`.

use std::fmt;

use crate::error::{Error, Result};
use crate::sync::Mutex;
use crate::wait::{self, unpark_all, Block, WaitList, Waiter};

struct State {
    value: usize,
    waiters: WaitList,
}

/// `threading.Semaphore` / `threading.BoundedSemaphore`: a counter; `acquire` takes one
/// (waiting while it is zero), `release(n)` adds `n` and wakes up to `n` waiters. A bounded
/// semaphore refuses to go above its initial value
/// (`ValueError("Semaphore released too many times")`).
pub struct Semaphore {
    state: Mutex<State>,
    /// The initial value, for a bounded semaphore.
    bound: Option<usize>,
}

impl fmt::Debug for Semaphore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Semaphore")
            .field("value", &self.value())
            .field("bound", &self.bound)
            .finish()
    }
}

impl Semaphore {
    fn with(value: i64, bound: bool) -> Result<Semaphore> {
        if value < 0 {
            return Err(Error::value("semaphore initial value must be >= 0"));
        }
        let value = value as usize;
        Ok(Semaphore {
            state: Mutex::new(State {
                value,
                waiters: WaitList::new(),
            }),
            bound: bound.then_some(value),
        })
    }

    /// `Semaphore(value)`; `ValueError` if `value < 0`.
    pub fn new(value: i64) -> Result<Semaphore> {
        Self::with(value, false)
    }

    /// `BoundedSemaphore(value)`; `ValueError` if `value < 0`.
    pub fn new_bounded(value: i64) -> Result<Semaphore> {
        Self::with(value, true)
    }

    /// Whether this is a `BoundedSemaphore`.
    pub fn is_bounded(&self) -> bool {
        self.bound.is_some()
    }

    /// The current value (`_value`).
    pub fn value(&self) -> usize {
        self.state.lock().value
    }

    /// `acquire(blocking, timeout)`: `Ok(true)` once decremented, `Ok(false)` if it would
    /// block or timed out.
    pub fn acquire(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        let got = wait::wait_until(
            w,
            &self.state,
            &block,
            |s| &mut s.waiters,
            |s| {
                if s.value > 0 {
                    s.value -= 1;
                    Some(())
                } else {
                    None
                }
            },
        )?;
        Ok(got.is_some())
    }

    /// `release(n=1)`: `ValueError("n must be one or more")` for `n == 0`; for a bounded
    /// semaphore, `ValueError("Semaphore released too many times")` if the value would
    /// exceed the initial one (nothing is released then).
    pub fn release(&self, n: usize) -> Result<()> {
        if n == 0 {
            return Err(Error::value("n must be one or more"));
        }
        let mut s = self.state.lock();
        if let Some(bound) = self.bound {
            if s.value + n > bound {
                return Err(Error::value("Semaphore released too many times"));
            }
        }
        s.value += n;
        let woken = s.waiters.notify(n);
        drop(s);
        unpark_all(woken);
        Ok(())
    }
}
