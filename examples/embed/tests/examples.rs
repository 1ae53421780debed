//! Runs the examples (their library functions and their binaries).

use std::process::Command;

#[global_allocator]
static ALLOC: weft_vm::embed::alloc::CountingAllocator =
    weft_vm::embed::alloc::CountingAllocator::new();

#[test]
fn pool_scoring_serves_every_request_correctly() {
    let r = weft_examples::scoring::run(4, 300, 200).unwrap();
    assert!(r.problems.is_empty(), "{:#?}", r.problems);
    assert_eq!(r.failed_as_expected, 4);
    assert_eq!(r.correct + r.failed_as_expected, 200);
}

#[test]
fn untrusted_scripts_hit_their_limits() {
    let outcomes = weft_examples::untrusted::run();
    assert_eq!(outcomes.len(), weft_examples::untrusted::CASES.len());
    for o in &outcomes {
        assert!(o.as_expected, "{}: {:?}", o.title, o.error);
    }
    assert_eq!(outcomes[0].output, "total is 332833500\n");
    assert!(outcomes[2].output.contains("caught it, carrying on"));
    assert_eq!(
        outcomes.last().unwrap().output,
        "still here: 0, 1, 2, 3, 4\n"
    );
}

fn run_bin(path: &str, args: &[&str]) -> String {
    let out = Command::new(path).args(args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} failed:\n{}\n{}",
        path,
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn binaries_run() {
    let s = run_bin(env!("CARGO_BIN_EXE_pool_scoring"), &[]);
    assert!(s.contains("faulty requests rejected"), "{}", s);
    let s = run_bin(env!("CARGO_BIN_EXE_untrusted"), &[]);
    assert!(s.contains("the host is healthy"), "{}", s);
    let s = run_bin(env!("CARGO_BIN_EXE_embed_bench"), &["2", "20000"]);
    assert!(s.contains("jobs/s"), "{}", s);
}
