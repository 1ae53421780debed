//! Serves scoring requests through a pool of interpreters and checks every result.
//!
//! `pool_scoring [WORKERS [ROWS [REQUESTS]]]` (defaults: 4 workers, 500 rows, 400
//! requests).

#[global_allocator]
static ALLOC: weft_vm::embed::alloc::CountingAllocator =
    weft_vm::embed::alloc::CountingAllocator::new();

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("numbers: WORKERS ROWS REQUESTS"))
        .collect();
    let workers = args.first().copied().unwrap_or(4);
    let rows = args.get(1).copied().unwrap_or(500);
    let n = args.get(2).copied().unwrap_or(400);
    let report = match weft_examples::scoring::run(workers, rows, n) {
        Ok(r) => r,
        Err(e) => {
            eprint!("the pool did not start:\n{}", e.traceback);
            std::process::exit(1);
        }
    };
    println!(
        "{} requests over {} rows on {} interpreters in {:.3}s ({:.0} requests/s, {:.0} scored rows/s)",
        report.requests,
        rows,
        workers,
        report.elapsed.as_secs_f64(),
        report.requests as f64 / report.elapsed.as_secs_f64(),
        (report.correct * rows) as f64 / report.elapsed.as_secs_f64()
    );
    println!(
        "{} results correct, {} faulty requests rejected with the expected error",
        report.correct, report.failed_as_expected
    );
    if !report.problems.is_empty() {
        for p in &report.problems {
            eprintln!("problem: {}", p);
        }
        std::process::exit(1);
    }
}
