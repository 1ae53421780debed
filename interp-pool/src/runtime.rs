//! Interpreters on OS threads: the process-wide table of live interpreters, each one's
//! inbox, the host that services it (DESIGN.md §3), and thread start-up.

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};
use std::time::{Duration, Instant};

use crossbeam_channel::TryRecvError;
use parking_lot::RwLock;
use weft_shareable::{inbox, InboxReceiver, InboxSender, Interrupter, Parker, Shareable, Waiter};
use weft_vm::cross::{Host, InterpId, ReleaseQueue, Reply, Request};
use weft_vm::{Config, Interpreter, PyErr, PyResult, Value, Vm};

/// A request in an interpreter's inbox.
pub struct Msg {
    req: Request,
    reply: crossbeam_channel::Sender<Reply>,
    waker: Interrupter,
}

/// What other threads know of a live interpreter.
pub struct Slot {
    sender: InboxSender<Msg>,
    alive: AtomicBool,
}

static SLOTS: LazyLock<RwLock<HashMap<InterpId, Arc<Slot>>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));
static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static MAIN_ID: AtomicU64 = AtomicU64::new(0);
/// Threads started by `_thread.start_new_thread` whose function has not returned.
static RUNNING: AtomicUsize = AtomicUsize::new(0);
/// The main interpreter's configuration, inherited by thread interpreters.
static BASE_CONFIG: OnceLock<Config> = OnceLock::new();

/// A fresh interpreter id.
pub fn next_id() -> InterpId {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// The main interpreter's id (0 before there is one).
pub fn main_id() -> InterpId {
    MAIN_ID.load(Ordering::Relaxed)
}

/// The main interpreter's configuration (inherited by the interpreters it starts).
pub fn base_config() -> Option<Config> {
    BASE_CONFIG.get().cloned()
}

/// Waits about `timeout`, serving this interpreter's inbox.
pub fn host_wait(vm: &mut Vm, timeout: Duration) {
    let host = host_of(vm);
    match host
        .as_ref()
        .and_then(|h| h.as_any().downcast_ref::<PoolHost>())
    {
        Some(ph) => ph.wait_a_while(vm, timeout),
        None => std::thread::sleep(timeout),
    }
}

/// Threads started by `_thread` still running their function.
pub fn running_threads() -> usize {
    RUNNING.load(Ordering::Relaxed)
}

fn lookup(id: InterpId) -> Option<Arc<Slot>> {
    SLOTS.read().get(&id).cloned()
}

/// Runs an interpreter on the current thread: its inbox, and servicing it.
pub struct PoolHost {
    id: InterpId,
    pub(crate) parker: Parker,
    inbox: InboxReceiver<Msg>,
    releases: Arc<ReleaseQueue>,
    slot: Arc<Slot>,
}

impl PoolHost {
    /// Answers every queued request, then forgets objects whose proxies died.
    pub fn serve_pending(&self, vm: &mut Vm) {
        while let Some(msg) = self.inbox.try_recv() {
            let r = vm.serve(msg.req);
            let _ = msg.reply.send(r);
            msg.waker.interrupt();
        }
        let ids = self.releases.take();
        if !ids.is_empty() {
            vm.release_exports(ids);
        }
    }

    /// Parks until interrupted or `timeout` passes, servicing what arrives.
    pub fn wait_a_while(&self, vm: &mut Vm, timeout: Duration) {
        if !self.parker.take_interrupt() {
            std::thread::park_timeout(timeout);
            self.parker.take_interrupt();
        }
        self.serve_pending(vm);
    }
}

impl Drop for PoolHost {
    fn drop(&mut self) {
        self.slot.alive.store(false, Ordering::Release);
        SLOTS.write().remove(&self.id);
    }
}

impl Host for PoolHost {
    fn interp_id(&self) -> InterpId {
        self.id
    }

    fn request(&self, vm: &mut Vm, owner: InterpId, req: Request) -> Result<Reply, String> {
        let gone = || "the thread that owns this object has exited".to_string();
        let slot = lookup(owner).ok_or_else(gone)?;
        let (tx, rx) = crossbeam_channel::bounded(1);
        slot.sender
            .send(Msg {
                req,
                reply: tx,
                waker: self.parker.interrupter(),
            })
            .map_err(|_| gone())?;
        // Most replies come within microseconds: spin briefly before parking (a park and
        // wake-up costs tens of microseconds).
        let spin_until = Instant::now() + Duration::from_micros(50);
        loop {
            match rx.try_recv() {
                Ok(r) => return Ok(r),
                Err(TryRecvError::Disconnected) => return Err(gone()),
                Err(TryRecvError::Empty) => {}
            }
            if !self.inbox.is_empty() {
                // Someone needs us meanwhile (perhaps the owner, for our own objects).
                self.parker.take_interrupt();
                self.serve_pending(vm);
                continue;
            }
            if Instant::now() >= spin_until {
                break;
            }
            for _ in 0..64 {
                std::hint::spin_loop();
            }
        }
        loop {
            match rx.try_recv() {
                Ok(r) => return Ok(r),
                Err(TryRecvError::Disconnected) => return Err(gone()),
                Err(TryRecvError::Empty) => {}
            }
            if self.parker.take_interrupt() {
                self.serve_pending(vm);
                continue;
            }
            if !slot.alive.load(Ordering::Acquire) {
                return rx.try_recv().map_err(|_| gone());
            }
            std::thread::park_timeout(Duration::from_millis(100));
        }
    }

    fn service(&self, vm: &mut Vm) {
        self.parker.take_interrupt();
        self.serve_pending(vm);
    }

    fn sleep(&self, vm: &mut Vm, dur: Duration) {
        let deadline = Instant::now() + dur;
        loop {
            if self.parker.take_interrupt() {
                self.serve_pending(vm);
            }
            let now = Instant::now();
            if now >= deadline {
                return;
            }
            std::thread::park_timeout(deadline - now);
        }
    }

    fn releases(&self) -> Arc<ReleaseQueue> {
        self.releases.clone()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The host of `vm`, when it runs under this crate.
pub fn host_of(vm: &Vm) -> Option<Rc<dyn Host>> {
    vm.cross.host.clone()
}

/// Runs a blocking operation of the shareable crate, servicing this interpreter's inbox
/// while it waits.
pub fn block_on<R>(
    vm: &mut Vm,
    f: impl FnOnce(&mut Waiter<'_>) -> weft_shareable::Result<R>,
) -> weft_shareable::Result<R> {
    block_on_with_vm(vm, |w, _| f(w))
}

/// Like [`block_on`], for operations that also run Python code while they wait (a barrier's
/// action): the vm is shared through a `RefCell` between them and the inbox service.
pub fn block_on_with_vm<R>(
    vm: &mut Vm,
    f: impl FnOnce(&mut Waiter<'_>, &std::cell::RefCell<&mut Vm>) -> weft_shareable::Result<R>,
) -> weft_shareable::Result<R> {
    let host = host_of(vm);
    let cell = std::cell::RefCell::new(vm);
    match host
        .as_ref()
        .and_then(|h| h.as_any().downcast_ref::<PoolHost>())
    {
        Some(ph) => {
            let mut service = || {
                if let Ok(mut g) = cell.try_borrow_mut() {
                    ph.serve_pending(&mut g);
                }
                ControlFlow::Continue(())
            };
            let mut w = Waiter::with_service(&ph.parker, &mut service);
            f(&mut w, &cell)
        }
        None => {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            f(&mut w, &cell)
        }
    }
}

/// Makes an interpreter for the current thread, registered under `id`, with the thread
/// modules installed.
pub fn new_interpreter(id: InterpId, config: Config) -> Interpreter {
    let mut interp = Interpreter::new(config);
    attach(&mut interp.vm, id);
    interp
}

/// Registers `vm` (running on the current thread) as interpreter `id` and installs the
/// modules of this crate.
pub fn attach(vm: &mut Vm, id: InterpId) {
    let parker = Parker::new();
    let (tx, rx) = inbox::<Msg>(&parker);
    let slot = Arc::new(Slot {
        sender: tx,
        alive: AtomicBool::new(true),
    });
    SLOTS.write().insert(id, slot.clone());
    let releases = Arc::new(ReleaseQueue::new(parker.interrupter()));
    vm.set_interrupt(parker.interrupter());
    let host = Rc::new(PoolHost {
        id,
        parker,
        inbox: rx,
        releases,
        slot,
    });
    vm.set_host(host);
    vm.cross.strict = vm.config.strict_sharing;
    vm.cross.stats.enabled = vm.config.sharing_stats;
    crate::modules::install(vm);
}

/// Adds this interpreter's `-X sharing-stats` counts to the process-wide report.
pub fn merge_stats(vm: &mut Vm) {
    if vm.cross.stats.enabled {
        weft_vm::cross::merge_stats(std::mem::take(&mut vm.cross.stats.lines));
    }
}

/// Makes `interp` the process's main interpreter (the one `weft script.py` runs).
pub fn install_main(interp: &mut Interpreter) {
    let id = next_id();
    MAIN_ID.store(id, Ordering::Relaxed);
    let _ = BASE_CONFIG.set(interp.vm.config.clone());
    attach(&mut interp.vm, id);
}

/// At the end of the main script: `threading._shutdown()` (joins non-daemon threads), as
/// CPython does.
pub fn shutdown(interp: &mut Interpreter) -> PyResult<()> {
    let vm = &mut interp.vm;
    let key = Value::str("threading");
    let modules = vm.modules.clone();
    // Threads started by other threads count too, even if main never imported threading.
    if vm.dict_get(&modules, &key)?.is_none()
        && crate::modules::thread::shared_dict_len("threading._nondaemon") > 0
    {
        vm.import_full("threading")?;
    }
    if let Some(m) = vm.dict_get(&modules, &key)? {
        let f = vm.intern("_shutdown");
        if let Some(f) = vm.getattr_opt(&m, &f)? {
            vm.call(&f, &[], &[])?;
        }
    }
    merge_stats(vm);
    Ok(())
}

/// A thread to run: `func(*args, **kwargs)` with thread ident `ident`.
struct Job {
    ident: u64,
    /// The creator's `sys.path` (threads import modules as their creator would).
    path: Vec<String>,
    func: Shareable,
    args: Shareable,
    kwargs: Shareable,
}

/// An interpreter thread whose last thread finished, waiting for another.
struct IdleWorker {
    id: InterpId,
    jobs: crossbeam_channel::Sender<Job>,
    waker: Interrupter,
}

static IDLE: LazyLock<parking_lot::Mutex<Vec<IdleWorker>>> =
    LazyLock::new(|| parking_lot::Mutex::new(Vec::new()));
/// At most this many interpreters wait for reuse.
const MAX_IDLE: usize = 64;
/// An idle interpreter exits after this long without work (once nothing refers to its
/// objects).
const IDLE_TIMEOUT: Duration = Duration::from_secs(2);

/// Starts `func(*args, **kwargs)` on another thread, in an idle interpreter when one
/// waits (cheap: its modules are already imported, as CPython threads share theirs), else
/// in a new interpreter on a new OS thread. Returns the thread's ident.
pub fn spawn_thread(
    vm: &mut Vm,
    func: Shareable,
    args: Shareable,
    kwargs: Shareable,
) -> PyResult<InterpId> {
    let ident = next_id();
    let path = current_path(vm);
    let mut job = Job {
        ident,
        path,
        func,
        args,
        kwargs,
    };
    RUNNING.fetch_add(1, Ordering::Relaxed);
    loop {
        let idle = IDLE.lock().pop();
        let Some(w) = idle else { break };
        match w.jobs.send(job) {
            Ok(()) => {
                w.waker.interrupt();
                return Ok(ident);
            }
            Err(e) => job = e.0,
        }
    }
    let id = next_id();
    let config = BASE_CONFIG
        .get()
        .cloned()
        .unwrap_or_else(|| vm.config.clone());
    let r = std::thread::Builder::new()
        .name(format!("weft-{}", id))
        .stack_size(weft_vm::INTERPRETER_STACK_SIZE)
        .spawn(move || thread_main(id, config, job));
    match r {
        Ok(_) => Ok(ident),
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            Err(vm.new_error("RuntimeError", "can't start new thread"))
        }
    }
}

fn thread_main(id: InterpId, config: Config, first: Job) {
    let mut interp = new_interpreter(id, config);
    let (tx, rx) = crossbeam_channel::unbounded::<Job>();
    let mut job = first;
    loop {
        let healthy = run_job(&mut interp, job);
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        if !healthy {
            // The panic hook printed a SystemError report; the heap may be inconsistent,
            // so this interpreter serves nobody any more.
            return;
        }
        match wait_for_job(&mut interp.vm, id, &tx, &rx) {
            Some(next) => job = next,
            None => break,
        }
    }
    linger(&mut interp.vm);
    merge_stats(&mut interp.vm);
    interp.finalize();
    interp.flush();
}

thread_local! {
    /// Events to set when the current thread's function ends (see `_set_done_event`).
    static ON_END: std::cell::RefCell<Vec<weft_shareable::Handle>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Sets `event` when the function of the thread running here ends, normally or not.
pub fn on_thread_end(event: weft_shareable::Handle) {
    ON_END.with(|v| v.borrow_mut().push(event));
}

fn signal_thread_end() {
    for h in ON_END.with(|v| std::mem::take(&mut *v.borrow_mut())) {
        if let Ok(e) = h.as_event() {
            e.set();
        }
    }
}

/// The strings of `sys.path`.
fn current_path(vm: &mut Vm) -> Vec<String> {
    match vm.sys_attr("path") {
        Some(Value::List(l)) => l
            .items
            .borrow()
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
            .collect(),
        _ => vm.config.path.clone(),
    }
}

/// Runs one thread's function; false if it panicked.
fn run_job(interp: &mut Interpreter, job: Job) -> bool {
    interp.vm.begin_thread(job.ident);
    if let Some(Value::List(l)) = interp.vm.sys_attr("path") {
        let mut items = l.items.borrow_mut();
        if items.len() != job.path.len()
            || items
                .iter()
                .zip(&job.path)
                .any(|(a, b)| a.as_str().map(|s| s.as_str()) != Some(b.as_str()))
        {
            *items = job.path.iter().map(|s| Value::str(s)).collect();
        }
    }
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_target(&mut interp.vm, &job.func, &job.args, &job.kwargs)
    }));
    let Job {
        func, args, kwargs, ..
    } = job;
    drop((args, kwargs));
    let healthy = match outcome {
        Ok(Ok(())) => true,
        Ok(Err(e)) => {
            report_unraisable(&mut interp.vm, &func, &e);
            true
        }
        Err(_) => false,
    };
    drop(func);
    signal_thread_end();
    if healthy {
        interp.vm.end_thread();
    }
    merge_stats(&mut interp.vm);
    interp.vm.flush_stdout();
    healthy
}

/// Waits, idle and serving requests, for another thread to run here. `None`: nobody gave
/// this interpreter work for a while (or enough others are idle), so it should end.
fn wait_for_job(
    vm: &mut Vm,
    id: InterpId,
    tx: &crossbeam_channel::Sender<Job>,
    rx: &crossbeam_channel::Receiver<Job>,
) -> Option<Job> {
    let host = host_of(vm)?;
    let ph = host.as_any().downcast_ref::<PoolHost>()?;
    {
        let mut idle = IDLE.lock();
        if idle.len() >= MAX_IDLE {
            return None;
        }
        idle.push(IdleWorker {
            id,
            jobs: tx.clone(),
            waker: ph.parker.interrupter(),
        });
    }
    let deadline = Instant::now() + IDLE_TIMEOUT;
    loop {
        if let Ok(job) = rx.try_recv() {
            return Some(job);
        }
        ph.parker.take_interrupt();
        ph.serve_pending(vm);
        if let Ok(job) = rx.try_recv() {
            return Some(job);
        }
        let now = Instant::now();
        if now >= deadline {
            let mut idle = IDLE.lock();
            match idle.iter().position(|w| w.id == id) {
                Some(i) => {
                    idle.swap_remove(i);
                    return None;
                }
                // Taken by `spawn_thread`: a job is on its way.
                None => {
                    drop(idle);
                    return rx.recv().ok();
                }
            }
        }
        std::thread::park_timeout((deadline - now).min(Duration::from_millis(500)));
    }
}

/// After its code ends, an interpreter serves requests for as long as other interpreters
/// hold proxies to its objects.
fn linger(vm: &mut Vm) {
    let host = host_of(vm);
    let Some(ph) = host
        .as_ref()
        .and_then(|h| h.as_any().downcast_ref::<PoolHost>())
    else {
        return;
    };
    loop {
        ph.serve_pending(vm);
        if !vm.sweep_exports() {
            return;
        }
        ph.wait_a_while(vm, Duration::from_millis(200));
    }
}

fn run_target(vm: &mut Vm, func: &Shareable, args: &Shareable, kwargs: &Shareable) -> PyResult<()> {
    let f = vm.import(func)?;
    let a = match vm.import(args)? {
        Value::Tuple(t) => t.items.clone(),
        _ => vec![],
    };
    let kw = vm.import(kwargs)?;
    let kw = vm.kwargs_from_pairs(&kw);
    vm.call(&f, &a, &kw)?;
    Ok(())
}

/// `_thread` reports an exception that escapes a thread's function as "unraisable", the
/// way CPython does (`SystemExit` ends the thread quietly).
fn report_unraisable(vm: &mut Vm, func: &Shareable, e: &PyErr) {
    if vm.err_is(e, "SystemExit") {
        return;
    }
    let fr = match vm.import(func) {
        Ok(f) => vm.repr_string(&f).unwrap_or_default(),
        Err(_) => "<function>".to_string(),
    };
    let text = vm.format_exception(&e.value());
    vm.flush_stdout();
    eprint!("Exception ignored in thread started by: {}\n{}", fr, text);
}
