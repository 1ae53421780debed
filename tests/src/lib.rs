//! Differential and integration test support for weft.
//!
//! [`run_differential`] runs every `tests/py/**/*.py` program under CPython (`python3`) and
//! under weft, and compares stdout (exactly), the exit status and the last non-empty line of
//! stderr (the exception line of a traceback). Expected output is always produced live by
//! CPython; nothing is stored.
//!
//! Conventions:
//! - a file or directory whose name starts with `_` is not a test (importable helper);
//! - a test that needs scratch files names them `_tmp_<test stem>.<anything>` in its own
//!   directory; they are deleted after each run;
//! - `tests/py/XFAIL` lists tests known to fail (one path relative to `tests/py` per line,
//!   `#` starts a comment): they run and are reported as XFAIL/XPASS but never fail the run.
//!
//! Environment variables:
//! - `WEFT_DIFF_FILTER=substr`: only run tests whose relative path contains `substr`;
//! - `WEFT_DIFF_EXE=path`: run this executable instead of the weft binary (e.g. `python3`, to
//!   check that the suite itself is deterministic);
//! - `WEFT_DIFF_PYTHON=path`: the reference interpreter (default `python3`);
//! - `WEFT_DIFF_JOBS=n`: number of worker threads;
//! - `WEFT_DIFF_VERBOSE=1`: print one line per test, not only failures.

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Wall-clock limit for one run of one test program.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// At most this many bytes of each output stream are kept (the rest is drained).
const OUTPUT_CAP: usize = 16 << 20;

/// The directory holding the differential suite (`<workspace>/tests/py`).
pub fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("py")
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Exited with this code.
    Exit(i32),
    /// Killed by this signal.
    Signal(i32),
    /// Killed after [`TIMEOUT`].
    Timeout,
    /// Could not be started.
    SpawnError(String),
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Exit(c) => write!(f, "exit {c}"),
            Status::Signal(s) => write!(f, "signal {s}"),
            Status::Timeout => write!(f, "timeout after {}s", TIMEOUT.as_secs()),
            Status::SpawnError(e) => write!(f, "failed to start: {e}"),
        }
    }
}

/// The observable result of running one program.
#[derive(Clone, Debug)]
pub struct RunOutput {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl RunOutput {
    /// The last line of stderr that is not blank, with trailing whitespace removed.
    pub fn stderr_last_line(&self) -> String {
        last_nonempty_line(&String::from_utf8_lossy(&self.stderr))
    }
}

/// The last line of `text` that is not blank, with trailing whitespace removed.
pub fn last_nonempty_line(text: &str) -> String {
    text.lines()
        .rev()
        .map(str::trim_end)
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

fn read_capped(mut r: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let room = OUTPUT_CAP.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    kept
}

fn status_of(st: ExitStatus) -> Status {
    if let Some(code) = st.code() {
        return Status::Exit(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = st.signal() {
            return Status::Signal(sig);
        }
    }
    Status::Exit(-1)
}

/// Run `exe script` in the script's directory, with stdin closed, the suite's environment and
/// a [`TIMEOUT`] (the process is killed when it runs past it).
pub fn run_program(exe: &Path, script: &Path) -> RunOutput {
    let dir = script.parent().unwrap_or(Path::new("."));
    let name = script.file_name().map(PathBuf::from).unwrap_or_default();
    let spawned = Command::new(exe)
        .arg(&name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS")
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            return RunOutput {
                status: Status::SpawnError(format!("{}: {e}", exe.display())),
                stdout: Vec::new(),
                stderr: Vec::new(),
            }
        }
    };
    // The readers finish when the child closes its pipes (normally: when it exits), so wait
    // for them first, without polling; then reap the child (polling only if it outlives its
    // pipes), killing it at the deadline.
    let deadline = Instant::now() + TIMEOUT;
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let spawn_reader = |pipe: Box<dyn Read + Send>| {
        let tx = done_tx.clone();
        thread::spawn(move || {
            let data = read_capped(pipe);
            let _ = tx.send(());
            data
        })
    };
    let out = child.stdout.take().map(|p| spawn_reader(Box::new(p)));
    let err = child.stderr.take().map(|p| spawn_reader(Box::new(p)));
    drop(done_tx);
    for _ in 0..usize::from(out.is_some()) + usize::from(err.is_some()) {
        let left = deadline.saturating_duration_since(Instant::now());
        if done_rx.recv_timeout(left).is_err() {
            break;
        }
    }
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break status_of(st),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break Status::Timeout;
            }
            Ok(None) => {
                thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                break Status::SpawnError(format!("wait failed: {e}"));
            }
        }
    };
    let join = |h: Option<thread::JoinHandle<Vec<u8>>>| {
        h.map(|h| h.join().unwrap_or_default()).unwrap_or_default()
    };
    RunOutput {
        status,
        stdout: join(out),
        stderr: join(err),
    }
}

/// All test programs under `root`, as paths relative to it (with `/` separators), sorted.
/// Files and directories whose names start with `_` or `.` are skipped.
pub fn collect_tests(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('_') || name.starts_with('.') {
                continue;
            }
            let rel_path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            let path = entry.path();
            if path.is_dir() {
                walk(&path, &rel_path, out);
            } else if name.ends_with(".py") {
                out.push(rel_path);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, "", &mut out);
    out.sort();
    out
}

/// Parse an XFAIL list: one relative path per line, `#` starts a comment, blanks ignored.
pub fn parse_xfail(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_start_matches("./").to_string())
        .collect()
}

/// The verdict for one test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    /// Failed, but listed in XFAIL.
    XFail,
    /// Passed although listed in XFAIL.
    XPass,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Pass => "PASS",
            Verdict::Fail => "FAIL",
            Verdict::XFail => "XFAIL",
            Verdict::XPass => "XPASS",
        })
    }
}

/// The comparison of one test's two runs.
#[derive(Clone, Debug)]
pub struct TestResult {
    pub name: String,
    pub verdict: Verdict,
    /// Empty when the runs agree; otherwise a compact, multi-line description.
    pub diff: String,
    pub elapsed: Duration,
}

fn clip(s: &str) -> String {
    const MAX: usize = 160;
    let mut out: String = s.chars().take(MAX).collect();
    if s.chars().count() > MAX {
        out.push_str("...");
    }
    format!("{out:?}")
}

/// Describe how `got` differs from `want`; empty when they agree.
pub fn compare(want: &RunOutput, got: &RunOutput) -> String {
    let mut diff = String::new();
    if want.stdout != got.stdout {
        let w = String::from_utf8_lossy(&want.stdout);
        let g = String::from_utf8_lossy(&got.stdout);
        let wl: Vec<&str> = w.split_inclusive('\n').collect();
        let gl: Vec<&str> = g.split_inclusive('\n').collect();
        let i = wl.iter().zip(&gl).take_while(|(a, b)| a == b).count();
        let show = |v: &[&str]| match v.get(i) {
            Some(l) => clip(l),
            None => "<end of output>".to_string(),
        };
        diff.push_str(&format!(
            "  stdout differs at line {} (python3 {} lines, weft {} lines)\n    python3: {}\n    weft:    {}\n",
            i + 1,
            wl.len(),
            gl.len(),
            show(&wl),
            show(&gl)
        ));
    }
    if want.status != got.status {
        diff.push_str(&format!(
            "  status: python3 {}, weft {}\n",
            want.status, got.status
        ));
    }
    let (ws, gs) = (want.stderr_last_line(), got.stderr_last_line());
    if ws != gs {
        diff.push_str(&format!(
            "  stderr last line:\n    python3: {}\n    weft:    {}\n",
            clip(&ws),
            clip(&gs)
        ));
    }
    diff
}

/// Delete the scratch files a test may leave next to itself: `_tmp_<test stem>.*` (the suite
/// may only import `sys`, `math` and `time`, so tests cannot delete files themselves).
pub fn remove_scratch_files(script: &Path) {
    let (Some(dir), Some(stem)) = (script.parent(), script.file_stem()) else {
        return;
    };
    let prefix = format!("_tmp_{}.", stem.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) && entry.path().is_file() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Run one test (both interpreters) and compare.
pub fn run_one(python: &Path, exe: &Path, root: &Path, name: &str, xfail: bool) -> TestResult {
    let start = Instant::now();
    let script = root.join(name);
    let want = run_program(python, &script);
    remove_scratch_files(&script);
    let mut diff = match &want.status {
        Status::Exit(_) => String::new(),
        other => format!(
            "  reference run under python3 did not complete ({other}); stderr: {}\n",
            clip(&want.stderr_last_line())
        ),
    };
    if diff.is_empty() {
        let got = run_program(exe, &script);
        remove_scratch_files(&script);
        diff = compare(&want, &got);
    }
    let verdict = match (diff.is_empty(), xfail) {
        (true, false) => Verdict::Pass,
        (true, true) => Verdict::XPass,
        (false, false) => Verdict::Fail,
        (false, true) => Verdict::XFail,
    };
    TestResult {
        name: name.to_string(),
        verdict,
        diff,
        elapsed: start.elapsed(),
    }
}

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    pub python: PathBuf,
    pub exe: PathBuf,
    pub root: PathBuf,
    pub filter: Option<String>,
    pub jobs: usize,
    pub verbose: bool,
}

impl Options {
    /// Options for `weft_exe`, with the `WEFT_DIFF_*` environment overrides applied.
    pub fn from_env(weft_exe: &Path) -> Options {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let jobs = var("WEFT_DIFF_JOBS")
            .and_then(|j| j.parse().ok())
            .unwrap_or_else(|| {
                thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(2)
                    .clamp(2, 8)
            })
            .max(1);
        Options {
            python: PathBuf::from(var("WEFT_DIFF_PYTHON").unwrap_or_else(|| "python3".into())),
            exe: var("WEFT_DIFF_EXE")
                .map(PathBuf::from)
                .unwrap_or_else(|| weft_exe.to_path_buf()),
            root: suite_dir(),
            filter: var("WEFT_DIFF_FILTER"),
            jobs,
            verbose: var("WEFT_DIFF_VERBOSE").is_some_and(|v| v != "0"),
        }
    }
}

/// The outcome of a whole run.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub results: Vec<TestResult>,
    /// XFAIL entries that name no test.
    pub stale_xfail: Vec<String>,
}

impl Summary {
    pub fn count(&self, v: Verdict) -> usize {
        self.results.iter().filter(|r| r.verdict == v).count()
    }
}

/// Run the suite described by `opts`, in parallel. Prints per-test lines as they complete
/// when `opts.verbose` is set.
pub fn run_suite(opts: &Options) -> Summary {
    let xfail_list = fs::read_to_string(opts.root.join("XFAIL"))
        .map(|t| parse_xfail(&t))
        .unwrap_or_default();
    let all = collect_tests(&opts.root);
    let stale_xfail = xfail_list
        .iter()
        .filter(|x| !all.contains(x))
        .cloned()
        .collect();
    let tests: Vec<String> = all
        .into_iter()
        .filter(|t| opts.filter.as_deref().is_none_or(|f| t.contains(f)))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(tests.len()));
    thread::scope(|s| {
        for _ in 0..opts.jobs.min(tests.len()).max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = tests.get(i) else { break };
                let r = run_one(
                    &opts.python,
                    &opts.exe,
                    &opts.root,
                    name,
                    xfail_list.contains(name),
                );
                if opts.verbose {
                    println!("{:5} {} ({} ms)", r.verdict, r.name, r.elapsed.as_millis());
                }
                results.lock().unwrap_or_else(|e| e.into_inner()).push(r);
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| a.name.cmp(&b.name));
    Summary {
        results,
        stale_xfail,
    }
}

/// Print the summary: failures with their diffs, XFAIL/XPASS, counts.
pub fn print_summary(opts: &Options, summary: &Summary) {
    for r in &summary.results {
        if matches!(r.verdict, Verdict::Fail | Verdict::XFail) {
            println!("{} {}\n{}", r.verdict, r.name, r.diff.trim_end());
        }
    }
    for r in &summary.results {
        if r.verdict == Verdict::XPass {
            println!(
                "XPASS {} (passes now: remove it from tests/py/XFAIL)",
                r.name
            );
        }
    }
    for s in &summary.stale_xfail {
        println!("warning: tests/py/XFAIL names {s}, which is not a test");
    }
    println!(
        "differential suite ({} vs {}): {} passed, {} failed, {} xfail, {} xpass, of {} tests{}",
        opts.exe.display(),
        opts.python.display(),
        summary.count(Verdict::Pass),
        summary.count(Verdict::Fail),
        summary.count(Verdict::XFail),
        summary.count(Verdict::XPass),
        summary.results.len(),
        opts.filter
            .as_deref()
            .map(|f| format!(" matching {f:?}"))
            .unwrap_or_default()
    );
}

fn check_python_version(python: &Path) {
    let out = Command::new(python)
        .args(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
        .stdin(Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let v = String::from_utf8_lossy(&o.stdout).trim().to_string();
            if v != "3.11" {
                println!(
                    "warning: reference interpreter {} is Python {v}, the suite targets 3.11",
                    python.display()
                );
            }
        }
        _ => panic!(
            "cannot run the reference interpreter {} (set WEFT_DIFF_PYTHON)",
            python.display()
        ),
    }
}

/// Run the whole differential suite against `weft_exe` (see the crate docs for the
/// environment overrides). Panics if any test not listed in XFAIL fails.
pub fn run_differential(weft_exe: &Path) {
    let opts = Options::from_env(weft_exe);
    check_python_version(&opts.python);
    let summary = run_suite(&opts);
    if summary.results.is_empty() {
        assert!(
            opts.filter.is_some(),
            "no tests found under {}",
            opts.root.display()
        );
        println!("no tests match WEFT_DIFF_FILTER={:?}", opts.filter);
        return;
    }
    print_summary(&opts, &summary);
    let failed = summary.count(Verdict::Fail);
    assert!(
        failed == 0,
        "{failed} differential test(s) failed (see above; known failures go in tests/py/XFAIL)"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(status: Status, stdout: &str, stderr: &str) -> RunOutput {
        RunOutput {
            status,
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
        }
    }

    #[test]
    fn last_line() {
        assert_eq!(last_nonempty_line("a\nb  \n\n  \n"), "b");
        assert_eq!(last_nonempty_line(""), "");
        assert_eq!(
            last_nonempty_line("Traceback:\r\nValueError: bad\r\n"),
            "ValueError: bad"
        );
    }

    #[test]
    fn xfail_parsing() {
        let x = parse_xfail("# c\n\nerrors/a.py  # why\n./b/c.py\n");
        assert_eq!(
            x.into_iter().collect::<Vec<_>>(),
            vec!["b/c.py".to_string(), "errors/a.py".to_string()]
        );
    }

    #[test]
    fn comparison() {
        let a = out(Status::Exit(1), "x\ny\n", "Traceback\nValueError: bad\n");
        assert_eq!(
            compare(&a, &out(Status::Exit(1), "x\ny\n", "ValueError: bad")),
            ""
        );
        let d = compare(&a, &out(Status::Exit(0), "x\nz\n", ""));
        assert!(d.contains("line 2"), "{d}");
        assert!(d.contains("exit 1, weft exit 0"), "{d}");
        assert!(d.contains("ValueError: bad"), "{d}");
        let d = compare(&a, &out(Status::Exit(1), "x\n", "ValueError: bad"));
        assert!(d.contains("<end of output>"), "{d}");
    }

    #[test]
    fn collects_suite() {
        let tests = collect_tests(&suite_dir());
        assert!(tests.len() >= 180, "only {} tests found", tests.len());
        assert!(tests.iter().all(|t| t.ends_with(".py")));
        assert!(tests
            .iter()
            .all(|t| t.split('/').all(|part| !part.starts_with('_'))));
    }

    #[cfg(unix)]
    #[test]
    fn runs_a_program() {
        let dir = std::env::temp_dir().join(format!("weft-tests-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let script = dir.join("t.sh");
        fs::write(
            &script,
            "echo hi; pwd; echo oops >&2; echo last >&2; exit 3\n",
        )
        .unwrap();
        let r = run_program(Path::new("/bin/sh"), &script);
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(r.status, Status::Exit(3));
        let stdout = String::from_utf8_lossy(&r.stdout).into_owned();
        assert!(stdout.starts_with("hi\n"), "{stdout}");
        assert!(
            stdout.contains("weft-tests-"),
            "cwd is the script dir: {stdout}"
        );
        assert_eq!(r.stderr_last_line(), "last");
        let r = run_program(Path::new("/bin/sh"), Path::new("/nonexistent/x.sh"));
        assert!(matches!(r.status, Status::SpawnError(_)), "{:?}", r.status);
    }
}
