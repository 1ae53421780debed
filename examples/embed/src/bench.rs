//! The numbers quoted for the embedding API: interpreter creation time, memory per idle
//! interpreter, call and pool throughput, and the cost of the instruction budget.
//!
//! `cargo run --release -p weft-examples --bin embed_bench [WORKERS [JOBS]]`

use std::time::Instant;

use weft_pool::pool::JobHandle;
use weft_pool::Pool;
use weft_vm::embed::alloc;
use weft_vm::embed::{with_interpreter_stack, Limits};
use weft_vm::{Config, Interpreter};

/// The measurements.
#[derive(Debug, Clone)]
pub struct Numbers {
    /// Mean time to create a plain `Interpreter` (µs).
    pub create_us: f64,
    /// Mean time to create a pool-worker interpreter (registered, thread modules
    /// installed) (µs).
    pub create_worker_us: f64,
    /// Mean time to drop an interpreter (µs).
    pub drop_us: f64,
    /// Heap bytes held by one idle, fresh interpreter (counted by the counting allocator).
    pub idle_bytes: f64,
    /// Resident memory per idle, fresh interpreter (from `/proc/self/statm`; Linux only,
    /// includes the allocator's overhead; noisy).
    pub idle_rss_bytes: Option<f64>,
    /// Heap bytes held by one idle pool-worker interpreter after importing `threading`.
    pub idle_threading_bytes: f64,
    /// `Interpreter::call` of a trivial function, calls per second (one thread).
    pub calls_per_s: f64,
    /// Pool: trivial jobs per second (submit all, then wait all).
    pub pool_jobs_per_s: f64,
    /// Pool: one job at a time, submit to result (µs).
    pub pool_round_trip_us: f64,
    /// Workers in the pool measurements.
    pub workers: usize,
    /// Jobs in the throughput measurement.
    pub jobs: usize,
    /// A Python loop, ns per iteration, without limits.
    pub loop_ns: f64,
    /// The same loop with an instruction budget set.
    pub loop_budget_ns: f64,
    /// The same loop with instruction and memory budgets set.
    pub loop_budget_mem_ns: f64,
}

/// Resident set size of the process in bytes (Linux).
fn rss_bytes() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: f64 = s.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096.0)
}

fn mean_us(start: Instant, n: usize) -> f64 {
    start.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn loop_ns(limits: &Limits, n: u64) -> f64 {
    let mut i = Interpreter::with_limits(Config::default(), limits);
    i.exec("def spin(n):\n    for _ in range(n):\n        pass\n")
        .unwrap();
    i.call::<()>("spin", (1000,)).unwrap();
    let mut best = f64::MAX;
    for _ in 0..3 {
        i.rearm_limits();
        let t = Instant::now();
        i.call::<()>("spin", (n,)).unwrap();
        best = best.min(t.elapsed().as_secs_f64() * 1e9 / n as f64);
    }
    best
}

/// Measures everything; `jobs` trivial jobs on `workers` interpreters for the pool.
pub fn measure(workers: usize, jobs: usize) -> Numbers {
    let single = with_interpreter_stack(|| {
        const N: usize = 200;
        // Warm up (process-wide caches, e.g. compiled frozen modules).
        for _ in 0..5 {
            drop(Interpreter::new(Config::default()));
        }
        let t = Instant::now();
        let v: Vec<Interpreter> = (0..N)
            .map(|_| Interpreter::new(Config::default()))
            .collect();
        let create_us = mean_us(t, N);
        let t = Instant::now();
        drop(v);
        let drop_us = mean_us(t, N);

        let t = Instant::now();
        let v: Vec<Interpreter> = (0..N)
            .map(|_| {
                weft_pool::runtime::new_interpreter(
                    weft_pool::runtime::next_id(),
                    Config::default(),
                )
            })
            .collect();
        let create_worker_us = mean_us(t, N);
        drop(v);

        const M: usize = 50;
        let before = alloc::thread_live_bytes();
        let rss_before = rss_bytes();
        let v: Vec<Interpreter> = (0..M)
            .map(|_| Interpreter::new(Config::default()))
            .collect();
        let idle_bytes = (alloc::thread_live_bytes() - before) as f64 / M as f64;
        let idle_rss_bytes = rss_before.zip(rss_bytes()).map(|(a, b)| (b - a) / M as f64);
        drop(v);
        let before = alloc::thread_live_bytes();
        let v: Vec<Interpreter> = (0..M)
            .map(|_| {
                let mut i = weft_pool::runtime::new_interpreter(
                    weft_pool::runtime::next_id(),
                    Config::default(),
                );
                i.exec("import threading").unwrap();
                i
            })
            .collect();
        let idle_threading_bytes = (alloc::thread_live_bytes() - before) as f64 / M as f64;
        drop(v);

        let mut i = Interpreter::new(Config::default());
        i.exec("def inc(x):\n    return x + 1\n").unwrap();
        const C: i64 = 200_000;
        let t = Instant::now();
        for k in 0..C {
            let r: i64 = i.call("inc", (k,)).unwrap();
            assert_eq!(r, k + 1);
        }
        let calls_per_s = C as f64 / t.elapsed().as_secs_f64();

        let n = 3_000_000;
        let loop_plain = loop_ns(&Limits::unlimited(), n);
        let loop_budget = loop_ns(&Limits::unlimited().instructions(u64::MAX / 2), n);
        let loop_budget_mem = loop_ns(
            &Limits::unlimited()
                .instructions(u64::MAX / 2)
                .memory(1 << 40),
            n,
        );
        (
            create_us,
            create_worker_us,
            drop_us,
            idle_bytes,
            idle_rss_bytes,
            idle_threading_bytes,
            calls_per_s,
            loop_plain,
            loop_budget,
            loop_budget_mem,
        )
    });

    let pool = Pool::new(workers, "def inc(x):\n    return x + 1\n").unwrap();
    // Warm up.
    for h in (0..1000i64)
        .map(|k| pool.submit::<i64>("inc", (k,)))
        .collect::<Vec<_>>()
    {
        h.wait().unwrap();
    }
    let t = Instant::now();
    let handles: Vec<JobHandle<i64>> = (0..jobs as i64).map(|k| pool.submit("inc", (k,))).collect();
    for (k, h) in handles.into_iter().enumerate() {
        assert_eq!(h.wait().unwrap(), k as i64 + 1);
    }
    let pool_jobs_per_s = jobs as f64 / t.elapsed().as_secs_f64();
    const R: usize = 2000;
    let t = Instant::now();
    for k in 0..R as i64 {
        assert_eq!(pool.call::<i64>("inc", (k,)).unwrap(), k + 1);
    }
    let pool_round_trip_us = mean_us(t, R);
    drop(pool);

    Numbers {
        create_us: single.0,
        create_worker_us: single.1,
        drop_us: single.2,
        idle_bytes: single.3,
        idle_rss_bytes: single.4,
        idle_threading_bytes: single.5,
        calls_per_s: single.6,
        pool_jobs_per_s,
        pool_round_trip_us,
        workers,
        jobs,
        loop_ns: single.7,
        loop_budget_ns: single.8,
        loop_budget_mem_ns: single.9,
    }
}
