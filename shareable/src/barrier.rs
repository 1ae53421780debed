//! `Barrier`.

use std::fmt;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::sync::{Mutex, MutexGuard};
use crate::wait::{self, unpark_all, Block, WaitList, Waiter, Wake};

const FILLING: i8 = 0;
const DRAINING: i8 = 1;
/// The last party is running the action (outside the mutex); arrivals wait as if draining.
const ACTION: i8 = 2;
const RESETTING: i8 = -1;
const BROKEN: i8 = -2;

struct State {
    state: i8,
    count: usize,
    waiters: WaitList,
}

/// `threading.Barrier(parties, action, timeout)`: CPython's state machine (filling,
/// draining, resetting, broken). `wait` returns the arrival index (`0..parties`); the last
/// party to arrive runs the action (in its own thread, with no lock held) before the others
/// are released. A timeout, an `abort()`, a `reset()` while threads wait, or a failing
/// action break the barrier: waiters get `BrokenBarrierError`.
pub struct Barrier {
    parties: usize,
    timeout: Option<Duration>,
    state: Mutex<State>,
}

impl fmt::Debug for Barrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Barrier")
            .field("parties", &self.parties)
            .field("n_waiting", &self.n_waiting())
            .field("broken", &self.broken())
            .finish()
    }
}

impl Barrier {
    /// `Barrier(parties, timeout=timeout)`; `ValueError("parties must be > 0")`.
    pub fn new(parties: i64, timeout: Option<Duration>) -> Result<Barrier> {
        if parties < 1 {
            return Err(Error::value("parties must be > 0"));
        }
        Ok(Barrier {
            parties: parties as usize,
            timeout,
            state: Mutex::new(State {
                state: FILLING,
                count: 0,
                waiters: WaitList::new(),
            }),
        })
    }

    /// `parties`.
    pub fn parties(&self) -> usize {
        self.parties
    }

    /// `n_waiting`: threads waiting in the filling phase.
    pub fn n_waiting(&self) -> usize {
        let s = self.state.lock();
        if s.state == FILLING {
            s.count
        } else {
            0
        }
    }

    /// `broken`.
    pub fn broken(&self) -> bool {
        self.state.lock().state == BROKEN
    }

    /// `wait(timeout)` for a barrier without action. `block: None` uses the barrier's
    /// default timeout.
    pub fn wait(&self, w: &mut Waiter<'_>, block: Option<Block>) -> Result<usize> {
        self.wait_with_action(w, block, || true)
    }

    /// `wait(timeout)` where the barrier's action is `action`: run by the last party to
    /// arrive, which returns `Err(ActionFailed)` if the action reports failure (`false`:
    /// the caller re-raises the action's exception); the barrier is then broken.
    pub fn wait_with_action(
        &self,
        w: &mut Waiter<'_>,
        block: Option<Block>,
        action: impl FnOnce() -> bool,
    ) -> Result<usize> {
        let block = block.unwrap_or_else(|| match self.timeout {
            Some(t) => Block::timeout(t),
            None => Block::Forever,
        });
        let mut g = self.state.lock();
        // _enter: wait while the barrier drains or resets.
        while matches!(g.state, DRAINING | RESETTING | ACTION) {
            wait::check_abort(w)?;
            let (g2, wake) =
                wait::cond_wait(w, &self.state, g, |s| &mut s.waiters, &Block::Forever);
            g = g2;
            if wake == Wake::Aborted {
                return Err(Error::Interrupted);
            }
        }
        if g.state == BROKEN {
            return Err(Error::BrokenBarrier);
        }
        let index = g.count;
        g.count += 1;
        let (mut g, result) = if index + 1 == self.parties {
            // _release: run the action with no lock held.
            g.state = ACTION;
            drop(g);
            let ok = action();
            let mut g = self.state.lock();
            let result = if !ok {
                Self::break_(&mut g);
                Err(Error::ActionFailed)
            } else if g.state == BROKEN {
                Err(Error::BrokenBarrier)
            } else {
                g.state = DRAINING;
                unpark_all(g.waiters.notify_all());
                Ok(index)
            };
            (g, result)
        } else {
            self.wait_released(w, g, &block, index)
        };
        // finally: _exit.
        g.count -= 1;
        if g.count == 0 && matches!(g.state, RESETTING | DRAINING) {
            g.state = FILLING;
            unpark_all(g.waiters.notify_all());
        }
        result
    }

    /// `_wait`: waits until the barrier leaves the filling phase; breaks it on timeout.
    fn wait_released<'m>(
        &'m self,
        w: &mut Waiter<'_>,
        mut g: MutexGuard<'m, State>,
        block: &Block,
        index: usize,
    ) -> (MutexGuard<'m, State>, Result<usize>) {
        loop {
            if !matches!(g.state, FILLING | ACTION) {
                break;
            }
            if let Err(e) = wait::check_abort(w) {
                return (g, Err(e));
            }
            if !cfg!(loom) && block.expired() {
                Self::break_(&mut g);
                return (g, Err(Error::BrokenBarrier));
            }
            let (g2, wake) = wait::cond_wait(w, &self.state, g, |s| &mut s.waiters, block);
            g = g2;
            match wake {
                Wake::Notified => {}
                Wake::TimedOut => {
                    if matches!(g.state, FILLING | ACTION) {
                        Self::break_(&mut g);
                        return (g, Err(Error::BrokenBarrier));
                    }
                }
                Wake::Aborted => return (g, Err(Error::Interrupted)),
            }
        }
        wait::finish(w);
        if g.state < 0 {
            (g, Err(Error::BrokenBarrier))
        } else {
            (g, Ok(index))
        }
    }

    fn break_(s: &mut State) {
        s.state = BROKEN;
        unpark_all(s.waiters.notify_all());
    }

    /// `abort()`: breaks the barrier; current and future waiters get `BrokenBarrierError`
    /// until `reset()`.
    pub fn abort(&self) {
        Self::break_(&mut self.state.lock());
    }

    /// `reset()`: back to the empty state; threads waiting now get `BrokenBarrierError`.
    pub fn reset(&self) {
        let mut s = self.state.lock();
        if s.count > 0 {
            if s.state == FILLING || s.state == BROKEN {
                s.state = RESETTING;
            }
        } else {
            s.state = FILLING;
        }
        unpark_all(s.waiters.notify_all());
    }
}
