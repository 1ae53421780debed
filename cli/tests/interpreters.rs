//! The explicit door (`concurrent.interpreters`, `InterpreterPoolExecutor`) and the
//! `-X strict-sharing` / `-X sharing-stats` switches. CPython 3.11 has neither, so these
//! are not differential tests: each program's expected output is written out here (and
//! follows CPython 3.14's documented behaviour where it has one).

use std::process::Command;

fn weft(args: &[&str], code: &str) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .arg("-c")
        .arg(code)
        .output()
        .expect("run weft");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn run(code: &str) -> String {
    let (out, err, status) = weft(&[], code);
    assert_eq!(status, 0, "weft failed: {}", err);
    out
}

#[test]
fn create_exec_call_prepare_main() {
    let out = run(r#"
from concurrent import interpreters
import interpreters as alias
print(alias.Interpreter is interpreters.Interpreter)
interp = interpreters.create()
print(repr(interp) == f"Interpreter({interp.id})", interp.is_running())
print(interp in interpreters.list_all(), interpreters.get_main() == interpreters.get_current())
interp.exec("x = 6 * 7\nprint('sub sees', x)")
interp.prepare_main({"data": [1, 2, 3]}, name="weft")
interp.exec("print(name, sum(data))")
def square(n):
    return n * n
factor = 10
print(interp.call(square, 7), interp.call(lambda v: v * factor, 4))
def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
print(interp.call(make_counter()), interp.call(make_counter()))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(interp.call(Point.norm1, p), interp.call(lambda q: (q.x, q.y), p))
back = interp.call(lambda: Point(1, 2))
print(type(back) is Point, back.norm1())
data = {"k": [1, {2, 3}]}
copy = interp.call(lambda d: d, data)
print(copy == data, copy is data)
interp.close()
print(interp in interpreters.list_all())
"#);
    assert_eq!(
        out,
        "True\nTrue False\nTrue True\nsub sees 42\nweft 6\n49 40\n1 1\n7 (3, -4)\nTrue 3\nTrue False\nFalse\n"
    );
}

#[test]
fn errors_of_the_explicit_door() {
    let out = run(r#"
from concurrent import interpreters
interp = interpreters.create()
try:
    interp.exec("def f():\n    raise KeyError('missing')\nf()")
except interpreters.ExecutionFailed as e:
    info = e.excinfo
    print(type(e).__name__, info.type.__name__, info.type.__module__, info.msg)
    print("Traceback (most recent call last):" in info.formatted, "KeyError: 'missing'" in str(e))
try:
    interp.call(int, "x")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__qualname__, e.excinfo.msg)
for bad in [(x for x in range(3)), iter([1])]:
    try:
        interp.call(print, bad)
    except interpreters.NotShareableError as e:
        print(type(e).__name__, isinstance(e, TypeError), "generator" in str(e) or "iterator" in str(e))
print(interpreters.is_shareable(1), interpreters.is_shareable("s"), interpreters.is_shareable((1, b"x")),
      interpreters.is_shareable([1]), interpreters.is_shareable({}), interpreters.is_shareable(object()))
try:
    interpreters.Interpreter(10**6).exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print(type(e).__name__, isinstance(e, interpreters.InterpreterError))
try:
    interpreters.get_current().close()
except interpreters.InterpreterError as e:
    print("close current:", e)
interp.close()
"#);
    assert_eq!(
        out,
        "ExecutionFailed KeyError builtins 'missing'\nTrue True\nValueError invalid literal for int() with base 10: 'x'\nNotShareableError True True\n"
            .to_string()
            + "NotShareableError True True\n"
            + "True True True False False False\n"
            + "InterpreterNotFoundError True\n"
            + "close current: cannot destroy the current interpreter\n"
    );
}

#[test]
fn queues_and_call_in_thread() {
    let out = run(r#"
from concurrent import interpreters
import threading
q = interpreters.create_queue(maxsize=2)
print(q.empty(), q.maxsize, interpreters.is_shareable(q._q))
workers = [interpreters.create() for _ in range(3)]
results = interpreters.create_queue()
def stage(q, results, k):
    while True:
        item = q.get()
        if item is None:
            return
        results.put((k, item * item))
threads = [w.call_in_thread(stage, q, results, k) for k, w in enumerate(workers)]
for i in range(30):
    q.put(i)
for _ in workers:
    q.put(None)
for t in threads:
    t.join()
got = []
while not results.empty():
    got.append(results.get())
print(len(got), sorted(v for _, v in got) == [i * i for i in range(30)], isinstance(threads[0], threading.Thread))
try:
    results.get_nowait()
except interpreters.QueueEmpty as e:
    import queue
    print(type(e).__name__, isinstance(e, queue.Empty))
full = interpreters.create_queue(1)
full.put_nowait("a")
try:
    full.put_nowait("b")
except interpreters.QueueFull as e:
    print(type(e).__name__)
try:
    full.put([1, (x for x in "")])
except interpreters.NotShareableError as e:
    print("item:", type(e).__name__)
for w in workers:
    w.close()
"#);
    assert_eq!(
        out,
        "True 2 True\n30 True True\nQueueEmpty True\nQueueFull\nitem: NotShareableError\n"
    );
}

#[test]
fn interpreter_pool_executor() {
    let out = run(r#"
from concurrent.futures import InterpreterPoolExecutor, as_completed
from concurrent.interpreters import ExecutionFailed
def init(tag):
    global TAG
    TAG = tag
def work(n):
    return n * n
def fail():
    raise ValueError("nope")
with InterpreterPoolExecutor(max_workers=3, initializer=init, initargs=("t",)) as ex:
    print(list(ex.map(work, range(8))))
    fs = [ex.submit(work, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    f = ex.submit(fail)
    try:
        f.result()
    except ExecutionFailed as e:
        print("failed:", e.excinfo.type.__name__, e.excinfo.msg)
"#);
    assert_eq!(
        out,
        "[0, 1, 4, 9, 16, 25, 36, 49]\n[0, 1, 4, 9, 16]\nfailed: ValueError nope\n"
    );
}

#[test]
fn strict_sharing_names_the_object_and_where_it_came_from() {
    let code = r#"
import threading
results = []
def work(i):
    results.append(i)
t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print("results:", results)
"#;
    let (out, err, status) = weft(&["-X", "strict-sharing"], code);
    assert_eq!(status, 0);
    assert_eq!(out, "results: []\n");
    assert!(
        err.contains("Exception in thread Thread-1 (work):"),
        "{}",
        err
    );
    let last = err.lines().last().unwrap_or("");
    assert_eq!(
        last,
        "threading.IsolationError: 'list' object [] would be shared with another thread by proxy, from global 'results' of module '__main__' (-X strict-sharing)"
    );
    // Shareable values and primitives are allowed under strict sharing.
    let ok = r#"
import threading, queue
q = queue.Queue()
lock = threading.Lock()
def work(i):
    with lock:
        q.put(("done", i))
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(q.get() for _ in range(3)))
"#;
    let (out, err, status) = weft(&["-X", "strict-sharing"], ok);
    assert_eq!(status, 0, "{}", err);
    assert_eq!(out, "[('done', 0), ('done', 1), ('done', 2)]\n");
}

#[test]
fn sharing_stats_reports_traffic_per_line() {
    let code = r#"
import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(50):
        with lock:
            counter += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
"#;
    let (out, err, status) = weft(&["-X", "sharing-stats"], code);
    assert_eq!(status, 0, "{}", err);
    assert_eq!(out, "100\n");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[0],
        "weft sharing statistics (cross-thread traffic per source line)"
    );
    assert!(lines[1].contains("proxied") && lines[1].contains("misses"));
    // `counter += 1` (line 9) is stored to main's module 100 times.
    let row = lines
        .iter()
        .find(|l| l.contains("<string>:9 (work)"))
        .unwrap_or_else(|| panic!("no row for line 9 in:\n{}", err));
    let proxied: u64 = row.split_whitespace().next().unwrap().parse().unwrap();
    assert_eq!(proxied, 100);
}

#[test]
fn python_examples_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for (script, must_contain) in [
        ("examples/hello.py", ""),
        (
            "examples/threads.py",
            "total: 1999999000000 expected: 1999999000000",
        ),
        ("examples/interpreters_pipeline.py", "pipeline OK"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg(root.join(script))
            .output()
            .expect("run weft");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{} failed: {}",
            script,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains(must_contain), "{}: {}", script, stdout);
    }
}

#[test]
fn regressions_of_the_crossing_rules() {
    // Closure cells used by overlapping threads; pool arguments are copies; stores into
    // the sender's module through the explicit door are copies; __slots__ survive copying.
    let out = run(r#"
import threading
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor
def outer():
    count = 0
    lock = threading.Lock()
    def inc(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1
    ts = [threading.Thread(target=inc, args=(250,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return count
print(outer())
lst = [1]
def add(l):
    l.append(2)
    return len(l)
with InterpreterPoolExecutor(max_workers=1) as ex:
    print(ex.submit(add, lst).result(), lst)
def g():
    global D
    D = [1]
i = interpreters.create()
i.call(g)
i.close()
print(D)
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
i = interpreters.create()
r = i.call(lambda x: x, S())
print(r.a, r.b, interpreters.is_shareable(interpreters.create_queue()))
i.close()
"#);
    assert_eq!(out, "1000\n2 [1]\n[1]\n1 2 True\n");
}

#[test]
fn threads_see_the_creators_sys_path_and_strict_mode_allows_executors() {
    let dir = std::env::temp_dir().join(format!("weft_syspath_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("libmod_weft.py"), "X = 42\n").unwrap();
    let code = format!(
        r#"
import sys, threading
sys.path.insert(0, {:?})
import libmod_weft
out = []
t = threading.Thread(target=lambda: out.append(libmod_weft.X))
t.start()
t.join()
print(out)
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(abs, -1).result())
"#,
        dir.display().to_string()
    );
    let (out, err, status) = weft(&[], &code);
    assert_eq!(status, 0, "{}", err);
    assert_eq!(out, "[42]\n1\n");
    let (out, err, status) = weft(&["-X", "strict-sharing"], &code);
    assert_eq!(status, 0, "{}", err);
    assert_eq!(out, "[]\n1\n");
    assert!(err.contains("IsolationError"), "{}", err);
    let _ = std::fs::remove_dir_all(&dir);
}
