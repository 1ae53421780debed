//! loom model tests of the custom-synchronised parts: the wait-token / parker protocol,
//! `Lock`'s atomic fast path and wait queue, and the mutex-based objects' wake-ups.
//!
//! ```text
//! RUSTFLAGS="--cfg loom" cargo test --release -p weft-shareable --test loom
//! ```
//!
//! Under loom, a timed wait times out at its first chance, which explores every race
//! between a timeout and a notification.
#![cfg(loom)]

use std::ops::ControlFlow;
use std::time::Duration;

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

use weft_shareable::{
    Block, Condition, Error, Event, Lock, Parker, Queue, QueueKind, Registry, Semaphore, Shareable,
    Waiter,
};

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(3);
    }
    // The loom mutex shim spins on try_lock (see src/sync.rs): allow long schedules.
    b.max_branches = 100_000;
    b.check(f);
}

fn far() -> Block {
    Block::timeout(Duration::from_secs(3600))
}

/// Mutual exclusion and no lost wake-up between two contending threads.
#[test]
fn lock_mutual_exclusion() {
    model(|| {
        let lock = Arc::new(Lock::new());
        let data = Arc::new(UnsafeCell::new(0u32));
        let ts: Vec<_> = (0..2)
            .map(|_| {
                let (lock, data) = (lock.clone(), data.clone());
                thread::spawn(move || {
                    let p = Parker::new();
                    let mut w = Waiter::new(&p);
                    assert!(lock.acquire(&mut w, Block::Forever).unwrap());
                    data.with_mut(|d| unsafe { *d += 1 });
                    lock.release().unwrap();
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(data.with(|d| unsafe { *d }), 2);
        assert!(lock.try_acquire());
    });
}

/// A waiter whose timeout races with the release: the lock ends up consistent (free, no
/// stale PARKED bit that would hide it from the fast path, no double ownership).
#[test]
fn lock_timeout_races_release() {
    model(|| {
        let lock = Arc::new(Lock::new());
        assert!(lock.try_acquire());
        let l2 = lock.clone();
        let t = thread::spawn(move || {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            let got = l2.acquire(&mut w, far()).unwrap();
            if got {
                l2.release().unwrap();
            }
        });
        lock.release().unwrap();
        t.join().unwrap();
        assert!(!lock.locked());
        assert!(lock.try_acquire(), "fast path available again");
        lock.release().unwrap();
        assert_eq!(
            lock.release().unwrap_err(),
            Error::Runtime("release unlocked lock".into())
        );
    });
}

/// Two blocked acquirers and one release: both eventually get the lock.
#[test]
fn lock_handoff_to_waiters() {
    model(|| {
        let lock = Arc::new(Lock::new());
        assert!(lock.try_acquire());
        let done = Arc::new(AtomicUsize::new(0));
        let ts: Vec<_> = (0..2)
            .map(|_| {
                let (lock, done) = (lock.clone(), done.clone());
                thread::spawn(move || {
                    let p = Parker::new();
                    let mut w = Waiter::new(&p);
                    assert!(lock.acquire(&mut w, Block::Forever).unwrap());
                    done.fetch_add(1, Ordering::SeqCst);
                    lock.release().unwrap();
                })
            })
            .collect();
        lock.release().unwrap();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(done.load(Ordering::SeqCst), 2);
    });
}

/// An interrupt racing with a notification: the waiter either completes or reports
/// `Interrupted`, and a retry then completes; it never hangs.
///
/// (The helper threads are not joined by the waiting thread: loom models `unpark` as
/// waking a thread whatever it blocks on, `join` included, which std does not do; loom
/// still runs every thread to completion.)
#[test]
fn interrupt_races_notify() {
    model(|| {
        let ev = Arc::new(Event::new());
        let p = Parker::new();
        let intr = p.interrupter();
        let ev2 = ev.clone();
        thread::spawn(move || ev2.set());
        thread::spawn(move || intr.interrupt());
        let mut w = Waiter::new(&p);
        match ev.wait(&mut w, Block::Forever) {
            Ok(true) => {}
            Err(Error::Interrupted) => assert!(ev.wait(&mut w, Block::Forever).unwrap()),
            other => panic!("{other:?}"),
        }
    });
}

/// With a service callback, an interrupt is serviced and the wait still completes: the
/// registration survives the service.
#[test]
fn service_keeps_registration() {
    model(|| {
        let sem = Arc::new(Semaphore::new(0).unwrap());
        let p = Parker::new();
        let intr = p.interrupter();
        let s2 = sem.clone();
        thread::spawn(move || s2.release(1).unwrap());
        thread::spawn(move || intr.interrupt());
        let mut serviced = 0;
        let mut service = || {
            serviced += 1;
            ControlFlow::Continue(())
        };
        let mut w = Waiter::with_service(&p, &mut service);
        assert!(sem.acquire(&mut w, Block::Forever).unwrap());
        assert!(serviced <= 1);
    });
}

/// A timed wait whose timeout races with the interrupt and the notification.
#[test]
fn timeout_interrupt_notify_race() {
    model(|| {
        let ev = Arc::new(Event::new());
        let p = Parker::new();
        let intr = p.interrupter();
        let ev2 = ev.clone();
        thread::spawn(move || ev2.set());
        thread::spawn(move || intr.interrupt());
        let mut w = Waiter::new(&p);
        match ev.wait(&mut w, far()) {
            Ok(true) | Ok(false) | Err(Error::Interrupted) => {}
            other => panic!("{other:?}"),
        }
        // Whatever happened, a blocking retry completes.
        loop {
            match ev.wait(&mut w, Block::Forever) {
                Ok(true) => break,
                Err(Error::Interrupted) => continue,
                other => panic!("{other:?}"),
            }
        }
    });
}

/// A semaphore release wakes someone even when one waiter's timeout races with it: the
/// permit is never lost (the Forever waiter must finish).
#[test]
fn semaphore_no_lost_permit() {
    model(|| {
        let sem = Arc::new(Semaphore::new(0).unwrap());
        let s1 = sem.clone();
        let forever = thread::spawn(move || {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            assert!(s1.acquire(&mut w, Block::Forever).unwrap());
        });
        let s2 = sem.clone();
        let timed = thread::spawn(move || {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            s2.acquire(&mut w, far()).unwrap()
        });
        sem.release(1).unwrap();
        if timed.join().unwrap() {
            // The timed waiter took the first permit: give the other one its own.
            sem.release(1).unwrap();
        }
        forever.join().unwrap();
        assert_eq!(sem.value(), 0);
    });
}

/// Condition: a notify issued after the waiter released the lock inside `wait` is never
/// missed (registration happens before the release).
#[test]
fn condition_no_missed_notify() {
    model(|| {
        let reg = Registry::new();
        let cond = Arc::new(Condition::new(reg.new_lock()).unwrap());
        let flag = Arc::new(AtomicBool::new(false));
        let (c2, f2) = (cond.clone(), flag.clone());
        let waiter = thread::spawn(move || {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            c2.acquire(&mut w, Block::Forever).unwrap();
            while !f2.load(Ordering::Relaxed) {
                c2.wait(&mut w, Block::Forever).unwrap();
            }
            c2.release().unwrap();
        });
        let p = Parker::new();
        let mut w = Waiter::new(&p);
        cond.acquire(&mut w, Block::Forever).unwrap();
        flag.store(true, Ordering::Relaxed);
        cond.notify(1).unwrap();
        cond.release().unwrap();
        waiter.join().unwrap();
    });
}

/// A bounded queue between a producer and a consumer: both directions of blocking.
#[test]
fn queue_bounded_handoff() {
    model(|| {
        let q = Arc::new(Queue::new(QueueKind::Fifo, 1));
        let q2 = q.clone();
        let producer = thread::spawn(move || {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            for n in 0..2 {
                q2.put(&mut w, Shareable::int(n), Block::Forever).unwrap();
            }
        });
        let p = Parker::new();
        let mut w = Waiter::new(&p);
        for n in 0..2 {
            let v = q.get(&mut w, Block::Forever).unwrap();
            assert!(v.py_eq(&Shareable::int(n)));
        }
        producer.join().unwrap();
        assert!(q.empty());
    });
}
