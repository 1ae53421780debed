//! Runs misbehaving scripts under limits and shows that the host survives each.

#[global_allocator]
static ALLOC: weft_vm::embed::alloc::CountingAllocator =
    weft_vm::embed::alloc::CountingAllocator::new();

fn main() {
    let mut bad = 0;
    for o in weft_examples::untrusted::run() {
        let mark = if o.as_expected { "ok  " } else { "FAIL" };
        match &o.error {
            None => println!("[{}] {}: finished", mark, o.title),
            Some(e) => println!("[{}] {}: {}", mark, o.title, e),
        }
        for line in o.output.lines().take(3) {
            println!("         | {}", line);
        }
        if !o.as_expected {
            bad += 1;
            if let Some(e) = &o.error {
                eprint!("{}", e.traceback);
            }
        }
    }
    if bad > 0 {
        eprintln!("{} case(s) did not end as expected", bad);
        std::process::exit(1);
    }
    println!("the host is healthy");
}
