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
    let host = host_of(vm);
    match host
        .as_ref()
        .and_then(|h| h.as_any().downcast_ref::<PoolHost>())
    {
        Some(ph) => {
            let mut service = || {
                ph.serve_pending(vm);
                ControlFlow::Continue(())
            };
            let mut w = Waiter::with_service(&ph.parker, &mut service);
            f(&mut w)
        }
        None => {
            let p = Parker::new();
            let mut w = Waiter::new(&p);
            f(&mut w)
        }
    }
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
    vm.interrupt = Some(parker.interrupter());
    let host = Rc::new(PoolHost {
        id,
        parker,
        inbox: rx,
        releases,
        slot,
    });
    vm.set_host(host);
    crate::modules::install(vm);
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
    if let Some(m) = vm.dict_get(&modules, &key)? {
        let f = vm.intern("_shutdown");
        if let Some(f) = vm.getattr_opt(&m, &f)? {
            vm.call(&f, &[], &[])?;
        }
    }
    Ok(())
}

/// Starts `func(*args, **kwargs)` in a new interpreter on a new OS thread; returns its id
/// (the thread's ident).
pub fn spawn_thread(
    vm: &mut Vm,
    func: Shareable,
    args: Shareable,
    kwargs: Shareable,
) -> PyResult<InterpId> {
    let id = next_id();
    let config = BASE_CONFIG
        .get()
        .cloned()
        .unwrap_or_else(|| vm.config.clone());
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let r = std::thread::Builder::new()
        .name(format!("weft-{}", id))
        .stack_size(weft_vm::INTERPRETER_STACK_SIZE)
        .spawn(move || thread_main(id, config, func, args, kwargs));
    match r {
        Ok(_) => Ok(id),
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            Err(vm.new_error("RuntimeError", "can't start new thread"))
        }
    }
}

fn thread_main(id: InterpId, config: Config, func: Shareable, args: Shareable, kwargs: Shareable) {
    let mut interp = new_interpreter(id, config);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_target(&mut interp.vm, &func, &args, &kwargs)
    }));
    drop((args, kwargs));
    let healthy = match outcome {
        Ok(Ok(())) => true,
        Ok(Err(e)) => {
            report_unraisable(&mut interp.vm, &func, &e);
            true
        }
        // The panic hook printed a SystemError report; the heap may be inconsistent, so
        // this interpreter serves nobody any more.
        Err(_) => false,
    };
    drop(func);
    interp.vm.flush_stdout();
    RUNNING.fetch_sub(1, Ordering::Relaxed);
    if healthy {
        linger(&mut interp.vm);
        interp.finalize();
        interp.flush();
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
