//! Stress tests of the threading door: many threads, heavy cross-thread traffic, a queue
//! moving a million items. Each runs a Python program under the `weft` binary and checks
//! its output exactly (nothing lost, nothing duplicated, no deadlock).

use std::process::Command;
use std::time::{Duration, Instant};

fn run(code: &str) -> String {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("-c")
        .arg(code)
        .output()
        .expect("run weft");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "weft failed: {}", stderr);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn hundreds_of_threads() {
    let out = run(r#"
import threading
lock = threading.Lock()
shared = []
counter = 0
def work(i):
    global counter
    for j in range(20):
        shared.append((i, j))
        with lock:
            counter += 1
threads = [threading.Thread(target=work, args=(i,)) for i in range(500)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared), len(set(shared)), counter, threading.active_count())
"#);
    assert_eq!(out, "10000 10000 10000 1\n");
}

#[test]
fn mutual_proxy_calls_do_not_deadlock() {
    // Two workers each own a list and append to the other's list while the other does the
    // same to theirs: each waits on the other while serving the other's requests.
    let out = run(r#"
import threading
boxes = {}
ready = threading.Barrier(2)
def worker(me, other):
    mine = []
    boxes[me] = mine
    ready.wait()
    theirs = boxes[other]
    for i in range(5000):
        theirs.append(i)
    ready.wait()
    boxes[me + "_len"] = len(mine)
    ready.wait()
a = threading.Thread(target=worker, args=("a", "b"))
b = threading.Thread(target=worker, args=("b", "a"))
a.start(); b.start(); a.join(); b.join()
print(boxes["a_len"], boxes["b_len"], sum(boxes["a"]) == sum(range(5000)))
"#);
    assert_eq!(out, "5000 5000 True\n");
}

#[test]
fn main_and_workers_call_each_other() {
    // Workers call methods of an object owned by main while main calls into a worker's
    // object: owners serve requests while they wait.
    let out = run(r#"
import threading
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
    def deposit(self, n):
        with self.lock:
            self.balance += n
acct = Account()
box = []
go = threading.Event()
def worker():
    mine = Account()
    box.append(mine)
    go.wait()
    for _ in range(2000):
        acct.deposit(1)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
while len(box) < 4: pass
go.set()
for i in range(500):
    for m in box:
        m.deposit(2)
for t in threads: t.join()
print(acct.balance, [m.balance for m in box])
"#);
    assert_eq!(out, "8000 [1000, 1000, 1000, 1000]\n");
}

#[test]
fn queue_moves_a_million_items() {
    let out = run(r#"
import threading, queue
q = queue.Queue(maxsize=1000)
N = 1_000_000
result = {}
def producer():
    for i in range(N):
        q.put(i)
    q.put(None)
def consumer():
    total = count = 0
    last = -1
    ordered = True
    while True:
        x = q.get()
        if x is None:
            break
        if x != last + 1:
            ordered = False
        last = x
        total += x
        count += 1
    result["v"] = (count, total, ordered)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(result["v"], N * (N - 1) // 2)
"#);
    assert_eq!(out, "(1000000, 499999500000, True) 499999500000\n");
}

#[test]
fn many_short_threads_reuse_interpreters() {
    let out = run(r#"
import threading
seen = set()
local = threading.local()
def job(i):
    assert not hasattr(local, "x"), "thread-local state leaked between threads"
    local.x = i
    seen.add(threading.get_ident())
for i in range(300):
    t = threading.Thread(target=job, args=(i,))
    t.start(); t.join()
print(len(seen))
"#);
    assert_eq!(out, "300\n");
}

#[test]
fn exception_in_one_thread_does_not_stop_others() {
    let out = run(r#"
import threading
results = []
def bad():
    raise ValueError("boom")
def good(i):
    results.append(i)
ts = [threading.Thread(target=bad) for _ in range(10)] + [threading.Thread(target=good, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
"#);
    assert_eq!(out, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n");
}
