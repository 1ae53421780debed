//! Prints the embedding numbers: `embed_bench [WORKERS [JOBS]]` (defaults 4, 200000).

#[global_allocator]
static ALLOC: weft_vm::embed::alloc::CountingAllocator =
    weft_vm::embed::alloc::CountingAllocator::new();

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("numbers: WORKERS JOBS"))
        .collect();
    let workers = args.first().copied().unwrap_or(4);
    let jobs = args.get(1).copied().unwrap_or(200_000);
    let n = weft_examples::bench::measure(workers, jobs);
    println!(
        "interpreter creation:        {:8.1} us (Interpreter::new)",
        n.create_us
    );
    println!(
        "pool-worker interpreter:     {:8.1} us (runtime::new_interpreter)",
        n.create_worker_us
    );
    println!("interpreter drop:            {:8.1} us", n.drop_us);
    println!(
        "memory per idle interpreter: {:8.1} KiB ({:.1} KiB after `import threading`)",
        n.idle_bytes / 1024.0,
        n.idle_threading_bytes / 1024.0
    );
    if let Some(rss) = n.idle_rss_bytes {
        println!(
            "resident memory per idle:    {:8.1} KiB (RSS delta)",
            rss / 1024.0
        );
    }
    println!("Interpreter::call (trivial): {:8.0} calls/s", n.calls_per_s);
    println!(
        "pool throughput:             {:8.0} jobs/s ({} trivial jobs, {} workers)",
        n.pool_jobs_per_s, n.jobs, n.workers
    );
    println!(
        "pool round trip:             {:8.1} us (one job at a time)",
        n.pool_round_trip_us
    );
    println!(
        "loop iteration:              {:8.2} ns plain, {:.2} ns with instruction budget, {:.2} ns with instruction+memory budgets",
        n.loop_ns, n.loop_budget_ns, n.loop_budget_mem_ns
    );
}
