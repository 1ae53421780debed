//! Benchmarks (a plain `std::time` binary: `cargo bench -p weft-shareable`).
//!
//! * uncontended `Lock` / `RLock` acquire + release;
//! * queue put/get throughput between two threads;
//! * registry lookups (`Handle::object`, and `Registry::get` of a raw handle) from 1 and 2
//!   threads, same object and different objects.

use std::hint::black_box;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use weft_shareable::{Block, Parker, QueueKind, Registry, Shareable, Waiter};

/// Iteration scale: 1 under `cargo bench` (which passes `--bench`), tiny otherwise, so that
/// `cargo test --all-targets` only smoke-tests this binary.
fn scale() -> u64 {
    use std::sync::OnceLock;
    static SCALE: OnceLock<u64> = OnceLock::new();
    *SCALE.get_or_init(|| {
        if std::env::args().any(|a| a == "--bench") {
            1
        } else {
            1000
        }
    })
}

/// Best of `rounds` runs of `f(iters)`, in ns per iteration.
fn best_ns(rounds: usize, iters: u64, mut f: impl FnMut(u64)) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let t0 = Instant::now();
        f(iters);
        let ns = t0.elapsed().as_nanos() as f64 / iters as f64;
        best = best.min(ns);
    }
    best
}

fn lock_benches() {
    let reg = Registry::new();
    let h = reg.new_lock();
    let lock = h.as_lock().unwrap();
    let p = Parker::new();
    let mut w = Waiter::new(&p);
    let ns = best_ns(5, 10_000_000 / scale(), |n| {
        for _ in 0..n {
            black_box(lock.acquire(&mut w, Block::Forever).unwrap());
            lock.release().unwrap();
        }
    });
    println!("lock: uncontended acquire+release       {ns:7.2} ns/pair (target <= 30)");
    let ns = best_ns(5, 10_000_000 / scale(), |n| {
        for _ in 0..n {
            let l = black_box(&h).as_lock().unwrap();
            black_box(l.acquire(&mut w, Block::Forever).unwrap());
            l.release().unwrap();
        }
    });
    println!("lock: same, through the handle          {ns:7.2} ns/pair");
    let rh = reg.new_rlock();
    let rlock = rh.as_rlock().unwrap();
    let ns = best_ns(5, 10_000_000 / scale(), |n| {
        for _ in 0..n {
            black_box(rlock.acquire(&mut w, Block::Forever).unwrap());
            rlock.release().unwrap();
        }
    });
    println!("rlock: uncontended acquire+release      {ns:7.2} ns/pair");

    // Two threads hammering one lock (contended, includes parking).
    let iters = 1_000_000 / scale();
    let start = Arc::new(Barrier::new(2));
    let t0 = Instant::now();
    let ts: Vec<_> = (0..2)
        .map(|_| {
            let (h, start) = (h.clone(), start.clone());
            thread::spawn(move || {
                let p = Parker::new();
                let mut w = Waiter::new(&p);
                let l = h.as_lock().unwrap();
                start.wait();
                for _ in 0..iters {
                    l.acquire(&mut w, Block::Forever).unwrap();
                    l.release().unwrap();
                }
            })
        })
        .collect();
    for t in ts {
        t.join().unwrap();
    }
    let ns = t0.elapsed().as_nanos() as f64 / (2 * iters) as f64;
    println!("lock: 2 threads contended               {ns:7.2} ns/pair");
}

fn queue_throughput(kind: QueueKind, maxsize: i64, items: u64) -> f64 {
    let reg = Registry::new();
    let q = reg.new_queue(kind, maxsize);
    let q2 = q.clone();
    let start = Arc::new(Barrier::new(2));
    let s2 = start.clone();
    let producer = thread::spawn(move || {
        let p = Parker::new();
        let mut w = Waiter::new(&p);
        let q = q2.as_queue().unwrap();
        s2.wait();
        for n in 0..items {
            q.put(&mut w, Shareable::int(n as i64), Block::Forever)
                .unwrap();
        }
    });
    let p = Parker::new();
    let mut w = Waiter::new(&p);
    let queue = q.as_queue().unwrap();
    start.wait();
    let t0 = Instant::now();
    for _ in 0..items {
        black_box(queue.get(&mut w, Block::Forever).unwrap());
    }
    let el = t0.elapsed();
    producer.join().unwrap();
    items as f64 / el.as_secs_f64() / 1e6
}

fn queue_benches() {
    let items = 2_000_000 / scale();
    for (name, kind, maxsize) in [
        ("Queue (unbounded)", QueueKind::Fifo, 0),
        ("Queue(maxsize=1024)", QueueKind::Fifo, 1024),
        ("SimpleQueue", QueueKind::Simple, 0),
        ("LifoQueue", QueueKind::Lifo, 0),
        ("PriorityQueue", QueueKind::Priority, 0),
    ] {
        let best = (0..3)
            .map(|_| queue_throughput(kind, maxsize, items))
            .fold(0.0, f64::max);
        println!("queue: {name:<22} 2 threads {best:7.2} M items/s (target >= 5)");
    }
}

/// Runs `f` on `threads` threads for `dur`; returns total M lookups/s.
fn lookups(threads: usize, dur: Duration, f: impl Fn(usize) -> u64 + Send + Sync + 'static) -> f64 {
    let f = Arc::new(f);
    let start = Arc::new(Barrier::new(threads));
    let ts: Vec<_> = (0..threads)
        .map(|i| {
            let (f, start) = (f.clone(), start.clone());
            thread::spawn(move || {
                start.wait();
                let t0 = Instant::now();
                let mut n = 0u64;
                while t0.elapsed() < dur {
                    n += f(i);
                }
                n as f64 / t0.elapsed().as_secs_f64()
            })
        })
        .collect();
    ts.into_iter().map(|t| t.join().unwrap()).sum::<f64>() / 1e6
}

fn registry_benches() {
    let reg = Registry::new();
    let objs: Vec<_> = (0..2).map(|_| reg.new_event()).collect();
    let dur = Duration::from_millis(400) / scale() as u32;
    const BATCH: u64 = 1000;
    for threads in [1, 2] {
        for same in [true, false] {
            let objs2 = objs.clone();
            let by_handle = lookups(threads, dur, move |i| {
                let h = &objs2[if same { 0 } else { i }];
                for _ in 0..BATCH {
                    black_box(black_box(h).as_event().unwrap().is_set());
                }
                BATCH
            });
            let raws: Vec<_> = objs.iter().map(|h| h.raw()).collect();
            let reg2 = reg.clone();
            let by_raw = lookups(threads, dur, move |i| {
                let raw = raws[if same { 0 } else { i }];
                for _ in 0..BATCH {
                    black_box(reg2.get(black_box(raw)).unwrap());
                }
                BATCH
            });
            println!(
                "registry: {threads} thread(s), {:<9} Handle::object {by_handle:8.1} M/s   Registry::get(raw) {by_raw:7.1} M/s",
                if same { "same obj" } else { "own obj" }
            );
        }
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    if scale() > 1 {
        println!("(smoke run: use `cargo bench -p weft-shareable` for real numbers)");
    }
    println!(
        "weft-shareable benchmarks ({} CPUs)",
        thread::available_parallelism().map_or(1, |n| n.get())
    );
    lock_benches();
    queue_benches();
    registry_benches();
}
