//! `Pool`: jobs, errors, limits, load.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Instant;

use weft_pool::pool::JobHandle;
use weft_pool::Pool;
use weft_vm::embed::alloc::CountingAllocator;
use weft_vm::embed::{Capability, Data, ErrorKind, LimitKind, Limits, NativeModule};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator::new();

const SCRIPT: &str = r#"
import threading
calls = 0

def add(a, b):
    return a + b

def inc(x):
    global calls
    calls += 1
    return x + 1

def count():
    return calls

def whoami():
    return threading.get_ident(), calls

def describe(xs, weights, label=None):
    return {"n": len(xs), "total": sum(x * weights.get(str(i), 1.0) for i, x in enumerate(xs)), "label": label}

def fail(msg):
    raise ValueError(msg)

def spin():
    while True:
        pass

def hog():
    data = []
    while True:
        data.append("x" * 100000)

def deep(n):
    return deep(n + 1)

def read(path):
    with open(path) as f:
        return f.read()

def threaded(n):
    out = []
    lock = threading.Lock()
    def work(i):
        with lock:
            out.append(i * i)
    ts = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(out)

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
        return self.n

counter = Counter()
"#;

fn pool(workers: usize) -> Pool {
    Pool::builder()
        .workers(workers)
        .script(SCRIPT)
        .build()
        .unwrap()
}

#[test]
fn submit_wait_map_call() {
    let p = pool(2);
    assert_eq!(p.workers(), 2);
    assert_eq!(p.call::<i64>("add", (2, 3)).unwrap(), 5);
    assert_eq!(p.call::<String>("add", ("a", "b")).unwrap(), "ab");
    assert_eq!(
        p.call::<Vec<i64>>("add", (vec![1], vec![2, 3])).unwrap(),
        vec![1, 2, 3]
    );
    let mut w = HashMap::new();
    w.insert("1".to_string(), 10.0);
    let r: HashMap<String, Data> = p
        .call("describe", (vec![1.0, 2.0, 3.0], w, Some("x")))
        .unwrap();
    assert_eq!(r["n"], Data::Int(3));
    assert_eq!(r["total"], Data::Float(24.0));
    assert_eq!(r["label"], Data::Str("x".into()));
    let results = p.map::<i64, _>("inc", (0..100).map(|i| (i,)));
    for (i, r) in results.into_iter().enumerate() {
        assert_eq!(r.unwrap(), i as i64 + 1);
    }
    // Dotted entries reach attributes.
    assert!(p.call::<i64>("counter.bump", (1,)).unwrap() >= 1);
    // Args as a Vec of Data.
    assert_eq!(
        p.call::<i64>("add", vec![Data::Int(1), Data::Int(2)])
            .unwrap(),
        3
    );
    let e = p.call::<i64>("nope", ()).unwrap_err();
    assert_eq!(e.type_name, "NameError");
    let e = p.call::<i64>("add", ("a",)).unwrap_err();
    assert_eq!(e.type_name, "TypeError");
    let e = p.call::<i64>("add", ("a", "b")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Conversion);
}

/// A minimal executor, to check that `JobHandle` is a working `Future`.
fn block_on<F: Future>(f: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut f = std::pin::pin!(f);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

#[test]
fn handles_are_futures() {
    let p = pool(2);
    let jobs: Vec<JobHandle<i64>> = (0..50).map(|i| p.submit("add", (i, i))).collect();
    let total = block_on(async {
        let mut t = 0;
        for j in jobs {
            t += j.await.unwrap();
        }
        t
    });
    assert_eq!(total, (0..50).map(|i| 2 * i).sum::<i64>());
}

#[test]
fn errors_are_typed_and_workers_survive() {
    let p = Pool::builder()
        .workers(2)
        .script_named(SCRIPT, "jobs.py")
        .build()
        .unwrap();
    let line = SCRIPT
        .lines()
        .position(|l| l.contains("raise ValueError(msg)"))
        .unwrap()
        + 1;
    for round in 0..20 {
        let e = p
            .call::<()>("fail", (format!("bad {}", round),))
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Exception);
        assert_eq!(e.type_name, "ValueError");
        assert_eq!(e.message, format!("bad {}", round));
        let frame = format!("File \"jobs.py\", line {}, in fail", line);
        assert!(e.traceback.contains(&frame), "{}", e.traceback);
        assert!(e.traceback.contains("raise ValueError(msg)"));
        assert_eq!(p.call::<i64>("add", (round, 1)).unwrap(), round + 1);
    }
}

#[test]
fn script_errors_fail_the_build() {
    let e = Pool::new(3, "x = 1\nraise RuntimeError('no')\n")
        .err()
        .unwrap();
    assert_eq!(e.type_name, "RuntimeError");
    assert!(e.traceback.contains("line 2"));
    let e = Pool::new(2, "def (:").err().unwrap();
    assert_eq!(e.type_name, "SyntaxError");
}

#[test]
fn many_trivial_jobs_on_four_interpreters() {
    const N: i64 = 100_000;
    let p = pool(4);
    let start = Instant::now();
    let handles: Vec<JobHandle<i64>> = (0..N).map(|i| p.submit("inc", (i,))).collect();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.wait().unwrap(), i as i64 + 1);
    }
    let dt = start.elapsed();
    // Every call ran exactly once: the workers' counts add up to N.
    let mut seen: HashMap<i64, i64> = HashMap::new();
    for _ in 0..1000 {
        let hs: Vec<JobHandle<(i64, i64)>> = (0..64).map(|_| p.submit("whoami", ())).collect();
        for h in hs {
            let (who, calls) = h.wait().unwrap();
            seen.insert(who, calls);
        }
        if seen.len() == 4 {
            break;
        }
    }
    assert_eq!(seen.len(), 4, "not every worker answered");
    assert_eq!(seen.values().sum::<i64>(), N);
    println!(
        "pool: {} trivial jobs on 4 interpreters in {:.3}s = {:.0} jobs/s",
        N,
        dt.as_secs_f64(),
        N as f64 / dt.as_secs_f64()
    );
}

#[test]
fn limits_per_job() {
    let path = std::env::temp_dir().join(format!("weft-pool-cap-{}.txt", std::process::id()));
    std::fs::write(&path, "secret").unwrap();
    let limits = Limits::sandbox()
        .instructions(1_000_000)
        .memory(32 << 20)
        .recursion(100);
    let p = Pool::builder()
        .workers(2)
        .script(SCRIPT)
        .limits(limits)
        .build()
        .unwrap();
    for _ in 0..3 {
        let e = p.call::<()>("spin", ()).unwrap_err();
        assert_eq!(e.limit(), Some(LimitKind::Instructions));
        assert_eq!(e.type_name, "LimitExceeded");
        let e = p.call::<()>("hog", ()).unwrap_err();
        assert_eq!(e.limit(), Some(LimitKind::Memory));
        assert_eq!(e.type_name, "MemoryError");
        let e = p.call::<()>("deep", (0,)).unwrap_err();
        assert_eq!(e.type_name, "RecursionError");
        assert_eq!(e.limit(), Some(LimitKind::Recursion));
        let e = p
            .call::<String>("read", (path.to_string_lossy().to_string(),))
            .unwrap_err();
        assert_eq!(e.denied(), Some(Capability::Files));
        // The workers keep serving, each job with a full budget.
        let r = p.map::<i64, _>("inc", (0..100).map(|i| (i,)));
        assert!(r.into_iter().all(|r| r.is_ok()));
    }
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn fresh_interpreter_after_a_limit() {
    let p = Pool::builder()
        .workers(1)
        .script(SCRIPT)
        .limits(Limits::unlimited().instructions(100_000))
        .build()
        .unwrap();
    p.call::<i64>("inc", (1,)).unwrap();
    p.call::<i64>("inc", (1,)).unwrap();
    assert_eq!(p.call::<i64>("count", ()).unwrap(), 2);
    p.call::<()>("spin", ()).unwrap_err();
    // The worker's interpreter was replaced: the script's state starts over.
    assert_eq!(p.call::<i64>("count", ()).unwrap(), 0);

    let p = Pool::builder()
        .workers(1)
        .script(SCRIPT)
        .limits(Limits::unlimited().instructions(100_000))
        .fresh_after_limit(false)
        .build()
        .unwrap();
    p.call::<i64>("inc", (1,)).unwrap();
    p.call::<()>("spin", ()).unwrap_err();
    assert_eq!(p.call::<i64>("count", ()).unwrap(), 1);
}

#[test]
fn threads_in_jobs() {
    let p = pool(2);
    let r: Vec<i64> = p.call("threaded", (8,)).unwrap();
    assert_eq!(r, (0..8).map(|i| i * i).collect::<Vec<i64>>());
}

/// Needs the capability check in `_thread.start_new_thread`
/// (`vm.check_capability(Capability::Threads)?`).
#[test]
fn threads_can_be_denied() {
    let p = Pool::builder()
        .workers(1)
        .script(SCRIPT)
        .limits(Limits::sandbox())
        .build()
        .unwrap();
    let e = p.call::<Vec<i64>>("threaded", (2,)).unwrap_err();
    assert_eq!(e.denied(), Some(Capability::Threads));
    assert!(e.is_instance("RuntimeError"));
    assert_eq!(p.call::<i64>("add", (1, 1)).unwrap(), 2);
}

#[test]
fn setup_natives_and_output_capture() {
    let p = Pool::builder()
        .workers(3)
        .setup(|interp| {
            interp.add_module(
                NativeModule::new("host")
                    .function("weight", |name: String| name.len() as f64)
                    .value("VERSION", "1.2"),
            );
            interp.add_function("boom", || -> i64 { panic!("native bug") });
            Ok(())
        })
        .script("import host\ndef job(s):\n    print('job', s)\n    return host.weight(s) * 2\n")
        .capture_output(true)
        .build()
        .unwrap();
    let out = p.submit::<f64>("job", ("abcd",)).wait_output();
    assert_eq!(out.result.unwrap(), 8.0);
    assert_eq!(out.stdout, "job abcd\n");
    assert_eq!(p.call::<String>("host.VERSION.upper", ()).unwrap(), "1.2");
    // A panic in native code is contained; the worker gets a fresh interpreter.
    let e = p.call::<i64>("boom", ()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Panic);
    let r = p.map::<f64, _>("job", ["a", "bb", "ccc"].map(|s| (s,)));
    assert_eq!(
        r.into_iter().map(|r| r.unwrap()).collect::<Vec<_>>(),
        vec![2.0, 4.0, 6.0]
    );
}

#[test]
fn shutdown_finishes_queued_jobs() {
    let p = pool(2);
    let handles: Vec<JobHandle<i64>> = (0..1000).map(|i| p.submit("add", (i, 1))).collect();
    p.shutdown();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.wait().unwrap(), i as i64 + 1);
    }
}
