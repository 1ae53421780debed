//! Unit tests of the thread-safe objects, the registry and interruptible waiting.

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use weft_shareable::{
    inbox, Block, Error, Foreign, Handle, ObjectKind, Parker, QueueKind, RawHandle, Registry,
    Shareable, Waiter,
};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Runs `f` with a fresh parker and a waiter without service.
fn with_waiter<R>(f: impl FnOnce(&mut Waiter<'_>) -> R) -> R {
    let p = Parker::new();
    let mut w = Waiter::new(&p);
    f(&mut w)
}

fn spawn_with_waiter<R: Send + 'static>(
    f: impl FnOnce(&mut Waiter<'_>) -> R + Send + 'static,
) -> thread::JoinHandle<R> {
    thread::spawn(move || with_waiter(f))
}

// ---------------------------------------------------------------- Lock

#[test]
fn lock_basics() {
    let reg = Registry::new();
    let h = reg.new_lock();
    let l = h.as_lock().unwrap();
    with_waiter(|w| {
        assert!(!l.locked());
        assert!(l.acquire(w, Block::Forever).unwrap());
        assert!(l.locked());
        assert!(!l.acquire(w, Block::No).unwrap());
        let t0 = Instant::now();
        assert!(!l.acquire(w, Block::timeout(ms(50))).unwrap());
        assert!(t0.elapsed() >= ms(50));
        l.release().unwrap();
        assert_eq!(
            l.release().unwrap_err(),
            Error::Runtime("release unlocked lock".into())
        );
        assert_eq!(l.release().unwrap_err().python_type(), "RuntimeError");
    });
}

#[test]
fn lock_released_by_another_thread_wakes_waiter() {
    let reg = Registry::new();
    let h = reg.new_lock();
    assert!(h.as_lock().unwrap().try_acquire());
    let h2 = h.clone();
    let t = spawn_with_waiter(move |w| {
        let t0 = Instant::now();
        let got = h2.as_lock().unwrap().acquire(w, Block::Forever).unwrap();
        (got, t0.elapsed())
    });
    thread::sleep(ms(30));
    // Any thread may release a Lock.
    h.as_lock().unwrap().release().unwrap();
    let (got, waited) = t.join().unwrap();
    assert!(got);
    assert!(waited >= ms(25));
    assert!(h.as_lock().unwrap().locked());
}

#[test]
fn lock_timeout_then_release_leaves_lock_usable() {
    let reg = Registry::new();
    let h = reg.new_lock();
    let l = h.as_lock().unwrap();
    assert!(l.try_acquire());
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let h = h.clone();
            spawn_with_waiter(move |w| h.as_lock().unwrap().acquire(w, Block::timeout(ms(20))))
        })
        .collect();
    for t in hs {
        assert!(!t.join().unwrap().unwrap());
    }
    l.release().unwrap();
    assert!(
        l.try_acquire(),
        "fast path works again after timed-out waiters"
    );
    l.release().unwrap();
}

// ---------------------------------------------------------------- RLock

#[test]
fn rlock_ownership_and_count() {
    let reg = Registry::new();
    let h = reg.new_rlock();
    let r = h.as_rlock().unwrap();
    with_waiter(|w| {
        assert!(r.acquire(w, Block::Forever).unwrap());
        assert!(r.acquire(w, Block::No).unwrap());
        assert_eq!(r.count(), 2);
        assert!(r.is_owned());
    });
    let h2 = h.clone();
    let other = spawn_with_waiter(move |w| {
        let r = h2.as_rlock().unwrap();
        (
            r.release().unwrap_err(),
            r.acquire(w, Block::timeout(ms(20))).unwrap(),
            r.is_owned(),
        )
    })
    .join()
    .unwrap();
    assert_eq!(
        other.0,
        Error::Runtime("cannot release un-acquired lock".into())
    );
    assert!(!other.1);
    assert!(!other.2);
    r.release().unwrap();
    assert!(r.locked());
    r.release().unwrap();
    assert!(!r.locked());
    assert!(r.release().is_err());
    // Save/restore.
    with_waiter(|w| {
        r.acquire(w, Block::Forever).unwrap();
        r.acquire(w, Block::Forever).unwrap();
        let saved = r.release_save().unwrap();
        assert!(!r.locked());
        r.acquire_restore(w, saved).unwrap();
        assert_eq!(r.count(), 2);
        r.release().unwrap();
        r.release().unwrap();
    });
}

// ---------------------------------------------------------------- Condition

#[test]
fn condition_wait_notify() {
    let reg = Registry::new();
    let c = reg.new_condition(None).unwrap();
    let ready = Arc::new(AtomicUsize::new(0));
    let mut ts = Vec::new();
    for _ in 0..3 {
        let (c, ready) = (c.clone(), ready.clone());
        ts.push(spawn_with_waiter(move |w| {
            let cond = c.as_condition().unwrap();
            cond.acquire(w, Block::Forever).unwrap();
            ready.fetch_add(1, Ordering::SeqCst);
            let r = cond
                .wait(w, Block::timeout(Duration::from_secs(10)))
                .unwrap();
            assert!(cond.is_owned().unwrap(), "wait returns with the lock held");
            cond.release().unwrap();
            r
        }));
    }
    let cond = c.as_condition().unwrap();
    with_waiter(|w| {
        // All three registered (the lock is released only inside wait, after registering).
        while ready.load(Ordering::SeqCst) < 3 {
            thread::yield_now();
        }
        cond.acquire(w, Block::Forever).unwrap();
        cond.notify(1).unwrap();
        cond.notify_all().unwrap();
        cond.release().unwrap();
    });
    for t in ts {
        assert!(t.join().unwrap());
    }
    // Errors and timeouts.
    assert_eq!(
        cond.notify(1).unwrap_err(),
        Error::Runtime("cannot notify on un-acquired lock".into())
    );
    with_waiter(|w| {
        assert_eq!(
            cond.wait(w, Block::Forever).unwrap_err(),
            Error::Runtime("cannot wait on un-acquired lock".into())
        );
        cond.acquire(w, Block::Forever).unwrap();
        let t0 = Instant::now();
        assert!(!cond.wait(w, Block::timeout(ms(30))).unwrap());
        assert!(t0.elapsed() >= ms(30));
        assert!(cond.is_owned().unwrap());
        cond.release().unwrap();
    });
}

#[test]
fn condition_over_plain_lock_and_wait_for() {
    let reg = Registry::new();
    let lock = reg.new_lock();
    let c = reg.new_condition(Some(lock.clone())).unwrap();
    assert!(reg.new_condition(Some(reg.new_event())).is_err());
    let items = reg.new_list(vec![]);
    let (c2, items2) = (c.clone(), items.clone());
    let consumer = spawn_with_waiter(move |w| {
        let cond = c2.as_condition().unwrap();
        let list = items2.as_list().unwrap();
        cond.acquire(w, Block::Forever).unwrap();
        let ok = cond
            .wait_for::<Error>(w, Block::timeout(Duration::from_secs(10)), || {
                Ok(list.len() >= 3)
            })
            .unwrap();
        cond.release().unwrap();
        ok
    });
    let cond = c.as_condition().unwrap();
    for n in 0..3 {
        thread::sleep(ms(5));
        with_waiter(|w| {
            cond.acquire(w, Block::Forever).unwrap();
            items.as_list().unwrap().append(Shareable::int(n));
            cond.notify(1).unwrap();
            cond.release().unwrap();
        });
    }
    assert!(consumer.join().unwrap());
    // wait_for with a timeout returns the last predicate value.
    with_waiter(|w| {
        cond.acquire(w, Block::Forever).unwrap();
        let mut calls = 0;
        let r = cond
            .wait_for::<Error>(w, Block::timeout(ms(20)), || {
                calls += 1;
                Ok(false)
            })
            .unwrap();
        assert!(!r);
        assert!(calls >= 2);
        cond.release().unwrap();
    });
}

// ---------------------------------------------------------------- Semaphores

#[test]
fn semaphore_counts_and_wakes() {
    let reg = Registry::new();
    assert!(reg.new_semaphore(-1).is_err());
    let h = reg.new_semaphore(2).unwrap();
    let s = h.as_semaphore().unwrap();
    with_waiter(|w| {
        assert!(s.acquire(w, Block::No).unwrap());
        assert!(s.acquire(w, Block::No).unwrap());
        assert!(!s.acquire(w, Block::No).unwrap());
        assert!(!s.acquire(w, Block::timeout(ms(20))).unwrap());
    });
    let waiters: Vec<_> = (0..3)
        .map(|_| {
            let h = h.clone();
            spawn_with_waiter(move |w| h.as_semaphore().unwrap().acquire(w, Block::Forever))
        })
        .collect();
    thread::sleep(ms(20));
    s.release(3).unwrap();
    for t in waiters {
        assert!(t.join().unwrap().unwrap());
    }
    assert_eq!(s.value(), 0);
    assert_eq!(
        s.release(0).unwrap_err(),
        Error::Value("n must be one or more".into())
    );
    s.release(10).unwrap(); // unbounded
    assert_eq!(s.value(), 10);
}

#[test]
fn bounded_semaphore_over_release() {
    let reg = Registry::new();
    let h = reg.new_bounded_semaphore(2).unwrap();
    assert_eq!(h.kind(), ObjectKind::BoundedSemaphore);
    let s = h.as_semaphore().unwrap();
    assert_eq!(
        s.release(1).unwrap_err(),
        Error::Value("Semaphore released too many times".into())
    );
    with_waiter(|w| assert!(s.acquire(w, Block::No).unwrap()));
    assert!(
        s.release(2).is_err(),
        "would exceed the bound: nothing released"
    );
    assert_eq!(s.value(), 1);
    s.release(1).unwrap();
    assert!(s.release(1).is_err());
}

// ---------------------------------------------------------------- Event

#[test]
fn event_set_wakes_all_and_timeouts() {
    let reg = Registry::new();
    let h = reg.new_event();
    let e = h.as_event().unwrap();
    with_waiter(|w| {
        assert!(!e.wait(w, Block::No).unwrap());
        let t0 = Instant::now();
        assert!(!e.wait(w, Block::timeout(ms(30))).unwrap());
        assert!(t0.elapsed() >= ms(30));
    });
    let ts: Vec<_> = (0..4)
        .map(|_| {
            let h = h.clone();
            spawn_with_waiter(move |w| h.as_event().unwrap().wait(w, Block::Forever).unwrap())
        })
        .collect();
    thread::sleep(ms(20));
    e.set();
    for t in ts {
        assert!(t.join().unwrap());
    }
    assert!(e.is_set());
    with_waiter(|w| assert!(e.wait(w, Block::No).unwrap()));
    e.clear();
    assert!(!e.is_set());
}

// ---------------------------------------------------------------- Barrier

#[test]
fn barrier_indices_and_action() {
    let reg = Registry::new();
    assert!(reg.new_barrier(0, None).is_err());
    let h = reg.new_barrier(3, None).unwrap();
    let actions = Arc::new(AtomicUsize::new(0));
    for _round in 0..3 {
        let ts: Vec<_> = (0..3)
            .map(|_| {
                let (h, actions) = (h.clone(), actions.clone());
                spawn_with_waiter(move |w| {
                    h.as_barrier()
                        .unwrap()
                        .wait_with_action(w, None, || {
                            actions.fetch_add(1, Ordering::SeqCst);
                            true
                        })
                        .unwrap()
                })
            })
            .collect();
        let mut idx: Vec<usize> = ts.into_iter().map(|t| t.join().unwrap()).collect();
        idx.sort();
        assert_eq!(idx, [0, 1, 2]);
    }
    assert_eq!(actions.load(Ordering::SeqCst), 3);
    let b = h.as_barrier().unwrap();
    assert_eq!(b.parties(), 3);
    assert_eq!(b.n_waiting(), 0);
    assert!(!b.broken());
}

#[test]
fn barrier_timeout_breaks_it_and_reset_repairs() {
    let reg = Registry::new();
    let h = reg.new_barrier(3, Some(ms(30))).unwrap();
    let b = h.as_barrier().unwrap();
    let h2 = h.clone();
    let other = spawn_with_waiter(move |w| h2.as_barrier().unwrap().wait(w, Some(Block::Forever)));
    thread::sleep(ms(10));
    // Default timeout of the barrier applies: this waiter times out and breaks it.
    let r = with_waiter(|w| b.wait(w, None));
    assert_eq!(r.unwrap_err(), Error::BrokenBarrier);
    assert_eq!(other.join().unwrap().unwrap_err(), Error::BrokenBarrier);
    assert!(b.broken());
    assert_eq!(
        with_waiter(|w| b.wait(w, None)).unwrap_err(),
        Error::BrokenBarrier
    );
    b.reset();
    assert!(!b.broken());
    let ts: Vec<_> = (0..3)
        .map(|_| {
            let h = h.clone();
            spawn_with_waiter(move |w| h.as_barrier().unwrap().wait(w, Some(Block::Forever)))
        })
        .collect();
    for t in ts {
        assert!(t.join().unwrap().is_ok());
    }
}

#[test]
fn barrier_abort_and_failing_action() {
    let reg = Registry::new();
    let h = reg.new_barrier(2, None).unwrap();
    let h2 = h.clone();
    let waiter = spawn_with_waiter(move |w| h2.as_barrier().unwrap().wait(w, None));
    while h.as_barrier().unwrap().n_waiting() < 1 {
        thread::yield_now();
    }
    h.as_barrier().unwrap().abort();
    assert_eq!(waiter.join().unwrap().unwrap_err(), Error::BrokenBarrier);
    let b = h.as_barrier().unwrap();
    b.reset();
    let h2 = h.clone();
    let waiter = spawn_with_waiter(move |w| h2.as_barrier().unwrap().wait(w, None));
    while b.n_waiting() < 1 {
        thread::yield_now();
    }
    let r = with_waiter(|w| b.wait_with_action(w, None, || false));
    assert_eq!(r.unwrap_err(), Error::ActionFailed);
    assert_eq!(waiter.join().unwrap().unwrap_err(), Error::BrokenBarrier);
    assert!(b.broken());
}

#[test]
fn barrier_reset_while_waiting() {
    let reg = Registry::new();
    let h = reg.new_barrier(3, None).unwrap();
    let ts: Vec<_> = (0..2)
        .map(|_| {
            let h = h.clone();
            spawn_with_waiter(move |w| h.as_barrier().unwrap().wait(w, None))
        })
        .collect();
    let b = h.as_barrier().unwrap();
    while b.n_waiting() < 2 {
        thread::yield_now();
    }
    b.reset();
    for t in ts {
        assert_eq!(t.join().unwrap().unwrap_err(), Error::BrokenBarrier);
    }
    assert!(!b.broken());
    assert_eq!(b.n_waiting(), 0);
}

// ---------------------------------------------------------------- Queues

#[test]
fn queue_fifo_full_empty_and_timeouts() {
    let reg = Registry::new();
    let h = reg.new_queue(QueueKind::Fifo, 2);
    let q = h.as_queue().unwrap();
    assert!(q.empty());
    q.put_nowait(Shareable::int(1)).unwrap();
    q.put_nowait(Shareable::int(2)).unwrap();
    assert!(q.full());
    assert_eq!(q.qsize(), 2);
    assert_eq!(q.put_nowait(Shareable::int(3)).unwrap_err(), Error::Full);
    with_waiter(|w| {
        let t0 = Instant::now();
        assert_eq!(
            q.put(w, Shareable::int(3), Block::timeout(ms(30)))
                .unwrap_err(),
            Error::Full
        );
        assert!(t0.elapsed() >= ms(30));
    });
    assert!(q.get_nowait().unwrap().py_eq(&Shareable::int(1)));
    assert!(q.get_nowait().unwrap().py_eq(&Shareable::int(2)));
    assert_eq!(q.get_nowait().unwrap_err(), Error::Empty);
    assert_eq!(Error::Empty.python_type(), "queue.Empty");
    with_waiter(|w| {
        let t0 = Instant::now();
        assert_eq!(q.get(w, Block::timeout(ms(30))).unwrap_err(), Error::Empty);
        assert!(t0.elapsed() >= ms(30));
    });
    // A blocked put proceeds when a get makes room.
    q.put_nowait(Shareable::int(1)).unwrap();
    q.put_nowait(Shareable::int(2)).unwrap();
    let h2 = h.clone();
    let putter = spawn_with_waiter(move |w| {
        h2.as_queue()
            .unwrap()
            .put(w, Shareable::int(3), Block::Forever)
    });
    thread::sleep(ms(20));
    assert!(q.get_nowait().unwrap().py_eq(&Shareable::int(1)));
    putter.join().unwrap().unwrap();
    assert_eq!(q.qsize(), 2);
}

#[test]
fn queue_task_done_and_join() {
    let reg = Registry::new();
    let h = reg.new_queue(QueueKind::Fifo, 0);
    let q = h.as_queue().unwrap();
    assert_eq!(
        q.task_done().unwrap_err(),
        Error::Value("task_done() called too many times".into())
    );
    for n in 0..5 {
        q.put_nowait(Shareable::int(n)).unwrap();
    }
    assert_eq!(q.unfinished_tasks(), 5);
    let h2 = h.clone();
    let worker = spawn_with_waiter(move |w| {
        let q = h2.as_queue().unwrap();
        for _ in 0..5 {
            q.get(w, Block::Forever).unwrap();
            thread::sleep(ms(2));
            q.task_done().unwrap();
        }
    });
    with_waiter(|w| assert!(q.join(w, Block::Forever).unwrap()));
    assert_eq!(q.unfinished_tasks(), 0);
    worker.join().unwrap();
    with_waiter(|w| assert!(q.join(w, Block::No).unwrap()));
    q.put_nowait(Shareable::None).unwrap();
    with_waiter(|w| assert!(!q.join(w, Block::timeout(ms(10))).unwrap()));
}

#[test]
fn lifo_priority_and_simple_queues() {
    let reg = Registry::new();
    let lifo = reg.new_queue(QueueKind::Lifo, 0);
    assert_eq!(lifo.kind(), ObjectKind::LifoQueue);
    let q = lifo.as_queue().unwrap();
    for n in 0..3 {
        q.put_nowait(Shareable::int(n)).unwrap();
    }
    let got: Vec<String> = (0..3).map(|_| q.get_nowait().unwrap().repr()).collect();
    assert_eq!(got, ["2", "1", "0"]);

    let pq = reg.new_queue(QueueKind::Priority, 0);
    let q = pq.as_queue().unwrap();
    for (p, name) in [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d"), (2, "b")] {
        q.put_nowait(Shareable::tuple([Shareable::int(p), Shareable::str(name)]))
            .unwrap();
    }
    q.put_nowait(Shareable::tuple([
        Shareable::Float(0.5),
        Shareable::str("half"),
    ]))
    .unwrap();
    let got: Vec<String> = (0..7).map(|_| q.get_nowait().unwrap().repr()).collect();
    assert_eq!(
        got,
        [
            "(0.5, 'half')",
            "(1, 'a')",
            "(1, 'a2')",
            "(2, 'b')",
            "(3, 'c')",
            "(4, 'd')",
            "(5, 'e')"
        ]
    );
    // Incomparable items raise TypeError from put, as heapq does.
    q.put_nowait(Shareable::int(1)).unwrap();
    let err = q.put_nowait(Shareable::str("x")).unwrap_err();
    assert_eq!(err.python_type(), "TypeError");
    // Many random priorities come out sorted.
    let q2 = reg.new_queue(QueueKind::Priority, 0);
    let q2 = q2.as_queue().unwrap();
    let mut x: u64 = 12345;
    let mut want = Vec::new();
    for _ in 0..500 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let v = (x >> 40) as i64 % 1000;
        want.push(v);
        q2.put_nowait(Shareable::int(v)).unwrap();
    }
    want.sort();
    let got: Vec<i64> = (0..500)
        .map(|_| match q2.get_nowait().unwrap() {
            Shareable::Int(i) => i.as_i64().unwrap(),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(got, want);

    let sq = reg.new_queue(QueueKind::Simple, 1); // maxsize ignored
    let q = sq.as_queue().unwrap();
    for n in 0..10 {
        q.put_nowait(Shareable::int(n)).unwrap();
    }
    assert_eq!(q.qsize(), 10);
    assert_eq!(q.unfinished_tasks(), 0);
    assert!(q.get_nowait().unwrap().py_eq(&Shareable::int(0)));
}

// ---------------------------------------------------------------- Registry

#[test]
fn registry_refcounts_and_stats() {
    let reg = Registry::new();
    assert!(reg.is_empty());
    let a = reg.new_lock();
    let b = reg.new_queue(QueueKind::Priority, 0);
    let c = reg.new_dict();
    assert_eq!(reg.live(ObjectKind::Lock), 1);
    assert_eq!(reg.stats().get(ObjectKind::PriorityQueue), 1);
    assert_eq!(reg.len(), 3);
    let a2 = a.clone();
    assert_eq!(a.ref_count(), 2);
    drop(a);
    assert_eq!(reg.live(ObjectKind::Lock), 1, "one handle left");
    let raw = a2.raw();
    assert!(reg.get(raw).unwrap() == a2);
    drop(a2);
    assert_eq!(reg.live(ObjectKind::Lock), 0, "freed with the last handle");
    assert_eq!(reg.get(raw).unwrap_err(), Error::StaleHandle);
    // A handle inside a container keeps its object alive.
    c.as_dict()
        .unwrap()
        .set(Shareable::str("q"), Shareable::Handle(b.clone()))
        .unwrap();
    drop(b);
    assert_eq!(reg.live(ObjectKind::PriorityQueue), 1);
    c.as_dict().unwrap().clear();
    assert_eq!(reg.live(ObjectKind::PriorityQueue), 0);
    let stats = reg.stats();
    assert_eq!(stats.total(), 1);
    assert_eq!(
        stats.nonzero().collect::<Vec<_>>(),
        [(ObjectKind::SharedDict, 1)]
    );
    drop(c);
    assert!(reg.is_empty());
}

#[test]
fn stale_handles_never_reach_another_object() {
    let reg = Registry::new();
    let h = reg.new_event();
    let raw = h.raw();
    drop(h);
    // Reuse the slot many times: the old key must stay stale.
    let mut keep = Vec::new();
    for _ in 0..100 {
        let n = reg.new_lock();
        assert_ne!(n.raw(), raw);
        keep.push(n);
    }
    assert_eq!(reg.get(raw).unwrap_err(), Error::StaleHandle);
    assert!(!reg.contains(raw));
    assert!(reg.get(RawHandle::from_bits(u128::MAX)).is_err());
    let r2 = keep[0].raw();
    assert_eq!(RawHandle::from_bits(r2.to_bits()), r2);
    assert!(reg.get(r2).unwrap() == keep[0]);
}

#[test]
fn revoked_handles_are_stale() {
    let reg = Registry::new();
    let h = reg.new_list(vec![Shareable::int(1)]);
    let h2 = h.clone();
    let raw = h.raw();
    h.revoke();
    assert!(h2.is_stale());
    assert_eq!(h2.as_list().unwrap_err(), Error::StaleHandle);
    assert_eq!(reg.get(raw).unwrap_err(), Error::StaleHandle);
    assert_eq!(
        reg.live(ObjectKind::SharedList),
        1,
        "memory lives until the last handle"
    );
    drop((h, h2));
    assert_eq!(reg.live(ObjectKind::SharedList), 0);
}

#[test]
fn wrong_kind_and_foreign_objects() {
    let reg = Registry::new();
    let h = reg.new_lock();
    assert_eq!(
        h.as_queue().unwrap_err(),
        Error::WrongKind {
            expected: "Queue",
            found: "lock"
        }
    );
    struct Interp {
        id: u32,
    }
    let f = reg.insert(Foreign::new(ObjectKind::Interpreter, Interp { id: 7 }));
    assert_eq!(f.kind(), ObjectKind::Interpreter);
    assert_eq!(reg.live(ObjectKind::Interpreter), 1);
    assert_eq!(
        f.as_foreign().unwrap().downcast_ref::<Interp>().unwrap().id,
        7
    );
    assert_eq!(Shareable::Handle(f.clone()).type_name(), "Interpreter");
    let global: &Registry = Registry::global();
    let g = global.new_lock();
    assert!(global.get(g.raw()).is_ok());
}

#[test]
fn handles_cross_threads_and_are_freed_by_the_last_one() {
    let reg = Registry::new();
    let h = reg.new_list(vec![]);
    let ts: Vec<_> = (0..4)
        .map(|n| {
            let h = h.clone();
            thread::spawn(move || {
                h.as_list().unwrap().append(Shareable::int(n));
                // each thread drops its handle here
            })
        })
        .collect();
    for t in ts {
        t.join().unwrap();
    }
    assert_eq!(h.as_list().unwrap().len(), 4);
    assert_eq!(h.ref_count(), 1);
    drop(h);
    assert_eq!(reg.live(ObjectKind::SharedList), 0);
}

// ---------------------------------------------------------------- Interruptible waiting

#[test]
fn interrupt_without_service_returns_interrupted_and_retry_works() {
    let reg = Registry::new();
    let q = reg.new_queue(QueueKind::Fifo, 0);
    let p = Parker::new();
    let intr = p.interrupter();
    let q2 = q.clone();
    let t = thread::spawn(move || {
        thread::sleep(ms(20));
        intr.interrupt();
        thread::sleep(ms(20));
        q2.as_queue()
            .unwrap()
            .put_nowait(Shareable::int(5))
            .unwrap();
    });
    let mut w = Waiter::new(&p);
    let deadline = Block::timeout(Duration::from_secs(10));
    let queue = q.as_queue().unwrap();
    assert_eq!(queue.get(&mut w, deadline).unwrap_err(), Error::Interrupted);
    assert!(!p.is_interrupted(), "the interrupt was consumed");
    // Retry with the same deadline.
    assert!(queue
        .get(&mut w, deadline)
        .unwrap()
        .py_eq(&Shareable::int(5)));
    t.join().unwrap();
    assert_eq!(queue.qsize(), 0);
}

#[test]
fn service_callback_runs_while_waiting_and_keeps_registration() {
    let reg = Registry::new();
    let ev = reg.new_event();
    let p = Parker::new();
    let (tx, rx) = inbox::<u32>(&p);
    let ev2 = ev.clone();
    let t = thread::spawn(move || {
        for n in 0..5 {
            tx.send(n).unwrap();
            thread::sleep(ms(5));
        }
        ev2.as_event().unwrap().set();
    });
    let mut got = Vec::new();
    let mut service = || {
        rx.drain(|m| got.push(m));
        ControlFlow::Continue(())
    };
    let mut w = Waiter::with_service(&p, &mut service);
    assert!(ev
        .as_event()
        .unwrap()
        .wait(&mut w, Block::timeout(Duration::from_secs(10)))
        .unwrap());
    t.join().unwrap();
    rx.drain(|m| got.push(m));
    assert_eq!(got, [0, 1, 2, 3, 4]);
}

#[test]
fn service_may_block_itself_nested_waits() {
    // While waiting on a lock, the service callback acquires another (free) lock and
    // waits briefly on an event: nested waits on the same parker.
    let reg = Registry::new();
    let outer = reg.new_lock();
    let inner_ev = reg.new_event();
    assert!(outer.as_lock().unwrap().try_acquire());
    let p = Parker::new();
    let intr = p.interrupter();
    let outer2 = outer.clone();
    let t = thread::spawn(move || {
        intr.interrupt();
        thread::sleep(ms(30));
        outer2.as_lock().unwrap().release().unwrap();
    });
    let p_inner = Parker::new();
    let mut serviced = 0;
    let mut service = || {
        serviced += 1;
        let mut w2 = Waiter::new(&p_inner);
        assert!(!inner_ev
            .as_event()
            .unwrap()
            .wait(&mut w2, Block::timeout(ms(5)))
            .unwrap());
        ControlFlow::Continue(())
    };
    let mut w = Waiter::with_service(&p, &mut service);
    assert!(outer
        .as_lock()
        .unwrap()
        .acquire(&mut w, Block::Forever)
        .unwrap());
    t.join().unwrap();
    assert!(serviced >= 1);
}

#[test]
fn nested_wait_on_the_same_parker() {
    // The service callback itself blocks on a semaphore using the *same* parker; the
    // outer wait's registration survives and its release is not lost.
    let reg = Registry::new();
    let sem = reg.new_semaphore(0).unwrap();
    let inner = reg.new_semaphore(0).unwrap();
    let p = Parker::new();
    let intr = p.interrupter();
    let (sem2, inner2) = (sem.clone(), inner.clone());
    let t = thread::spawn(move || {
        intr.interrupt();
        thread::sleep(ms(10));
        // Release the outer semaphore while the waiter is inside its service callback.
        sem2.as_semaphore().unwrap().release(1).unwrap();
        thread::sleep(ms(10));
        inner2.as_semaphore().unwrap().release(1).unwrap();
    });
    let p_ref = &p;
    let inner_ref = &inner;
    let mut service = move || {
        let mut w2 = Waiter::new(p_ref);
        assert!(inner_ref
            .as_semaphore()
            .unwrap()
            .acquire(&mut w2, Block::timeout(Duration::from_secs(10)))
            .unwrap());
        ControlFlow::Continue(())
    };
    let mut w = Waiter::with_service(&p, &mut service);
    assert!(sem
        .as_semaphore()
        .unwrap()
        .acquire(&mut w, Block::timeout(Duration::from_secs(10)))
        .unwrap());
    t.join().unwrap();
}

#[test]
fn service_abort_cancels_cleanly() {
    let reg = Registry::new();
    let l = reg.new_lock();
    assert!(l.as_lock().unwrap().try_acquire());
    let p = Parker::new();
    p.interrupter().interrupt(); // pending before the call
    let mut service = || ControlFlow::Break(());
    let mut w = Waiter::with_service(&p, &mut service);
    assert_eq!(
        l.as_lock()
            .unwrap()
            .acquire(&mut w, Block::Forever)
            .unwrap_err(),
        Error::Interrupted
    );
    // The lock still works for others: release and reacquire through the fast path.
    l.as_lock().unwrap().release().unwrap();
    assert!(l.as_lock().unwrap().try_acquire());
}

#[test]
fn condition_wait_interrupted_keeps_lock_semantics() {
    let reg = Registry::new();
    let c = reg.new_condition(None).unwrap();
    let cond = c.as_condition().unwrap();
    let p = Parker::new();
    let intr = p.interrupter();
    let t = thread::spawn(move || {
        thread::sleep(ms(20));
        intr.interrupt();
    });
    let mut w = Waiter::new(&p);
    cond.acquire(&mut w, Block::Forever).unwrap();
    assert_eq!(
        cond.wait(&mut w, Block::timeout(Duration::from_secs(10)))
            .unwrap_err(),
        Error::Interrupted
    );
    assert!(
        cond.is_owned().unwrap(),
        "lock held again after an aborted wait"
    );
    cond.release().unwrap();
    t.join().unwrap();
}

#[test]
fn block_argument_helpers_follow_cpython() {
    assert_eq!(Block::from_lock_args(true, -1.0).unwrap(), Block::Forever);
    assert_eq!(Block::from_lock_args(false, -1.0).unwrap(), Block::No);
    assert_eq!(
        Block::from_lock_args(false, 1.0).unwrap_err(),
        Error::Value("can't specify a timeout for a non-blocking call".into())
    );
    assert!(Block::from_lock_args(true, -2.0).is_err());
    assert!(matches!(
        Block::from_lock_args(true, 1e300),
        Err(Error::Overflow(_))
    ));
    assert!(matches!(Block::from_secs(f64::NAN), Err(Error::Value(_))));
    assert!(matches!(
        Block::from_timeout(Some(-5.0)).unwrap(),
        Block::Until(_)
    ));
    assert!(Block::from_queue_args(true, Some(-1.0)).is_err());
    assert_eq!(
        Block::from_queue_args(false, Some(-1.0)).unwrap(),
        Block::No
    );
    assert!(Block::from_semaphore_args(false, Some(1.0)).is_err());
}

#[test]
fn handle_is_usable_as_shareable_key() {
    let reg = Registry::new();
    let d = reg.new_dict();
    let l: Handle = reg.new_lock();
    d.as_dict()
        .unwrap()
        .set(Shareable::Handle(l.clone()), Shareable::int(1))
        .unwrap();
    assert!(d
        .as_dict()
        .unwrap()
        .get_item(&Shareable::Handle(reg.get(l.raw()).unwrap()))
        .unwrap()
        .py_eq(&Shareable::int(1)));
}
