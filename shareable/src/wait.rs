//! Interruptible waiting.
//!
//! Every thread that blocks owns a [`Parker`]. A blocking operation never sleeps on anything
//! but its own thread's parker: it registers a one-shot *wait token* with the object it waits
//! on, then parks. Two kinds of event wake it:
//!
//! * the object **notifies** the token (a lock was released, an item was put, ...): the
//!   token's state moves `WAITING -> NOTIFIED` by compare-and-swap under the object's mutex,
//!   then the thread is unparked;
//! * someone **interrupts** the parker through an [`Interrupter`] (the interpreter's inbox
//!   received a message): a sticky flag is set, then the thread is unparked.
//!
//! On an interrupt the waiter calls its service callback (see [`Waiter::with_service`])
//! *while its token stays registered*, so a notification that arrives during the service is
//! recorded in the token and seen as soon as the service returns: no lost wake-ups, and no
//! busy-spinning (the thread sleeps in the kernel until one of the two events happens). A
//! waiter that gives up (timeout, abort) cancels its token with a compare-and-swap
//! `WAITING -> CANCELLED`; exactly one of notify and cancel wins, so a notification is either
//! delivered or passed to another waiter, never dropped. Tokens are pooled per parker: the
//! blocking slow path does not allocate in the steady state, and the uncontended paths of
//! the objects never touch any of this.
//!
//! The service callback may itself block (a nested wait uses a fresh token of the same
//! parker), so an interpreter that services its inbox while it waits can run any primitive
//! operation there.

use std::cell::RefCell;
use std::marker::PhantomData;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::sync::{thread, Arc, AtomicBool, AtomicU8, Mutex, MutexGuard, Ordering};

/// `threading.TIMEOUT_MAX`: the largest timeout accepted, in seconds.
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// How long a blocking operation may wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// Do not block: succeed now or fail (`blocking=False`).
    No,
    /// Wait as long as it takes.
    Forever,
    /// Wait until this instant. Retrying after [`Error::Interrupted`] with the same `Block`
    /// keeps the original deadline.
    Until(Instant),
}

impl Block {
    /// Waits at most `timeout` from now.
    pub fn timeout(timeout: Duration) -> Block {
        match Instant::now().checked_add(timeout) {
            Some(t) => Block::Until(t),
            None => Block::Forever,
        }
    }

    /// A timeout in seconds as Python gives it, validated: `ValueError` for NaN,
    /// `OverflowError` above [`TIMEOUT_MAX`]; a negative one is treated as zero.
    pub fn from_secs(secs: f64) -> Result<Block> {
        if secs.is_nan() {
            return Err(Error::value("Invalid value NaN (not a number)"));
        }
        if secs > TIMEOUT_MAX {
            return Err(Error::Overflow("timeout value is too large".into()));
        }
        Ok(Block::timeout(Duration::from_secs_f64(secs.max(0.0))))
    }

    /// `Lock.acquire(blocking=True, timeout=-1)` / `RLock.acquire`'s arguments, with
    /// CPython's checks (`timeout == -1` means no timeout).
    pub fn from_lock_args(blocking: bool, timeout: f64) -> Result<Block> {
        let unset = timeout == -1.0;
        if !blocking {
            if !unset {
                return Err(Error::value(
                    "can't specify a timeout for a non-blocking call",
                ));
            }
            return Ok(Block::No);
        }
        if unset {
            return Ok(Block::Forever);
        }
        if timeout < 0.0 {
            return Err(Error::value("timeout value must be a non-negative number"));
        }
        Block::from_secs(timeout)
    }

    /// `timeout=None` style arguments (`Event.wait`, `Condition.wait`, `Barrier.wait`,
    /// `Semaphore.acquire(timeout=...)`): `None` waits forever, a number waits that long
    /// (negative as zero).
    pub fn from_timeout(timeout: Option<f64>) -> Result<Block> {
        match timeout {
            None => Ok(Block::Forever),
            Some(t) => Block::from_secs(t),
        }
    }

    /// `Semaphore.acquire(blocking=True, timeout=None)`'s arguments.
    pub fn from_semaphore_args(blocking: bool, timeout: Option<f64>) -> Result<Block> {
        if !blocking {
            if timeout.is_some() {
                return Err(Error::value(
                    "can't specify timeout for non-blocking acquire",
                ));
            }
            return Ok(Block::No);
        }
        Block::from_timeout(timeout)
    }

    /// `Queue.put/get(block=True, timeout=None)`'s arguments: `ValueError` for a negative
    /// timeout; the timeout is ignored when `block` is false.
    pub fn from_queue_args(block: bool, timeout: Option<f64>) -> Result<Block> {
        if !block {
            return Ok(Block::No);
        }
        match timeout {
            Some(t) if t < 0.0 => Err(Error::value("'timeout' must be a non-negative number")),
            t => Block::from_timeout(t),
        }
    }

    /// Whether this is a non-blocking request.
    pub fn is_no(&self) -> bool {
        matches!(self, Block::No)
    }

    /// Whether the deadline (if any) has passed; always true for [`Block::No`].
    pub fn expired(&self) -> bool {
        match self {
            Block::No => true,
            Block::Forever => false,
            Block::Until(t) => Instant::now() >= *t,
        }
    }
}

/// Per-thread state reachable from other threads.
#[derive(Debug)]
pub(crate) struct ParkerInner {
    interrupted: AtomicBool,
    thread: thread::Thread,
}

impl ParkerInner {
    fn unpark(&self) {
        self.thread.unpark();
    }
}

const WAITING: u8 = 1;
const NOTIFIED: u8 = 2;
const CANCELLED: u8 = 3;

/// A one-shot registration of a waiting thread with an object's wait list.
#[derive(Debug)]
pub(crate) struct Token {
    state: AtomicU8,
    parker: Arc<ParkerInner>,
}

impl Token {
    /// Delivers a notification if the waiter is still waiting. Called under the mutex that
    /// guards the wait list; the thread must then be woken with [`Token::unpark`] (after the
    /// mutex is released, preferably).
    fn try_notify(&self) -> bool {
        self.state
            .compare_exchange(WAITING, NOTIFIED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Withdraws the registration; false if a notification won the race.
    fn cancel(&self) -> bool {
        self.state
            .compare_exchange(WAITING, CANCELLED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    fn is_notified(&self) -> bool {
        self.state.load(Ordering::Acquire) == NOTIFIED
    }
}

/// A notified token whose thread still has to be unparked.
#[must_use = "the woken thread must be unparked"]
pub(crate) struct Wakeup(Arc<Token>);

impl Wakeup {
    pub(crate) fn unpark(self) {
        self.0.parker.unpark();
    }
}

/// Unparks every wake-up (after the caller released its mutex).
pub(crate) fn unpark_all(wakeups: Vec<Wakeup>) {
    for w in wakeups {
        w.unpark();
    }
}

/// The waiters of one condition of an object, in arrival order. Lives inside the object's
/// mutex-protected state.
#[derive(Debug, Default)]
pub(crate) struct WaitList {
    queue: std::collections::VecDeque<Arc<Token>>,
}

impl WaitList {
    pub(crate) fn new() -> Self {
        WaitList::default()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    fn push(&mut self, token: Arc<Token>) {
        self.queue.push_back(token);
    }

    fn remove(&mut self, token: &Arc<Token>) {
        if let Some(pos) = self.queue.iter().position(|t| Arc::ptr_eq(t, token)) {
            self.queue.remove(pos);
        }
    }

    /// Notifies the first waiter still waiting (skipping cancelled tokens).
    pub(crate) fn notify_one(&mut self) -> Option<Wakeup> {
        while let Some(t) = self.queue.pop_front() {
            if t.try_notify() {
                return Some(Wakeup(t));
            }
        }
        None
    }

    /// Notifies up to `n` waiters.
    pub(crate) fn notify(&mut self, n: usize) -> Vec<Wakeup> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.notify_one() {
                Some(w) => out.push(w),
                None => break,
            }
        }
        out
    }

    /// Notifies every waiter.
    pub(crate) fn notify_all(&mut self) -> Vec<Wakeup> {
        self.queue
            .drain(..)
            .filter(|t| t.try_notify())
            .map(Wakeup)
            .collect()
    }
}

/// A thread's parking spot. One per thread that blocks (an interpreter owns one); created on
/// that thread and not movable to another (`!Send`). Hand [`Parker::interrupter`]s to whoever
/// must be able to wake the thread for other work.
#[derive(Debug)]
pub struct Parker {
    inner: Arc<ParkerInner>,
    pool: RefCell<Vec<Arc<Token>>>,
    _not_send: PhantomData<*const ()>,
}

impl Default for Parker {
    fn default() -> Self {
        Self::new()
    }
}

impl Parker {
    /// A parker for the current thread.
    pub fn new() -> Parker {
        Parker {
            inner: Arc::new(ParkerInner {
                interrupted: AtomicBool::new(false),
                thread: thread::current(),
            }),
            pool: RefCell::new(Vec::new()),
            _not_send: PhantomData,
        }
    }

    /// A cloneable, `Send + Sync` way to interrupt this parker's thread.
    pub fn interrupter(&self) -> Interrupter {
        Interrupter(self.inner.clone())
    }

    /// Whether an interrupt is pending (one atomic load: cheap enough for the evaluation
    /// loop's safe points).
    pub fn is_interrupted(&self) -> bool {
        self.inner.interrupted.load(Ordering::Acquire)
    }

    /// Consumes a pending interrupt; true if there was one. Call before servicing the inbox,
    /// so that a message that arrives during the service re-raises the flag.
    pub fn take_interrupt(&self) -> bool {
        self.is_interrupted() && self.inner.interrupted.swap(false, Ordering::AcqRel)
    }

    /// Raises the interrupt flag again (for an interrupt consumed by an operation that then
    /// completed anyway).
    fn rearm(&self) {
        self.inner.interrupted.store(true, Ordering::Release);
    }

    /// A fresh token in the `WAITING` state, reused from the pool when one is free.
    fn token(&self) -> Arc<Token> {
        let mut pool = self.pool.borrow_mut();
        for t in pool.iter_mut() {
            if let Some(tok) = Arc::get_mut(t) {
                // Unique: no wait list holds it, and get_mut synchronised with their drops.
                tok.state.store(WAITING, Ordering::Relaxed);
                return t.clone();
            }
        }
        let t = Arc::new(Token {
            state: AtomicU8::new(WAITING),
            parker: self.inner.clone(),
        });
        if pool.len() < 8 {
            pool.push(t.clone());
        }
        t
    }
}

/// Wakes a [`Parker`]'s thread for other work: sets its sticky interrupt flag, then unparks
/// it. Send a message to the thread's inbox *first*, then interrupt: the thread consumes the
/// flag ([`Parker::take_interrupt`]) before draining its inbox, so no message is left
/// unnoticed.
#[derive(Clone, Debug)]
pub struct Interrupter(Arc<ParkerInner>);

impl Interrupter {
    /// Interrupts the thread: a blocking operation it is in (or enters next) calls its
    /// service callback, or returns [`Error::Interrupted`] if it has none.
    pub fn interrupt(&self) {
        self.0.interrupted.store(true, Ordering::Release);
        self.0.unpark();
    }

    /// The flag itself, for a reader that keeps this `Interrupter` alive at least as long
    /// as it uses the pointer (an evaluation loop's safe point: one load, no `Arc` hop).
    pub fn flag_ptr(&self) -> *const AtomicBool {
        &self.0.interrupted
    }

    /// Whether an interrupt is pending (one atomic load: cheap enough for an evaluation
    /// loop's safe points, which hold an `Interrupter` to their own thread).
    #[inline]
    pub fn is_pending(&self) -> bool {
        self.0.interrupted.load(Ordering::Relaxed)
    }
}

/// How a thread waits: its [`Parker`], and what to do when interrupted. Every blocking
/// operation of the crate takes a `&mut Waiter`.
pub struct Waiter<'a> {
    parker: &'a Parker,
    service: Option<&'a mut dyn FnMut() -> ControlFlow<()>>,
    /// An abort was requested but lost the race to a notification: reported at the next
    /// point where the operation would block again.
    pending_abort: bool,
}

impl<'a> Waiter<'a> {
    /// A waiter without a service callback: an interrupt makes the blocking operation return
    /// [`Error::Interrupted`] (having consumed the interrupt), leaving the object unchanged;
    /// the caller services its inbox and retries with the same [`Block`].
    ///
    /// Exception: `Condition::wait` cannot be retried without possibly missing a notify
    /// that arrives in between, so a condition waiter should use [`Waiter::with_service`].
    pub fn new(parker: &'a Parker) -> Waiter<'a> {
        Waiter {
            parker,
            service: None,
            pending_abort: false,
        }
    }

    /// A waiter that calls `service` whenever the thread is interrupted while it blocks
    /// (the interrupt already consumed), and keeps waiting if it returns
    /// `ControlFlow::Continue(())`. `ControlFlow::Break(())` abandons the operation with
    /// [`Error::Interrupted`] (e.g. a signal handler raised). If the operation completes
    /// anyway (a wake-up raced with the abort) it returns its result and the interrupt flag
    /// is raised again, so the caller notices at its next safe point.
    pub fn with_service(
        parker: &'a Parker,
        service: &'a mut dyn FnMut() -> ControlFlow<()>,
    ) -> Waiter<'a> {
        Waiter {
            parker,
            service: Some(service),
            pending_abort: false,
        }
    }

    /// The parker.
    pub fn parker(&self) -> &Parker {
        self.parker
    }

    /// Parks until `token` is notified, the deadline passes, or an interrupt is not
    /// serviced (no callback, or it asked to abort). Does not cancel the token.
    fn sleep(&mut self, token: &Token, block: &Block) -> Wake {
        let mut spin_after_service = false;
        loop {
            if token.is_notified() {
                return Wake::Notified;
            }
            if self.parker.take_interrupt() {
                match self.service.as_mut() {
                    Some(service) => {
                        if service().is_break() {
                            return Wake::Aborted;
                        }
                        // Requests tend to come in bursts (a thread working on our
                        // objects): wait for the next one spinning briefly, not parked.
                        spin_after_service = true;
                        continue;
                    }
                    None => return Wake::Aborted,
                }
            }
            if std::mem::take(&mut spin_after_service) && !cfg!(loom) {
                let until = Instant::now() + SERVICE_SPIN;
                while Instant::now() < until
                    && !token.is_notified()
                    && !self.parker.is_interrupted()
                {
                    for _ in 0..64 {
                        std::hint::spin_loop();
                    }
                }
                continue;
            }
            match block {
                Block::No => return Wake::TimedOut,
                Block::Forever => thread::park(),
                Block::Until(deadline) => {
                    if cfg!(loom) {
                        // No time under loom: a timed wait times out at its first chance.
                        return Wake::TimedOut;
                    }
                    let now = Instant::now();
                    if now >= *deadline {
                        return Wake::TimedOut;
                    }
                    thread::park_timeout(*deadline - now);
                }
            }
        }
    }

    /// Reports (and clears) an abort that lost to a notification.
    fn take_pending_abort(&mut self) -> bool {
        std::mem::take(&mut self.pending_abort)
    }

    /// The operation completed: keep a lost abort visible to the caller.
    fn finish(&mut self) {
        if self.take_pending_abort() {
            self.parker.rearm();
        }
    }
}

/// How long a waiter that just serviced a request spins for the next one before parking.
const SERVICE_SPIN: Duration = Duration::from_micros(50);

/// Why [`Waiter::sleep`] / [`cond_wait`] returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wake {
    /// The token was notified: re-check the state.
    Notified,
    /// The deadline passed (token withdrawn).
    TimedOut,
    /// The wait was abandoned on an interrupt (token withdrawn).
    Aborted,
}

/// Condition-variable wait on a [`WaitList`] inside `mutex`'s state: registers, unlocks,
/// sleeps, relocks. `Notified` means re-check the state (a notification that raced with a
/// timeout or an abort is still reported as `Notified`, so it is never lost; a raced abort
/// is remembered and reported by [`check_abort`]).
pub(crate) fn cond_wait<'m, S>(
    w: &mut Waiter<'_>,
    mutex: &'m Mutex<S>,
    mut guard: MutexGuard<'m, S>,
    list: impl Fn(&mut S) -> &mut WaitList,
    block: &Block,
) -> (MutexGuard<'m, S>, Wake) {
    let token = w.parker.token();
    list(&mut guard).push(token.clone());
    drop(guard);
    let wake = w.sleep(&token, block);
    let mut guard = mutex.lock();
    let wake = match wake {
        Wake::Notified => Wake::Notified,
        other => {
            if token.cancel() {
                list(&mut guard).remove(&token);
                other
            } else {
                if other == Wake::Aborted {
                    w.pending_abort = true;
                }
                Wake::Notified
            }
        }
    };
    (guard, wake)
}

/// Registers a token on `list`, runs `then` (e.g. releases the caller's lock; on error the
/// registration is withdrawn), sleeps, and withdraws the token unless notified. Like
/// [`cond_wait`], a notification that raced with a timeout or abort wins.
pub(crate) fn wait_registered<S, T>(
    w: &mut Waiter<'_>,
    mutex: &Mutex<S>,
    list: impl Fn(&mut S) -> &mut WaitList,
    block: &Block,
    then: impl FnOnce() -> Result<T>,
) -> Result<(Wake, T)> {
    let token = w.parker.token();
    list(&mut mutex.lock()).push(token.clone());
    let value = match then() {
        Ok(v) => v,
        Err(e) => {
            if token.cancel() {
                list(&mut mutex.lock()).remove(&token);
            }
            return Err(e);
        }
    };
    let wake = w.sleep(&token, block);
    let wake = match wake {
        Wake::Notified => Wake::Notified,
        other => {
            let mut guard = mutex.lock();
            if token.cancel() {
                list(&mut guard).remove(&token);
                other
            } else {
                if other == Wake::Aborted {
                    w.pending_abort = true;
                }
                Wake::Notified
            }
        }
    };
    Ok((wake, value))
}

/// Raises the interrupt flag again (an interrupt was consumed by a wait that could not be
/// abandoned).
pub(crate) fn rearm(w: &mut Waiter<'_>) {
    w.parker.rearm();
}

/// Before blocking again: an abort that lost to a notification becomes `Interrupted` now.
pub(crate) fn check_abort(w: &mut Waiter<'_>) -> Result<()> {
    if w.take_pending_abort() {
        Err(Error::Interrupted)
    } else {
        Ok(())
    }
}

/// Marks an operation complete (see [`Waiter::with_service`]).
pub(crate) fn finish(w: &mut Waiter<'_>) {
    w.finish()
}

/// Spins briefly (exponential backoff, then yields) before a thread parks: most waits in a
/// busy program are shorter than a park/unpark round trip.
pub(crate) struct Backoff(u32);

impl Backoff {
    pub(crate) fn new() -> Backoff {
        Backoff(0)
    }
    /// One more round; false once spinning should give way to parking.
    pub(crate) fn snooze(&mut self) -> bool {
        if cfg!(loom) || self.0 >= 10 {
            return false;
        }
        if self.0 < 6 {
            for _ in 0..(1u32 << self.0) {
                crate::sync::spin_hint();
            }
        } else {
            thread::yield_now();
        }
        self.0 += 1;
        true
    }
}

/// Blocks until `attempt` succeeds on the state behind `mutex`, waiting on the list `list`
/// selects. `Ok(None)` when it would block (`Block::No`) or the deadline passed (after one
/// last attempt).
pub(crate) fn wait_until<S, R>(
    w: &mut Waiter<'_>,
    mutex: &Mutex<S>,
    block: &Block,
    list: impl Fn(&mut S) -> &mut WaitList,
    mut attempt: impl FnMut(&mut S) -> Option<R>,
) -> Result<Option<R>> {
    let mut guard = mutex.lock();
    if let Some(r) = attempt(&mut guard) {
        return Ok(Some(r));
    }
    if block.is_no() {
        return Ok(None);
    }
    let mut backoff = Backoff::new();
    loop {
        check_abort(w)?;
        if let Block::Until(t) = block {
            if !cfg!(loom) && Instant::now() >= *t {
                return Ok(None);
            }
        }
        if backoff.snooze_unlocked(&mut guard) {
            // Spun with the mutex released; try again.
        } else {
            let (g, wake) = cond_wait(w, mutex, guard, &list, block);
            guard = g;
            match wake {
                Wake::Notified => {}
                Wake::TimedOut => return Ok(attempt(&mut guard)),
                Wake::Aborted => return Err(Error::Interrupted),
            }
        }
        if let Some(r) = attempt(&mut guard) {
            finish(w);
            return Ok(Some(r));
        }
    }
}

impl Backoff {
    /// [`Backoff::snooze`] with `guard`'s mutex released meanwhile.
    fn snooze_unlocked<S>(&mut self, guard: &mut MutexGuard<'_, S>) -> bool {
        if cfg!(loom) || self.0 >= 10 {
            return false;
        }
        #[cfg(not(loom))]
        {
            MutexGuard::unlocked(guard, || self.snooze())
        }
        #[cfg(loom)]
        {
            let _ = guard;
            false
        }
    }
}

/// Runs `f` with a waiter for non-blocking calls (`Block::No` never parks or services).
pub(crate) fn with_nowait<R>(f: impl FnOnce(&mut Waiter<'_>) -> R) -> R {
    #[cfg(not(loom))]
    thread_local!(static PARKER: Parker = Parker::new());
    #[cfg(loom)]
    loom::thread_local!(static PARKER: Parker = Parker::new());
    PARKER.with(|p| f(&mut Waiter::new(p)))
}

/// A small per-thread id (never 0), for lock ownership.
pub(crate) fn current_thread_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering as O};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    #[cfg(not(loom))]
    thread_local!(static ID: u64 = NEXT.fetch_add(1, O::Relaxed));
    #[cfg(loom)]
    loom::thread_local!(static ID: u64 = NEXT.fetch_add(1, O::Relaxed));
    ID.with(|id| *id)
}
