//! [`Pool`]: N interpreters on N threads serving jobs (DESIGN.md §6).
//!
//! Every worker thread owns one interpreter, made the same way as the interpreters of
//! Python threads (so jobs can use `threading` and `queue`), and loads the pool's script
//! once when it starts. A job names a function of that script and carries its arguments
//! as [`Data`]; [`Pool::submit`] returns a [`JobHandle`], which is both a blocking handle
//! ([`JobHandle::wait`]) and a [`Future`].
//!
//! ```
//! use weft_pool::Pool;
//! let pool = Pool::builder()
//!     .workers(2)
//!     .script("def score(xs, w):\n    return sum(x * w for x in xs)\n")
//!     .build()
//!     .unwrap();
//! let jobs: Vec<_> = (0..10)
//!     .map(|w| pool.submit::<f64>("score", (vec![1.0, 2.0, 3.0], w as f64)))
//!     .collect();
//! for (w, job) in jobs.into_iter().enumerate() {
//!     assert_eq!(job.wait().unwrap(), 6.0 * w as f64);
//! }
//! ```
//!
//! A job that raises gives an [`Error`] with the traceback, and its worker goes on with
//! the next job. A job that hits a limit ([`Limits`], armed afresh for every job) gives an
//! error of kind [`ErrorKind::Limit`]; by default its worker then replaces its interpreter
//! with a fresh one (the script loaded again), so no half-finished state of the failed
//! job survives. A panic inside an interpreter is caught the same way and reported as
//! [`ErrorKind::Panic`].
//!
//! Limits apply to the worker interpreters only: threads a job starts run in interpreters
//! of their own, without limits. Untrusted code should be denied threads
//! ([`Limits::sandbox`] does).

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use parking_lot::{Condvar, Mutex};
use weft_vm::embed::{Data, Error, ErrorKind, FromData, FromPython, JobArgs, Limits, ToPython};
use weft_vm::interp::hashing::dict_get_str;
use weft_vm::{Config, Interpreter, PyResult, Value};

/// How often an idle worker services requests from other interpreters (proxies to its
/// objects) when no job arrives.
const IDLE_SERVICE: Duration = Duration::from_millis(20);

type Setup = dyn Fn(&mut Interpreter) -> Result<(), Error> + Send + Sync;

/// Configures and starts a [`Pool`].
pub struct PoolBuilder {
    workers: usize,
    script: Option<(String, String)>,
    config: Config,
    limits: Limits,
    setup: Option<Arc<Setup>>,
    capture_output: bool,
    fresh_after_limit: bool,
}

impl Default for PoolBuilder {
    fn default() -> Self {
        PoolBuilder {
            workers: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            script: None,
            config: Config::default(),
            limits: Limits::unlimited(),
            setup: None,
            capture_output: false,
            fresh_after_limit: true,
        }
    }
}

impl PoolBuilder {
    /// Number of worker threads (default: the number of CPUs).
    pub fn workers(mut self, n: usize) -> Self {
        self.workers = n.max(1);
        self
    }

    /// Python source every worker runs once at start (reported as `<pool script>`).
    pub fn script(self, source: &str) -> Self {
        self.script_named(source, "<pool script>")
    }

    /// Python source every worker runs once at start, as the file `filename`.
    pub fn script_named(mut self, source: &str, filename: &str) -> Self {
        self.script = Some((source.to_string(), filename.to_string()));
        self
    }

    /// Reads the script from a file (on the host, now).
    pub fn script_file(self, path: impl AsRef<std::path::Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let source = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                ErrorKind::Exception,
                "OSError",
                format!("cannot read {}: {}", path.display(), e),
            )
        })?;
        Ok(self.script_named(&source, &path.to_string_lossy()))
    }

    /// The workers' interpreter configuration (recursion limit, `sys.argv`, `sys.path`).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Limits for the workers; budgets are re-armed for the script and for every job.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Runs `f` on every worker's interpreter before the script (to register native
    /// functions and modules, set globals, ...). It runs again when a worker replaces its
    /// interpreter.
    pub fn setup(
        mut self,
        f: impl Fn(&mut Interpreter) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Self {
        self.setup = Some(Arc::new(f));
        self
    }

    /// Captures what jobs print, per job (see [`JobHandle::wait_output`]); otherwise it
    /// goes to the process's stdout and stderr.
    pub fn capture_output(mut self, on: bool) -> Self {
        self.capture_output = on;
        self
    }

    /// Whether a worker replaces its interpreter after a job hits a limit (default: yes).
    pub fn fresh_after_limit(mut self, on: bool) -> Self {
        self.fresh_after_limit = on;
        self
    }

    /// Starts the workers and waits until each has loaded the script; fails with the
    /// first worker's error (the script raised, for example).
    pub fn build(self) -> Result<Pool, Error> {
        let n = self.workers;
        let spec = Arc::new(Spec {
            script: self.script,
            config: self.config,
            limits: self.limits,
            setup: self.setup,
            capture_output: self.capture_output,
            fresh_after_limit: self.fresh_after_limit,
            live: AtomicUsize::new(n),
        });
        let (tx, rx) = crossbeam_channel::unbounded::<Job>();
        let (ready_tx, ready_rx) = crossbeam_channel::unbounded::<Result<(), Error>>();
        let mut workers = Vec::with_capacity(n);
        let mut first_err = None;
        for k in 0..n {
            let (spec2, rx, ready) = (spec.clone(), rx.clone(), ready_tx.clone());
            let r = std::thread::Builder::new()
                .name(format!("weft-pool-{}", k))
                .stack_size(weft_vm::INTERPRETER_STACK_SIZE)
                .spawn(move || worker_main(spec2, rx, ready));
            match r {
                Ok(h) => workers.push(h),
                Err(e) => {
                    spec.live.fetch_sub(1, Ordering::AcqRel);
                    first_err.get_or_insert(Error::new(
                        ErrorKind::PoolClosed,
                        "RuntimeError",
                        format!("can't start a pool worker: {}", e),
                    ));
                }
            }
        }
        drop(ready_tx);
        for _ in 0..workers.len() {
            match ready_rx.recv() {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    first_err.get_or_insert(e);
                }
                Err(_) => break,
            }
        }
        let pool = Pool {
            jobs: Some(tx),
            rx,
            spec,
            workers,
        };
        match first_err {
            Some(e) => Err(e),
            None => Ok(pool),
        }
    }
}

struct Spec {
    script: Option<(String, String)>,
    config: Config,
    limits: Limits,
    setup: Option<Arc<Setup>>,
    capture_output: bool,
    fresh_after_limit: bool,
    /// Workers still running.
    live: AtomicUsize,
}

/// N interpreters on N threads, each with the same script loaded, serving jobs.
///
/// Dropping the pool (or [`Pool::shutdown`]) lets the workers finish the jobs already
/// submitted, then joins them.
pub struct Pool {
    jobs: Option<Sender<Job>>,
    /// Kept to fail the queued jobs if every worker dies.
    rx: Receiver<Job>,
    spec: Arc<Spec>,
    workers: Vec<JoinHandle<()>>,
}

impl Pool {
    /// A builder with the defaults: one worker per CPU, no script, no limits.
    pub fn builder() -> PoolBuilder {
        PoolBuilder::default()
    }

    /// A pool of `workers` interpreters that each run `script` once.
    pub fn new(workers: usize, script: &str) -> Result<Pool, Error> {
        Pool::builder().workers(workers).script(script).build()
    }

    /// Number of worker threads.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    /// Jobs submitted and not yet taken by a worker.
    pub fn queued(&self) -> usize {
        self.rx.len()
    }

    /// Queues a call of `entry` (a global of the script, or a dotted path such as
    /// `"obj.method"`) with `args` (a tuple of [`IntoData`](weft_vm::embed::IntoData)
    /// values, `()` for none, or a `Vec<Data>`), converting the result to `R`.
    pub fn submit<R: FromData>(&self, entry: &str, args: impl JobArgs) -> JobHandle<R> {
        let slot = Arc::new(Slot::default());
        let job = Job {
            entry: entry.into(),
            args: args.into_data_args(),
            slot: slot.clone(),
        };
        let sent = match &self.jobs {
            Some(tx) if self.spec.live.load(Ordering::Acquire) > 0 => tx.send(job).is_ok(),
            _ => false,
        };
        if !sent {
            slot.complete(JobResult::closed());
        } else if self.spec.live.load(Ordering::Acquire) == 0 {
            // Every worker died meanwhile: nobody will take it.
            self.fail_queued();
        }
        JobHandle {
            slot,
            _r: PhantomData,
        }
    }

    /// Submits a job and waits for its result.
    pub fn call<R: FromData>(&self, entry: &str, args: impl JobArgs) -> Result<R, Error> {
        self.submit(entry, args).wait()
    }

    /// Submits one job per item of `inputs` and waits for them all; results are in the
    /// order of the inputs.
    pub fn map<R: FromData, A: JobArgs>(
        &self,
        entry: &str,
        inputs: impl IntoIterator<Item = A>,
    ) -> Vec<Result<R, Error>> {
        let handles: Vec<JobHandle<R>> =
            inputs.into_iter().map(|a| self.submit(entry, a)).collect();
        handles.into_iter().map(JobHandle::wait).collect()
    }

    /// Finishes the queued jobs, then stops and joins the workers.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.jobs = None;
        for h in self.workers.drain(..) {
            let _ = h.join();
        }
        self.fail_queued();
    }

    fn fail_queued(&self) {
        while let Ok(job) = self.rx.try_recv() {
            job.slot.complete(JobResult::closed());
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Job {
    entry: String,
    args: Vec<Data>,
    slot: Arc<Slot>,
}

struct JobResult {
    result: Result<Data, Error>,
    stdout: String,
    stderr: String,
}

impl JobResult {
    fn closed() -> JobResult {
        JobResult {
            result: Err(Error::new(
                ErrorKind::PoolClosed,
                "RuntimeError",
                "the pool has no running workers",
            )),
            stdout: String::new(),
            stderr: String::new(),
        }
    }
}

#[derive(Default)]
struct Slot {
    state: Mutex<SlotState>,
    cv: Condvar,
}

#[derive(Default)]
struct SlotState {
    result: Option<JobResult>,
    taken: bool,
    waker: Option<Waker>,
}

impl Slot {
    fn complete(&self, r: JobResult) {
        let waker = {
            let mut st = self.state.lock();
            st.result = Some(r);
            st.waker.take()
        };
        self.cv.notify_all();
        if let Some(w) = waker {
            w.wake();
        }
    }

    fn take(&self) -> JobResult {
        let mut st = self.state.lock();
        while st.result.is_none() {
            self.cv.wait(&mut st);
        }
        st.taken = true;
        st.result.take().unwrap_or_else(JobResult::closed)
    }
}

/// What a job produced, with its captured output.
#[derive(Debug)]
pub struct JobOutput<R> {
    /// The converted result, or the error.
    pub result: Result<R, Error>,
    /// What the job wrote to `sys.stdout` (empty unless the pool captures output).
    pub stdout: String,
    /// What the job wrote to `sys.stderr` (empty unless the pool captures output).
    pub stderr: String,
}

/// A submitted job: wait for it ([`wait`](Self::wait)) or `.await` it.
#[must_use = "a job's result is only seen through its handle"]
pub struct JobHandle<R> {
    slot: Arc<Slot>,
    _r: PhantomData<fn() -> R>,
}

impl<R: FromData> JobHandle<R> {
    /// Blocks until the job is done; its result converted to `R`.
    pub fn wait(self) -> Result<R, Error> {
        self.wait_output().result
    }

    /// Blocks until the job is done; its result and captured output.
    pub fn wait_output(self) -> JobOutput<R> {
        let r = self.slot.take();
        JobOutput {
            result: r.result.and_then(R::from_data),
            stdout: r.stdout,
            stderr: r.stderr,
        }
    }

    /// Whether the job is done (`wait` will not block).
    pub fn is_done(&self) -> bool {
        self.slot.state.lock().result.is_some()
    }
}

impl<R: FromData> Future for JobHandle<R> {
    type Output = Result<R, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut st = self.slot.state.lock();
        match st.result.take() {
            Some(r) => {
                st.taken = true;
                Poll::Ready(r.result.and_then(R::from_data))
            }
            None if st.taken => Poll::Ready(Err(Error::new(
                ErrorKind::PoolClosed,
                "RuntimeError",
                "job result already taken",
            ))),
            None => {
                st.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

// ---------------------------------------------------------------------------- workers

fn worker_main(spec: Arc<Spec>, rx: Receiver<Job>, ready: Sender<Result<(), Error>>) {
    let mut worker = match Worker::start(&spec) {
        Ok(w) => {
            let _ = ready.send(Ok(()));
            w
        }
        Err(e) => {
            spec.live.fetch_sub(1, Ordering::AcqRel);
            let _ = ready.send(Err(e));
            return;
        }
    };
    drop(ready);
    loop {
        let job = match rx.recv_timeout(IDLE_SERVICE) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                worker.service();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| worker.run(&job)));
        let (result, replace) = match outcome {
            Ok(r) => {
                let replace = spec.fresh_after_limit
                    && matches!(&r.result, Err(e) if matches!(e.kind, ErrorKind::Limit(_)));
                (r, replace)
            }
            Err(p) => {
                let msg = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                let r = JobResult {
                    result: Err(Error::new(
                        ErrorKind::Panic,
                        "SystemError",
                        format!("the interpreter panicked: {}", msg),
                    )),
                    stdout: String::new(),
                    stderr: String::new(),
                };
                (r, true)
            }
        };
        drop(job.args);
        job.slot.complete(result);
        if replace {
            // Drop the old interpreter first (its heap may be inconsistent after a panic:
            // a panic while dropping it is contained too).
            let old = std::mem::replace(&mut worker, Worker::placeholder());
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(old)));
            match Worker::start(&spec) {
                Ok(w) => worker = w,
                Err(_) => break,
            }
        }
    }
    if spec.live.fetch_sub(1, Ordering::AcqRel) == 1 {
        // The last worker: nobody will take what is still queued.
        while let Ok(job) = rx.try_recv() {
            job.slot.complete(JobResult::closed());
        }
    }
    if let Some(interp) = worker.interp.as_mut() {
        interp.flush();
    }
}

struct Worker {
    interp: Option<Interpreter>,
    capture: bool,
}

impl Worker {
    fn placeholder() -> Worker {
        Worker {
            interp: None,
            capture: false,
        }
    }

    fn start(spec: &Spec) -> Result<Worker, Error> {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut interp =
                crate::runtime::new_interpreter(crate::runtime::next_id(), spec.config.clone());
            interp.set_limits(&spec.limits);
            if spec.capture_output {
                interp.capture_output(true);
            }
            if let Some(setup) = &spec.setup {
                setup(&mut interp)?;
            }
            if let Some((src, filename)) = &spec.script {
                interp.exec_as(src, filename)?;
            }
            if spec.capture_output {
                interp.take_output();
                interp.take_stderr();
            }
            Ok(Worker {
                interp: Some(interp),
                capture: spec.capture_output,
            })
        }));
        r.unwrap_or_else(|_| {
            Err(Error::new(
                ErrorKind::Panic,
                "SystemError",
                "the interpreter panicked while starting",
            ))
        })
    }

    /// Answers requests other interpreters sent this one.
    fn service(&mut self) {
        if let Some(interp) = self.interp.as_mut() {
            let pending = interp.vm.interrupt.as_ref().is_some_and(|i| i.is_pending());
            if pending {
                interp.vm.safepoint();
            }
        }
    }

    fn run(&mut self, job: &Job) -> JobResult {
        let Some(interp) = self.interp.as_mut() else {
            return JobResult::closed();
        };
        interp.rearm_limits();
        let r = call_entry(interp, &job.entry, &job.args);
        let result = match r {
            Ok(v) => Ok(v),
            Err(e) => Err(interp.error(&e)),
        };
        interp.vm.run_pending_finalizers();
        interp.flush();
        let (stdout, stderr) = if self.capture {
            (interp.take_output(), interp.take_stderr())
        } else {
            (String::new(), String::new())
        };
        JobResult {
            result,
            stdout,
            stderr,
        }
    }
}

fn call_entry(interp: &mut Interpreter, entry: &str, args: &[Data]) -> PyResult<Data> {
    let vm = &mut interp.vm;
    let mut parts = entry.split('.');
    let first = parts.next().unwrap_or("");
    let k = vm.intern(first);
    let mut f = match dict_get_str(&interp.main.dict, &k) {
        Some(f) => f,
        None => {
            return Err(vm.exc_with_args(
                "NameError",
                vec![Value::string(format!("name '{}' is not defined", first))],
            ))
        }
    };
    for p in parts {
        let k = vm.intern(p);
        f = vm.getattr(&f, &k)?;
    }
    let mut a = Vec::with_capacity(args.len());
    for d in args {
        a.push(d.to_python(vm)?);
    }
    let v = vm.call(&f, &a, &[])?;
    drop(a);
    Data::from_python(vm, &v)
}
