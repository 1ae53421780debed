//! Multi-threaded stress tests: many threads, many operations, counts verified exactly.
//! Sized to run in a few seconds in a debug build on 2 cores.

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use weft_shareable::{inbox, Block, ObjectKind, Parker, QueueKind, Registry, Shareable, Waiter};

const THREADS: usize = 16;

fn run_threads(n: usize, f: impl Fn(usize, &mut Waiter<'_>) + Send + Sync + 'static) {
    let f = Arc::new(f);
    let ts: Vec<_> = (0..n)
        .map(|i| {
            let f = f.clone();
            thread::spawn(move || {
                let p = Parker::new();
                let mut w = Waiter::new(&p);
                f(i, &mut w)
            })
        })
        .collect();
    for t in ts {
        t.join().unwrap();
    }
}

#[test]
fn lock_protects_a_non_atomic_counter() {
    const OPS: u64 = 100_000;
    let reg = Registry::new();
    let lock = reg.new_lock();
    let counter = Arc::new(AtomicU64::new(0));
    let (l, c) = (lock.clone(), counter.clone());
    run_threads(THREADS, move |_, w| {
        let l = l.as_lock().unwrap();
        for _ in 0..OPS {
            assert!(l.acquire(w, Block::Forever).unwrap());
            // Read-modify-write in two steps: lost updates would show a broken lock.
            let v = c.load(Ordering::Relaxed);
            c.store(v + 1, Ordering::Relaxed);
            l.release().unwrap();
        }
    });
    assert_eq!(counter.load(Ordering::Relaxed), THREADS as u64 * OPS);
    assert!(!lock.as_lock().unwrap().locked());
}

#[test]
fn lock_with_timeouts_under_contention() {
    const OPS: u64 = 5_000;
    let reg = Registry::new();
    let lock = reg.new_lock();
    let counter = Arc::new(AtomicU64::new(0));
    let acquired = Arc::new(AtomicU64::new(0));
    let (l, c, a) = (lock.clone(), counter.clone(), acquired.clone());
    run_threads(8, move |i, w| {
        let l = l.as_lock().unwrap();
        for n in 0..OPS {
            // Mix of blocking, non-blocking and tiny timeouts.
            let block = match (n + i as u64) % 3 {
                0 => Block::Forever,
                1 => Block::No,
                _ => Block::timeout(Duration::from_micros(50)),
            };
            if l.acquire(w, block).unwrap() {
                let v = c.load(Ordering::Relaxed);
                c.store(v + 1, Ordering::Relaxed);
                a.fetch_add(1, Ordering::Relaxed);
                l.release().unwrap();
            }
        }
    });
    assert_eq!(
        counter.load(Ordering::Relaxed),
        acquired.load(Ordering::Relaxed)
    );
    assert!(
        lock.as_lock().unwrap().try_acquire(),
        "no waiter left behind"
    );
}

#[test]
fn rlock_reentrant_counter() {
    const OPS: u64 = 50_000;
    let reg = Registry::new();
    let lock = reg.new_rlock();
    let counter = Arc::new(AtomicU64::new(0));
    let (l, c) = (lock.clone(), counter.clone());
    run_threads(THREADS, move |_, w| {
        let l = l.as_rlock().unwrap();
        for _ in 0..OPS {
            l.acquire(w, Block::Forever).unwrap();
            l.acquire(w, Block::Forever).unwrap();
            let v = c.load(Ordering::Relaxed);
            c.store(v + 1, Ordering::Relaxed);
            l.release().unwrap();
            l.release().unwrap();
        }
    });
    assert_eq!(counter.load(Ordering::Relaxed), THREADS as u64 * OPS);
}

#[test]
fn semaphore_bounds_concurrency() {
    const OPS: usize = 20_000;
    let reg = Registry::new();
    let sem = reg.new_bounded_semaphore(3).unwrap();
    let inside = Arc::new(AtomicUsize::new(0));
    let total = Arc::new(AtomicUsize::new(0));
    let (s, ins, tot) = (sem.clone(), inside.clone(), total.clone());
    run_threads(THREADS, move |_, w| {
        let s = s.as_semaphore().unwrap();
        for _ in 0..OPS {
            assert!(s.acquire(w, Block::Forever).unwrap());
            let now = ins.fetch_add(1, Ordering::SeqCst) + 1;
            assert!(now <= 3, "{now} holders of a 3-semaphore");
            tot.fetch_add(1, Ordering::Relaxed);
            ins.fetch_sub(1, Ordering::SeqCst);
            s.release(1).unwrap();
        }
    });
    assert_eq!(total.load(Ordering::Relaxed), THREADS * OPS);
    assert_eq!(sem.as_semaphore().unwrap().value(), 3);
}

#[test]
fn queue_many_producers_many_consumers() {
    const PER_PRODUCER: i64 = 50_000;
    const PRODUCERS: usize = 8;
    let reg = Registry::new();
    for kind in [QueueKind::Fifo, QueueKind::Priority] {
        let q = reg.new_queue(kind, 64);
        let sum = Arc::new(AtomicU64::new(0));
        let count = Arc::new(AtomicU64::new(0));
        let (q2, s2, c2) = (q.clone(), sum.clone(), count.clone());
        run_threads(PRODUCERS * 2, move |i, w| {
            let q = q2.as_queue().unwrap();
            if i < PRODUCERS {
                for n in 0..PER_PRODUCER {
                    q.put(w, Shareable::int(n), Block::Forever).unwrap();
                }
                // One poison pill per consumer.
                q.put(w, Shareable::int(i64::MAX), Block::Forever).unwrap();
            } else {
                loop {
                    let v = q.get(w, Block::Forever).unwrap();
                    q.task_done().unwrap();
                    let Shareable::Int(n) = v else { panic!() };
                    let n = n.as_i64().unwrap();
                    if n == i64::MAX {
                        break;
                    }
                    s2.fetch_add(n as u64, Ordering::Relaxed);
                    c2.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
        let n = PER_PRODUCER as u64;
        assert_eq!(count.load(Ordering::Relaxed), PRODUCERS as u64 * n);
        assert_eq!(
            sum.load(Ordering::Relaxed),
            PRODUCERS as u64 * n * (n - 1) / 2
        );
        let q = q.as_queue().unwrap();
        assert_eq!(q.qsize(), 0);
        assert_eq!(q.unfinished_tasks(), 0);
    }
}

#[test]
fn shared_list_and_dict_atomic_ops() {
    const OPS: i64 = 100_000;
    let reg = Registry::new();
    let list = reg.new_list(vec![]);
    let dict = reg.new_dict();
    let (l, d) = (list.clone(), dict.clone());
    run_threads(THREADS, move |i, _| {
        let l = l.as_list().unwrap();
        let d = d.as_dict().unwrap();
        let key = Shareable::int((i % 4) as i64);
        for n in 0..OPS {
            l.append(Shareable::int(n));
            if n % 10 == 0 {
                // d[k] += 1, made atomic with `with`.
                d.with(|m| {
                    let v = match m.get(&key).unwrap() {
                        Some(Shareable::Int(v)) => v.as_i64().unwrap(),
                        _ => 0,
                    };
                    m.insert(key.clone(), Shareable::int(v + 1)).unwrap();
                });
            }
        }
    });
    assert_eq!(list.as_list().unwrap().len(), THREADS * OPS as usize);
    let d = dict.as_dict().unwrap();
    assert_eq!(d.len(), 4);
    let total: i64 = d
        .values()
        .iter()
        .map(|v| match v {
            Shareable::Int(n) => n.as_i64().unwrap(),
            _ => 0,
        })
        .sum();
    assert_eq!(total, THREADS as i64 * OPS / 10);
}

#[test]
fn registry_churn_and_lookups() {
    const OPS: usize = 20_000;
    let reg = Registry::new();
    let shared = reg.new_event();
    let raw = shared.raw();
    let (r, s) = (reg.clone(), shared.clone());
    run_threads(THREADS, move |i, _| {
        let mut mine = Vec::new();
        for n in 0..OPS {
            let h = match n % 3 {
                0 => r.new_lock(),
                1 => r.new_dict(),
                _ => r.new_queue(QueueKind::Fifo, 0),
            };
            let raw_h = h.raw();
            assert!(r.get(raw_h).unwrap() == h);
            if (n + i) % 2 == 0 {
                mine.push(h);
            } else {
                drop(h);
                assert!(r.get(raw_h).is_err(), "freed objects are stale at once");
            }
            // Shared lookups by raw handle and by handle.
            assert!(r.get(raw).unwrap() == s);
            assert!(!s.as_event().unwrap().is_set());
            if mine.len() > 100 {
                mine.clear();
            }
        }
    });
    drop(shared);
    assert_eq!(reg.len(), 0, "{:?}", reg.stats());
    assert_eq!(reg.live(ObjectKind::Lock), 0);
}

#[test]
fn barrier_rounds() {
    const ROUNDS: usize = 300;
    const PARTIES: usize = 8;
    let reg = Registry::new();
    let b = reg.new_barrier(PARTIES as i64, None).unwrap();
    let actions = Arc::new(AtomicUsize::new(0));
    let index_sum = Arc::new(AtomicUsize::new(0));
    let (b2, a2, s2) = (b.clone(), actions.clone(), index_sum.clone());
    run_threads(PARTIES, move |_, w| {
        let b = b2.as_barrier().unwrap();
        for _ in 0..ROUNDS {
            let i = b
                .wait_with_action(w, None, || {
                    a2.fetch_add(1, Ordering::Relaxed);
                    true
                })
                .unwrap();
            s2.fetch_add(i, Ordering::Relaxed);
        }
    });
    assert_eq!(actions.load(Ordering::Relaxed), ROUNDS);
    assert_eq!(
        index_sum.load(Ordering::Relaxed),
        ROUNDS * PARTIES * (PARTIES - 1) / 2
    );
}

#[test]
fn condition_producer_consumer() {
    const ITEMS: i64 = 5_000;
    let reg = Registry::new();
    let cond = reg.new_condition(None).unwrap();
    let list = reg.new_list(vec![]);
    let got = Arc::new(AtomicU64::new(0));
    let (c2, l2, g2) = (cond.clone(), list.clone(), got.clone());
    run_threads(8, move |i, w| {
        let c = c2.as_condition().unwrap();
        let l = l2.as_list().unwrap();
        if i < 4 {
            for n in 0..ITEMS {
                c.acquire(w, Block::Forever).unwrap();
                l.append(Shareable::int(n));
                c.notify(1).unwrap();
                c.release().unwrap();
            }
        } else {
            for _ in 0..ITEMS {
                c.acquire(w, Block::Forever).unwrap();
                c.wait_for::<weft_shareable::Error>(w, Block::Forever, || Ok(!l.is_empty()))
                    .unwrap();
                let Shareable::Int(n) = l.pop(Some(0)).unwrap() else {
                    panic!()
                };
                g2.fetch_add(n.as_i64().unwrap() as u64, Ordering::Relaxed);
                c.release().unwrap();
            }
        }
    });
    assert_eq!(
        got.load(Ordering::Relaxed),
        4 * (ITEMS as u64) * (ITEMS as u64 - 1) / 2
    );
    assert!(list.as_list().unwrap().is_empty());
}

#[test]
fn waiting_while_interrupted_constantly() {
    // Consumers block on a queue while a storm of inbox messages interrupts them; every
    // message is serviced, every item received, nothing hangs.
    const ITEMS: i64 = 20_000;
    const CONSUMERS: usize = 4;
    let reg = Registry::new();
    let q = reg.new_queue(QueueKind::Fifo, 8);
    let total_msgs = Arc::new(AtomicUsize::new(0));
    let total_items = Arc::new(AtomicU64::new(0));
    let (senders_tx, senders_rx) = std::sync::mpsc::channel();
    let consumers: Vec<_> = (0..CONSUMERS)
        .map(|_| {
            let (q, tm, ti, stx) = (
                q.clone(),
                total_msgs.clone(),
                total_items.clone(),
                senders_tx.clone(),
            );
            thread::spawn(move || {
                let p = Parker::new();
                let (tx, rx) = inbox::<u32>(&p);
                stx.send(tx).unwrap();
                let mut handled = 0usize;
                let mut service = || {
                    handled += rx.drain(|_| {});
                    ControlFlow::Continue(())
                };
                let mut w = Waiter::with_service(&p, &mut service);
                let q = q.as_queue().unwrap();
                loop {
                    let Shareable::Int(n) = q.get(&mut w, Block::Forever).unwrap() else {
                        panic!()
                    };
                    let n = n.as_i64().unwrap();
                    if n < 0 {
                        break;
                    }
                    ti.fetch_add(n as u64, Ordering::Relaxed);
                }
                handled += rx.drain(|_| {});
                tm.fetch_add(handled, Ordering::Relaxed);
            })
        })
        .collect();
    drop(senders_tx);
    let senders: Vec<_> = senders_rx.iter().take(CONSUMERS).collect();
    let sent = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (sent2, stop2) = (sent.clone(), stop.clone());
    let storm = thread::spawn(move || {
        while !stop2.load(Ordering::Relaxed) {
            for s in &senders {
                // A consumer that already finished has dropped its inbox.
                if s.send(1).is_ok() {
                    sent2.fetch_add(1, Ordering::Relaxed);
                }
            }
            thread::yield_now();
        }
        senders
    });
    let p = Parker::new();
    let mut w = Waiter::new(&p);
    let qq = q.as_queue().unwrap();
    for n in 0..ITEMS {
        qq.put(&mut w, Shareable::int(n), Block::Forever).unwrap();
    }
    for _ in 0..CONSUMERS {
        qq.put(&mut w, Shareable::int(-1), Block::Forever).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let senders = storm.join().unwrap();
    // Consumers may have exited before the last messages: those stay queued.
    for c in consumers {
        c.join().unwrap();
    }
    drop(senders);
    assert_eq!(
        total_items.load(Ordering::Relaxed),
        (ITEMS as u64) * (ITEMS as u64 - 1) / 2
    );
    assert!(total_msgs.load(Ordering::Relaxed) <= sent.load(Ordering::Relaxed));
    assert!(total_msgs.load(Ordering::Relaxed) > 0);
}

#[test]
fn raw_lookups_race_with_the_last_drop() {
    // Threads upgrade a raw handle while its last owner drops it: each lookup yields the
    // object or StaleHandle, and the object is freed exactly when the last handle goes.
    let reg = Registry::new();
    for _ in 0..200 {
        let h = reg.new_list(vec![]);
        let raw = h.raw();
        let ts: Vec<_> = (0..2)
            .map(|_| {
                let reg = reg.clone();
                thread::spawn(move || {
                    let mut ok = 0;
                    for _ in 0..200 {
                        match reg.get(raw) {
                            Ok(h) => {
                                h.as_list().unwrap().append(Shareable::None);
                                ok += 1;
                            }
                            Err(e) => assert_eq!(e, weft_shareable::Error::StaleHandle),
                        }
                    }
                    ok
                })
            })
            .collect();
        drop(h);
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(reg.live(ObjectKind::SharedList), 0);
        assert!(reg.get(raw).is_err());
    }
}
