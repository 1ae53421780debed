//! `_thread`: CPython 3.11's low-level threading API, plus the shared primitives that
//! `threading` re-exports (`_Condition`, `_Semaphore`, `_Event`, `_Barrier`, ...). Every
//! primitive is a registry object: the same lock in every thread, no proxy.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, Mutex};

use weft_shareable::{Block, Error, Foreign, Handle, ObjectKind, Registry, Shareable};
use weft_vm::builtins::add_fn;
use weft_vm::cross::Crossing;
use weft_vm::interp::hashing::dict_set_str;
use weft_vm::objects::{KwArgs, PyModule};
use weft_vm::{PyResult, Value, Vm};

use super::{
    addr, arg, cls_arg, exception_class, map_err, new_type, opt_f64, shared_instance, this,
    to_bool, to_f64,
};
use crate::runtime::{block_on, main_id, running_threads, spawn_thread};

/// Process-wide named shared dicts (`_shared_dict(name)`).
static SHARED_DICTS: LazyLock<Mutex<HashMap<String, Handle>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));
static THREAD_NUMBER: AtomicU64 = AtomicU64::new(1);
/// Barrier actions, by barrier handle id (the action is exported, run by the last party).
static BARRIER_ACTIONS: LazyLock<Mutex<HashMap<usize, Shareable>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Entries in the process-wide shared dict `name` (0 if it was never made).
pub(crate) fn shared_dict_len(name: &str) -> usize {
    let g = SHARED_DICTS.lock().unwrap_or_else(|e| e.into_inner());
    g.get(name)
        .and_then(|h| h.as_dict().ok().map(|d| d.len()))
        .unwrap_or(0)
}

fn set(vm: &mut Vm, m: &Rc<PyModule>, name: &str, v: Value) {
    let k = vm.intern(name);
    dict_set_str(&m.dict, k, v);
}

pub fn make(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_thread");
    let lock_t = new_type(
        vm,
        "lock",
        "_thread",
        &[
            ("__new__", lock_new),
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__enter__", lock_enter),
            ("__exit__", lock_exit),
            ("__repr__", lock_repr),
        ],
        &[],
    );
    let rlock_t = new_type(
        vm,
        "RLock",
        "_thread",
        &[
            ("__new__", rlock_new),
            ("acquire", rlock_acquire),
            ("release", rlock_release),
            ("__enter__", rlock_enter),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_recursion_count", rlock_count),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("__repr__", rlock_repr),
        ],
        &[],
    );
    let cond_t = new_type(
        vm,
        "Condition",
        "threading",
        &[
            ("__new__", cond_new),
            ("acquire", cond_acquire),
            ("release", cond_release),
            ("__enter__", cond_enter),
            ("__exit__", cond_exit),
            ("wait", cond_wait),
            ("wait_for", cond_wait_for),
            ("notify", cond_notify),
            ("notify_all", cond_notify_all),
            ("notifyAll", cond_notify_all),
            ("_is_owned", cond_is_owned),
            ("__repr__", cond_repr),
        ],
        &[],
    );
    let sem_methods: &[(&str, weft_vm::objects::NativeFn)] = &[
        ("acquire", sem_acquire),
        ("release", sem_release),
        ("__enter__", sem_enter),
        ("__exit__", sem_exit),
        ("__repr__", sem_repr),
    ];
    let sem_t = new_type(
        vm,
        "Semaphore",
        "threading",
        sem_methods,
        &[("_value", sem_value)],
    );
    weft_vm::builtins::add_method(vm, &sem_t, "__new__", sem_new);
    // BoundedSemaphore is a Semaphore subclass, as in CPython.
    let bsem_t = weft_vm::interp::types::make_type(
        "BoundedSemaphore",
        vec![sem_t.clone()],
        weft_vm::objects::typeobj::BaseLayout::Object,
        None,
    );
    let mk = vm.intern("__module__");
    dict_set_str(&bsem_t.dict, mk, Value::str("threading"));
    weft_vm::builtins::add_method(vm, &bsem_t, "__new__", bsem_new);
    let event_t = new_type(
        vm,
        "Event",
        "threading",
        &[
            ("__new__", event_new),
            ("is_set", event_is_set),
            ("isSet", event_is_set),
            ("set", event_set),
            ("clear", event_clear),
            ("wait", event_wait),
            ("__repr__", event_repr),
        ],
        &[],
    );
    let barrier_t = new_type(
        vm,
        "Barrier",
        "threading",
        &[
            ("__new__", barrier_new),
            ("wait", barrier_wait),
            ("reset", barrier_reset),
            ("abort", barrier_abort),
            ("__repr__", barrier_repr),
        ],
        &[
            ("parties", barrier_parties),
            ("n_waiting", barrier_n_waiting),
            ("broken", barrier_broken),
        ],
    );
    let dict_t = new_type(
        vm,
        "shared_dict",
        "_thread",
        &[
            ("__getitem__", sd_getitem),
            ("__setitem__", sd_setitem),
            ("__delitem__", sd_delitem),
            ("__contains__", sd_contains),
            ("__len__", sd_len),
            ("__iter__", sd_iter),
            ("get", sd_get),
            ("pop", sd_pop),
            ("setdefault", sd_setdefault),
            ("keys", sd_keys),
            ("values", sd_values),
            ("items", sd_items),
            ("clear", sd_clear),
        ],
        &[],
    );
    let local_t = new_type(vm, "_local", "_thread", &[("__new__", local_new)], &[]);
    for (kind, t) in [
        (ObjectKind::Lock, &lock_t),
        (ObjectKind::RLock, &rlock_t),
        (ObjectKind::Condition, &cond_t),
        (ObjectKind::Semaphore, &sem_t),
        (ObjectKind::BoundedSemaphore, &bsem_t),
        (ObjectKind::Event, &event_t),
        (ObjectKind::Barrier, &barrier_t),
        (ObjectKind::SharedDict, &dict_t),
    ] {
        vm.cross.handle_types.insert(kind, t.clone());
    }
    set(vm, &m, "LockType", Value::Type(lock_t.clone()));
    set(vm, &m, "lock", Value::Type(lock_t));
    set(vm, &m, "RLock", Value::Type(rlock_t));
    set(vm, &m, "_Condition", Value::Type(cond_t));
    set(vm, &m, "_Semaphore", Value::Type(sem_t));
    set(vm, &m, "_BoundedSemaphore", Value::Type(bsem_t));
    set(vm, &m, "_Event", Value::Type(event_t));
    set(vm, &m, "_Barrier", Value::Type(barrier_t));
    set(vm, &m, "_SharedDict", Value::Type(dict_t));
    set(vm, &m, "_local", Value::Type(local_t));
    let rt = Value::Type(vm.exc_type("RuntimeError"));
    set(vm, &m, "error", rt);
    let bbe = exception_class(vm, "BrokenBarrierError", "threading", "RuntimeError");
    set(vm, &m, "BrokenBarrierError", bbe);
    let iso = Value::Type(vm.exc_type("IsolationError"));
    set(vm, &m, "IsolationError", iso);
    set(
        vm,
        &m,
        "TIMEOUT_MAX",
        Value::Float(weft_shareable::wait::TIMEOUT_MAX),
    );
    for (name, f) in [
        (
            "start_new_thread",
            start_new_thread as weft_vm::objects::NativeFn,
        ),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_ident),
        ("_count", count),
        ("exit", exit),
        ("exit_thread", exit),
        ("stack_size", stack_size),
        ("daemon_threads_allowed", daemon_threads_allowed),
        ("interrupt_main", interrupt_main),
        ("_shared_dict", shared_dict),
        ("_next_thread_number", next_thread_number),
        ("_is_main_interpreter", is_main_interpreter),
        ("_main_thread_ident", main_thread_ident),
        ("_print_exception", print_exception),
        ("_cpu_count", cpu_count),
        ("_main_module_attr", main_module_attr),
        ("_set_done_event", set_done_event),
    ] {
        add_fn(vm, &m.dict, name, f);
    }
    Ok(m)
}

fn none() -> PyResult<Value> {
    Ok(Value::None)
}

// ---------------------------------------------------------------- functions

fn start_new_thread(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if !weft_vm::builtins::functions::is_callable(vm, &args[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    vm.check_capability(weft_vm::embed::Capability::Threads)?;
    let Value::Tuple(t) = &args[1] else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match args.get(2) {
        None | Some(Value::None) => Value::tuple(vec![]),
        Some(Value::Dict(d)) => {
            let items = d.data.borrow().items();
            Value::tuple(
                items
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            )
        }
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let saved = vm
        .cross
        .context
        .replace("the target or arguments of a new thread".to_string());
    let r = (|| {
        let f = vm.export(&args[0])?;
        let a = vm.export(&Value::Tuple(t.clone()))?;
        let k = vm.export(&kwargs)?;
        Ok((f, a, k))
    })();
    vm.cross.context = saved;
    let (f, a, k) = r?;
    let id = spawn_thread(vm, f, a, k)?;
    Ok(Value::Int(id as i64))
}

fn allocate_lock(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = vm.cross.handle_types[&ObjectKind::Lock].clone();
    let h = Registry::global().new_lock();
    Ok(shared_instance(vm, &t, h))
}

fn get_ident(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.cross.ident as i64))
}

fn count(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(running_threads() as i64))
}

fn exit(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.exc_with_args("SystemExit", vec![]))
}

fn stack_size(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        None | Some(Value::Int(0)) => Ok(Value::Int(0)),
        Some(Value::Int(n)) if *n < 32768 => {
            Err(vm.value_error(format!("size not valid: {} bytes", n)))
        }
        // Interpreter threads always get weft's large stack; the request is accepted.
        Some(Value::Int(_)) => Ok(Value::Int(0)),
        Some(o) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(o)
        ))),
    }
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn interrupt_main(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error(
        "NotImplementedError",
        "_thread.interrupt_main() is not supported by weft",
    ))
}

fn shared_dict(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("_shared_dict() needs a name")),
    };
    let h = {
        let mut g = SHARED_DICTS.lock().unwrap_or_else(|e| e.into_inner());
        g.entry(name)
            .or_insert_with(|| Registry::global().new_dict())
            .clone()
    };
    vm.import(&Shareable::Handle(h))
}

fn next_thread_number(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        THREAD_NUMBER.fetch_add(1, Ordering::Relaxed) as i64
    ))
}

fn is_main_interpreter(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.interp_id() == main_id()))
}

fn main_thread_ident(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(main_id() as i64))
}

fn print_exception(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(e) = args.first() else {
        return Err(vm.type_error("_print_exception() needs an exception"));
    };
    let text = vm.format_exception(e);
    vm.flush_stdout();
    let file = match args.get(1) {
        Some(f) if !f.is_none() => f.clone(),
        _ => vm.sys_attr("stderr").unwrap_or(Value::None),
    };
    if file.is_none() {
        eprint!("{}", text);
    } else {
        weft_vm::builtins::functions::write_to(vm, &file, &text)?;
    }
    none()
}

/// `sys.modules[module].name` as the main interpreter sees it (module state that CPython
/// programs expect to be process-wide, e.g. `threading.excepthook`).
fn main_module_attr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Str(m)), Some(Value::Str(n))) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("_main_module_attr(module, name)"));
    };
    let req = weft_vm::cross::Request::ModuleAttr {
        module: std::sync::Arc::from(m.as_str()),
        name: std::sync::Arc::from(n.as_str()),
    };
    match vm.forward(main_id(), req)? {
        Some(s) => vm.import(&s),
        None => Ok(Value::None),
    }
}

/// `_set_done_event(event)`: the runtime sets `event` when this thread's function ends,
/// however it ends.
fn set_done_event(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("_set_done_event() needs an Event"));
    };
    let h = super::handle_of(vm, v)?;
    if h.kind() != ObjectKind::Event {
        return Err(vm.type_error("_set_done_event() needs an Event"));
    }
    crate::runtime::on_thread_end(h);
    none()
}

fn cpu_count(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        std::thread::available_parallelism()
            .map(|n| n.get() as i64)
            .unwrap_or(1),
    ))
}

// ---------------------------------------------------------------- lock

fn lock_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(shared_instance(vm, &cls, Registry::global().new_lock()))
}

fn lock_block(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Block> {
    let blocking = to_bool(vm, arg(args, kw, 1, "blocking"), true)?;
    let timeout = match arg(args, kw, 2, "timeout") {
        None => -1.0,
        Some(v) => to_f64(vm, &v)?,
    };
    if blocking && timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    Block::from_lock_args(blocking, timeout).map_err(|e| map_err(vm, e))
}

fn lock_acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let block = lock_block(vm, args, kw)?;
    let r = block_on(vm, |w| h.as_lock()?.acquire(w, block));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn lock_release(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_lock().and_then(|l| l.release());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn lock_locked(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_lock().map(|l| l.locked());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn lock_enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = block_on(vm, |w| h.as_lock()?.acquire(w, Block::Forever));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn lock_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    lock_release(vm, &args[..1.min(args.len())], kw)
}

fn lock_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let locked = h.as_lock().map(|l| l.locked()).unwrap_or(false);
    Ok(Value::string(format!(
        "<{} _thread.lock object at {}>",
        if locked { "locked" } else { "unlocked" },
        addr(&args[0])
    )))
}

// ---------------------------------------------------------------- RLock

fn rlock_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(shared_instance(vm, &cls, Registry::global().new_rlock()))
}

fn rlock_acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let block = lock_block(vm, args, kw)?;
    let r = block_on(vm, |w| h.as_rlock()?.acquire(w, block));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn rlock_release(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_rlock().and_then(|l| l.release());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn rlock_enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = block_on(vm, |w| h.as_rlock()?.acquire(w, Block::Forever));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn rlock_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    rlock_release(vm, &args[..1.min(args.len())], kw)
}

fn rlock_is_owned(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_rlock().map(|l| l.is_owned());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn rlock_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_rlock().map(|l| l.count());
    r.map(|c| Value::Int(c as i64)).map_err(|e| map_err(vm, e))
}

fn rlock_release_save(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let count = h.as_rlock().map(|l| l.count()).unwrap_or(0);
    let r = h.as_rlock().and_then(|l| l.release_save());
    r.map_err(|e| map_err(vm, e))?;
    Ok(Value::tuple(vec![
        Value::Int(count as i64),
        Value::Int(vm.cross.ident as i64),
    ]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let count = match args.get(1) {
        Some(Value::Tuple(t)) => match t.items.first() {
            Some(Value::Int(c)) => *c,
            _ => 1,
        },
        _ => return Err(vm.type_error("_acquire_restore() needs the saved state")),
    };
    let r = block_on(vm, |w| {
        let l = h.as_rlock()?;
        l.acquire(w, Block::Forever)?;
        for _ in 1..count {
            l.acquire(w, Block::Forever)?;
        }
        Ok(())
    });
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn rlock_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let (locked, count) = h
        .as_rlock()
        .map(|l| (l.locked(), l.count()))
        .unwrap_or((false, 0));
    let owner = if count > 0 { vm.cross.ident } else { 0 };
    Ok(Value::string(format!(
        "<{} _thread.RLock object owner={} count={} at {}>",
        if locked { "locked" } else { "unlocked" },
        owner,
        count,
        addr(&args[0])
    )))
}

// ---------------------------------------------------------------- Condition

fn cond_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let lock = match arg(args, kw, 1, "lock") {
        None | Some(Value::None) => None,
        Some(v) => match super::handle_of(vm, &v) {
            Ok(h) if matches!(h.kind(), ObjectKind::Lock | ObjectKind::RLock) => Some(h),
            _ => {
                return Err(vm.type_error(format!(
                    "Condition() needs a threading.Lock or RLock, not '{}'",
                    vm.type_name(&v)
                )))
            }
        },
    };
    let h = Registry::global()
        .new_condition(lock)
        .map_err(|e| map_err(vm, e))?;
    Ok(shared_instance(vm, &cls, h))
}

fn cond_acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let block = lock_block(vm, args, kw)?;
    let r = block_on(vm, |w| h.as_condition()?.acquire(w, block));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn cond_release(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_condition().and_then(|c| c.release());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn cond_enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = block_on(vm, |w| h.as_condition()?.acquire(w, Block::Forever));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn cond_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    cond_release(vm, &args[..1.min(args.len())], kw)
}

fn cond_wait(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let timeout = opt_f64(vm, arg(args, kw, 1, "timeout"))?;
    let block = Block::from_timeout(timeout).map_err(|e| map_err(vm, e))?;
    let r = block_on(vm, |w| h.as_condition()?.wait(w, block));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn cond_wait_for(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let Some(pred) = arg(args, kw, 1, "predicate") else {
        return Err(vm.type_error("wait_for() missing required argument 'predicate'"));
    };
    let timeout = opt_f64(vm, arg(args, kw, 2, "timeout"))?;
    let deadline =
        timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs_f64(t.max(0.0)));
    let mut result = vm.call(&pred, &[], &[])?;
    while !vm.truthy(&result)? {
        let block = match deadline {
            Some(d) => {
                let now = std::time::Instant::now();
                if now >= d {
                    break;
                }
                Block::Until(d)
            }
            None => Block::Forever,
        };
        let r = block_on(vm, |w| h.as_condition()?.wait(w, block));
        r.map_err(|e| map_err(vm, e))?;
        result = vm.call(&pred, &[], &[])?;
    }
    Ok(result)
}

fn cond_notify(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let n = match arg(args, kw, 1, "n") {
        None => 1,
        Some(Value::Int(n)) => n.max(0) as usize,
        Some(o) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&o)
            )))
        }
    };
    let r = h.as_condition().and_then(|c| c.notify(n));
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn cond_notify_all(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_condition().and_then(|c| c.notify_all());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn cond_is_owned(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_condition().and_then(|c| c.is_owned());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn cond_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let lock = match h.as_condition() {
        Ok(c) => c.lock().clone(),
        Err(e) => return Err(map_err(vm, e)),
    };
    let lv = vm.import(&Shareable::Handle(lock))?;
    let lr = vm.repr_string(&lv)?;
    Ok(Value::string(format!("<Condition({}, 0)>", lr)))
}

// ---------------------------------------------------------------- Semaphore

fn sem_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    sem_make(vm, args, kw, false)
}

fn bsem_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    sem_make(vm, args, kw, true)
}

fn sem_make(vm: &mut Vm, args: &[Value], kw: &KwArgs, bounded: bool) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let value = match arg(args, kw, 1, "value") {
        None => 1,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => b as i64,
        Some(o) => {
            return Err(vm.type_error(format!(
                "'<' not supported between instances of '{}' and 'int'",
                vm.type_name(&o)
            )))
        }
    };
    if value < 0 {
        return Err(vm.value_error("semaphore initial value must be >= 0"));
    }
    let r = if bounded {
        Registry::global().new_bounded_semaphore(value)
    } else {
        Registry::global().new_semaphore(value)
    };
    let h = r.map_err(|e| map_err(vm, e))?;
    Ok(shared_instance(vm, &cls, h))
}

fn sem_acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let blocking = to_bool(vm, arg(args, kw, 1, "blocking"), true)?;
    let timeout = opt_f64(vm, arg(args, kw, 2, "timeout"))?;
    let block = Block::from_semaphore_args(blocking, timeout).map_err(|e| map_err(vm, e))?;
    let r = block_on(vm, |w| h.as_semaphore()?.acquire(w, block));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn sem_release(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let n = match arg(args, kw, 1, "n") {
        None => 1,
        Some(Value::Int(n)) if n >= 1 => n as usize,
        Some(Value::Int(_)) => return Err(vm.value_error("n must be one or more")),
        Some(o) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&o)
            )))
        }
    };
    let r = h.as_semaphore().and_then(|s| s.release(n));
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn sem_enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = block_on(vm, |w| h.as_semaphore()?.acquire(w, Block::Forever));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn sem_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    sem_release(vm, &args[..1.min(args.len())], kw)
}

fn sem_value(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_semaphore().map(|s| s.value());
    r.map(|v| Value::Int(v as i64)).map_err(|e| map_err(vm, e))
}

fn sem_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let (value, bounded) = h
        .as_semaphore()
        .map(|s| (s.value(), s.is_bounded()))
        .unwrap_or((0, false));
    let name = if bounded {
        "BoundedSemaphore"
    } else {
        "Semaphore"
    };
    Ok(Value::string(format!(
        "<threading.{} at {}: value={}>",
        name,
        addr(&args[0]),
        value
    )))
}

// ---------------------------------------------------------------- Event

fn event_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(shared_instance(vm, &cls, Registry::global().new_event()))
}

fn event_is_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_event().map(|e| e.is_set());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn event_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_event().map(|e| e.set());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn event_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_event().map(|e| e.clear());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn event_wait(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let timeout = opt_f64(vm, arg(args, kw, 1, "timeout"))?;
    let block = Block::from_timeout(timeout).map_err(|e| map_err(vm, e))?;
    vm.flush_stdout();
    let r = block_on(vm, |w| h.as_event()?.wait(w, block));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn event_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let set = h.as_event().map(|e| e.is_set()).unwrap_or(false);
    Ok(Value::string(format!(
        "<threading.Event at {}: {}>",
        addr(&args[0]),
        if set { "set" } else { "unset" }
    )))
}

// ---------------------------------------------------------------- Barrier

fn barrier_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let parties = match arg(args, kw, 1, "parties") {
        Some(Value::Int(n)) => n,
        Some(o) => {
            return Err(vm.type_error(format!(
                "'<' not supported between instances of '{}' and 'int'",
                vm.type_name(&o)
            )))
        }
        None => return Err(vm.type_error("Barrier() missing required argument 'parties'")),
    };
    if parties < 1 {
        return Err(vm.value_error("parties must be > 0"));
    }
    let action = arg(args, kw, 2, "action").filter(|a| !a.is_none());
    let timeout = opt_f64(vm, arg(args, kw, 3, "timeout"))?
        .map(|t| std::time::Duration::from_secs_f64(t.max(0.0)));
    let h = Registry::global()
        .new_barrier(parties, timeout)
        .map_err(|e| map_err(vm, e))?;
    if let Some(a) = action {
        let s = vm.export(&a)?;
        BARRIER_ACTIONS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(h.id(), s);
    }
    Ok(shared_instance(vm, &cls, h))
}

fn barrier_wait(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let timeout = opt_f64(vm, arg(args, kw, 1, "timeout"))?;
    let block = match timeout {
        None => None,
        Some(t) => Some(Block::from_secs(t).map_err(|e| map_err(vm, e))?),
    };
    let action = BARRIER_ACTIONS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&h.id())
        .cloned();
    let mut action_err = None;
    let r = crate::runtime::block_on_with_vm(vm, |w, cell| {
        let b = h.as_barrier()?;
        b.wait_with_action(w, block, || match &action {
            None => true,
            Some(a) => {
                // The last party runs the action, on its own thread.
                let mut g = cell.borrow_mut();
                let vm: &mut Vm = &mut g;
                let r = vm.import(a).and_then(|f| vm.call(&f, &[], &[]));
                match r {
                    Ok(_) => true,
                    Err(e) => {
                        action_err = Some(e);
                        false
                    }
                }
            }
        })
    });
    match r {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(Error::ActionFailed) => match action_err {
            Some(e) => Err(e),
            None => Err(map_err(vm, Error::BrokenBarrier)),
        },
        Err(e) => Err(map_err(vm, e)),
    }
}

fn barrier_reset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_barrier().map(|b| b.reset());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn barrier_abort(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_barrier().map(|b| b.abort());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn barrier_parties(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_barrier().map(|b| b.parties());
    r.map(|n| Value::Int(n as i64)).map_err(|e| map_err(vm, e))
}

fn barrier_n_waiting(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_barrier().map(|b| b.n_waiting());
    r.map(|n| Value::Int(n as i64)).map_err(|e| map_err(vm, e))
}

fn barrier_broken(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_barrier().map(|b| b.broken());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn barrier_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let (p, n, broken) = h
        .as_barrier()
        .map(|b| (b.parties(), b.n_waiting(), b.broken()))
        .unwrap_or((0, 0, false));
    if broken {
        return Ok(Value::string(format!(
            "<threading.Barrier at {}: broken>",
            addr(&args[0])
        )));
    }
    Ok(Value::string(format!(
        "<threading.Barrier at {}: waiters={}/{}>",
        addr(&args[0]),
        n,
        p
    )))
}

// ---------------------------------------------------------------- shared dict

fn sd_key(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Shareable> {
    match args.get(i) {
        Some(v) => vm.export(v),
        None => Err(vm.type_error("missing argument")),
    }
}

fn sd_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let r = h.as_dict().and_then(|d| d.get_item(&k));
    let v = r.map_err(|e| map_err(vm, e))?;
    vm.import(&v)
}

fn sd_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let v = sd_key(vm, args, 2)?;
    let r = h.as_dict().and_then(|d| d.set(k, v));
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn sd_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let r = h.as_dict().and_then(|d| d.del(&k));
    r.map_err(|e| map_err(vm, e))?;
    none()
}

fn sd_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let r = h.as_dict().and_then(|d| d.contains(&k));
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn sd_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_dict().map(|d| d.len());
    r.map(|n| Value::Int(n as i64)).map_err(|e| map_err(vm, e))
}

fn sd_keys(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_dict().map(|d| d.keys());
    let ks = r.map_err(|e| map_err(vm, e))?;
    Ok(Value::list(vm.import_all(&ks)?))
}

fn sd_iter(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let keys = sd_keys(vm, args, kw)?;
    vm.get_iter(&keys)
}

fn sd_values(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_dict().map(|d| d.values());
    let vs = r.map_err(|e| map_err(vm, e))?;
    Ok(Value::list(vm.import_all(&vs)?))
}

fn sd_items(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_dict().map(|d| d.items());
    let items = r.map_err(|e| map_err(vm, e))?;
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items {
        let k = vm.import(&k)?;
        let v = vm.import(&v)?;
        out.push(Value::tuple(vec![k, v]));
    }
    Ok(Value::list(out))
}

fn sd_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let r = h.as_dict().and_then(|d| d.get(&k));
    match r.map_err(|e| map_err(vm, e))? {
        Some(v) => vm.import(&v),
        None => Ok(args.get(2).cloned().unwrap_or(Value::None)),
    }
}

fn sd_pop(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let default = match args.get(2) {
        Some(v) => Some(vm.export(v)?),
        None => None,
    };
    let r = h.as_dict().and_then(|d| d.pop(&k, default));
    let v = r.map_err(|e| map_err(vm, e))?;
    vm.import(&v)
}

fn sd_setdefault(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let k = sd_key(vm, args, 1)?;
    let d = match args.get(2) {
        Some(v) => vm.export(v)?,
        None => Shareable::None,
    };
    let r = h.as_dict().and_then(|x| x.setdefault(k, d));
    let v = r.map_err(|e| map_err(vm, e))?;
    vm.import(&v)
}

fn sd_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_dict().map(|d| d.clear());
    r.map_err(|e| map_err(vm, e))?;
    none()
}

// ---------------------------------------------------------------- local

fn local_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if (args.len() > 1 || !kw.is_empty()) && !cls.heap {
        return Err(vm.type_error("Initialization arguments are not supported"));
    }
    let class = vm.export(&Value::Type(cls.clone()))?;
    let a = vm.export(&Value::tuple(args[1..].to_vec()))?;
    let pairs: Vec<Value> = kw
        .iter()
        .map(|(k, v)| Value::tuple(vec![Value::Str(k.clone()), v.clone()]))
        .collect();
    let k = vm.export(&Value::tuple(pairs))?;
    let h = Registry::global().insert(Foreign::new(
        ObjectKind::Other,
        Crossing::Local {
            class,
            args: a,
            kwargs: k,
        },
    ));
    let inst = Rc::new(weft_vm::objects::PyInstance {
        class: std::cell::RefCell::new(cls.clone()),
        dict: Some(Rc::new(weft_vm::objects::PyDict::new())),
        slots: std::cell::RefCell::new(vec![None; cls.nslots]),
        payload: weft_vm::objects::Payload::Shared(h.clone()),
        finalized: std::cell::Cell::new(false),
    });
    let v = Value::Instance(inst);
    vm.register_local(&h, v.clone());
    Ok(v)
}
