//! `_interpreters`: the native side of `concurrent.interpreters` (PEP 734), the explicit
//! door of DESIGN.md §4. Each created interpreter runs on its own OS thread and serves
//! `exec`/`call`/`prepare_main` requests through its inbox; values cross by deep copy
//! (never by proxy) and what cannot be copied is `NotShareableError`.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use parking_lot::Mutex;
use weft_shareable::{Block, QueueKind, Registry, Shareable};
use weft_vm::builtins::add_fn;
use weft_vm::cross::{InterpId, Request};
use weft_vm::objects::{KwArgs, PyModule};
use weft_vm::{Config, PyResult, Value, Vm};

use super::{arg, map_err, opt_f64, this, to_bool};
use crate::runtime::{block_on, main_id, new_interpreter, next_id, PoolHost};

/// An interpreter made by `create()`.
struct Created {
    running: Arc<AtomicBool>,
    close: Arc<AtomicBool>,
    waker: weft_shareable::Interrupter,
    thread: Option<std::thread::JoinHandle<()>>,
}

static CREATED: LazyLock<Mutex<HashMap<InterpId, Created>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

pub fn make(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_interpreters");
    for (name, f) in [
        ("create", create as weft_vm::objects::NativeFn),
        ("destroy", destroy),
        ("list_all", list_all),
        ("get_current", get_current),
        ("get_main", get_main),
        ("is_running", is_running),
        ("exec", exec),
        ("call", call),
        ("set___main___attrs", set_main_attrs),
        ("is_shareable", is_shareable),
        ("queue_create", queue_create),
        ("queue_put", queue_put),
        ("queue_get", queue_get),
    ] {
        add_fn(vm, &m.dict, name, f);
    }
    let k = vm.intern("NotShareableError");
    let cls = Value::Type(vm.exc_type("NotShareableError"));
    weft_vm::interp::hashing::dict_set_str(&m.dict, k, cls);
    Ok(m)
}

fn int_arg(vm: &Vm, args: &[Value], i: usize, what: &str) -> PyResult<u64> {
    match args.get(i) {
        Some(Value::Int(n)) if *n >= 0 => Ok(*n as u64),
        Some(o) => Err(vm.type_error(format!("{} must be an int, not {}", what, vm.type_name(o)))),
        None => Err(vm.type_error(format!("missing {}", what))),
    }
}

/// Whether `id` names a live interpreter this module knows.
fn exists(id: InterpId) -> bool {
    id == main_id() || CREATED.lock().contains_key(&id)
}

fn not_found(vm: &mut Vm, id: InterpId) -> weft_vm::PyErr {
    match vm.resolve_by_name("concurrent.interpreters", "InterpreterNotFoundError") {
        Ok(cls) => match vm.call(
            &cls,
            &[Value::string(format!("unrecognized interpreter ID {}", id))],
            &[],
        ) {
            Ok(v) => vm.err_from_value(v),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

fn interp_error(vm: &mut Vm, msg: &str) -> weft_vm::PyErr {
    match vm.resolve_by_name("concurrent.interpreters", "InterpreterError") {
        Ok(cls) => match vm.call(&cls, &[Value::str(msg)], &[]) {
            Ok(v) => vm.err_from_value(v),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

fn create(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = next_id();
    let config = crate::runtime::base_config().unwrap_or_else(|| vm.config.clone());
    let (tx, rx) = crossbeam_channel::bounded(1);
    let close = Arc::new(AtomicBool::new(false));
    let close2 = close.clone();
    let thread = std::thread::Builder::new()
        .name(format!("weft-interp-{}", id))
        .stack_size(weft_vm::INTERPRETER_STACK_SIZE)
        .spawn(move || interpreter_main(id, config, close2, tx))
        .map_err(|_| vm.new_error("RuntimeError", "can't start a new interpreter"))?;
    let (running, waker) = rx
        .recv()
        .map_err(|_| vm.new_error("RuntimeError", "the new interpreter failed to start"))?;
    CREATED.lock().insert(
        id,
        Created {
            running,
            close,
            waker,
            thread: Some(thread),
        },
    );
    Ok(Value::Int(id as i64))
}

/// A created interpreter's thread: serve requests until closed.
fn interpreter_main(
    id: InterpId,
    config: Config,
    close: Arc<AtomicBool>,
    ready: crossbeam_channel::Sender<(Arc<AtomicBool>, weft_shareable::Interrupter)>,
) {
    let mut interp = new_interpreter(id, config);
    let host = interp.vm.cross.host.clone();
    let Some(ph) = host
        .as_ref()
        .and_then(|h| h.as_any().downcast_ref::<PoolHost>())
    else {
        return;
    };
    let _ = ready.send((interp.vm.cross.running.clone(), ph.parker.interrupter()));
    while !close.load(Ordering::Acquire) {
        ph.wait_a_while(&mut interp.vm, Duration::from_millis(500));
    }
    interp.finalize();
    interp.flush();
}

fn destroy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = int_arg(vm, args, 0, "interpreter ID")?;
    if id == vm.interp_id() {
        return Err(interp_error(vm, "cannot destroy the current interpreter"));
    }
    if id == main_id() {
        return Err(interp_error(vm, "cannot destroy the main interpreter"));
    }
    let entry = {
        let mut g = CREATED.lock();
        match g.get(&id) {
            None => None,
            Some(c) if c.running.load(Ordering::Acquire) => Some(Err(())),
            Some(_) => g.remove(&id).map(Ok),
        }
    };
    match entry {
        None => Err(not_found(vm, id)),
        Some(Err(())) => Err(interp_error(vm, "interpreter running")),
        Some(Ok(mut c)) => {
            c.close.store(true, Ordering::Release);
            c.waker.interrupt();
            if let Some(t) = c.thread.take() {
                // Serve our own inbox while the interpreter finalizes (it may need us).
                while !t.is_finished() {
                    crate::runtime::host_wait(vm, Duration::from_micros(200));
                }
                let _ = t.join();
            }
            Ok(Value::None)
        }
    }
}

fn list_all(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let mut ids: Vec<u64> = vec![main_id()];
    let mut created: Vec<u64> = CREATED.lock().keys().copied().collect();
    created.sort_unstable();
    ids.extend(created);
    Ok(Value::list(
        ids.into_iter().map(|i| Value::Int(i as i64)).collect(),
    ))
}

fn get_current(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.interp_id() as i64))
}

fn get_main(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(main_id() as i64))
}

fn is_running(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = int_arg(vm, args, 0, "interpreter ID")?;
    // The current and the main interpreter are always running code.
    if id == vm.interp_id() || id == main_id() {
        return Ok(Value::Bool(true));
    }
    let r = CREATED
        .lock()
        .get(&id)
        .map(|c| c.running.load(Ordering::Acquire));
    match r {
        Some(b) => Ok(Value::Bool(b)),
        None => Err(not_found(vm, id)),
    }
}

/// Exports `v` for the explicit door (deep copy; `NotShareableError` otherwise).
fn export_copy(vm: &mut Vm, v: &Value, context: &str) -> PyResult<Shareable> {
    let saved_mode = std::mem::replace(&mut vm.cross.copy_mode, true);
    let saved_ctx = vm.cross.context.replace(context.to_string());
    let r = vm.export(v);
    vm.cross.copy_mode = saved_mode;
    vm.cross.context = saved_ctx;
    r
}

fn explicit_request(vm: &mut Vm, id: InterpId, req: Request) -> PyResult<Value> {
    if !exists(id) {
        return Err(not_found(vm, id));
    }
    match vm.forward(id, req)? {
        Some(s) => vm.import(&s),
        None => Ok(Value::None),
    }
}

fn exec(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = int_arg(vm, args, 0, "interpreter ID")?;
    let Some(code) = args.get(1) else {
        return Err(vm.type_error("exec() missing required argument 'code'"));
    };
    let code = match code {
        Value::Str(_) | Value::Function(_) | Value::Code(_) => {
            export_copy(vm, code, "the code passed to exec()")?
        }
        o => {
            return Err(vm.type_error(format!(
                "expected a string, a function or a code object, got {}",
                vm.type_name(o)
            )))
        }
    };
    let r = explicit_request(vm, id, Request::Exec { code })?;
    // (0, None) or (1, excinfo): exec returns the excinfo or None.
    match r {
        Value::Tuple(t) if t.items.first().is_some_and(|v| matches!(v, Value::Int(1))) => {
            Ok(t.items.get(1).cloned().unwrap_or(Value::None))
        }
        _ => Ok(Value::None),
    }
}

fn call(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = int_arg(vm, args, 0, "interpreter ID")?;
    let Some(func) = args.get(1) else {
        return Err(vm.type_error("call() missing required argument 'callable'"));
    };
    let fa = args.get(2).cloned().unwrap_or_else(|| Value::tuple(vec![]));
    let kwd = args.get(3).cloned().unwrap_or(Value::None);
    let pairs = match &kwd {
        Value::Dict(d) => Value::tuple(
            d.data
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        ),
        _ => Value::tuple(vec![]),
    };
    let func = export_copy(vm, func, "the callable passed to call()")?;
    let a = export_copy(vm, &fa, "an argument passed to call()")?;
    let k = export_copy(vm, &pairs, "a keyword argument passed to call()")?;
    explicit_request(
        vm,
        id,
        Request::CallFunc {
            func,
            args: a,
            kwargs: k,
        },
    )
}

fn set_main_attrs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = int_arg(vm, args, 0, "interpreter ID")?;
    let Some(Value::Dict(d)) = args.get(1) else {
        return Err(vm.type_error("prepare_main() expects a dict"));
    };
    let mut items = Vec::new();
    for (k, v) in d.data.borrow().items() {
        let Value::Str(ks) = &k else {
            return Err(vm.type_error("prepare_main() names must be strings"));
        };
        items.push((ks.clone(), v));
    }
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items {
        let ctx = format!("'{}' passed to prepare_main()", k.as_str());
        out.push((Arc::from(k.as_str()), export_copy(vm, &v, &ctx)?));
    }
    if !exists(id) {
        return Err(not_found(vm, id));
    }
    vm.forward(id, Request::PrepareMain { items: out })?;
    Ok(Value::None)
}

/// DESIGN.md §2: only deeply immutable values and registry objects are shareable.
fn shareable(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Ellipsis
        | Value::Range(_)
        | Value::Code(_) => true,
        Value::Slice(s) => shareable(&s.start) && shareable(&s.stop) && shareable(&s.step),
        Value::Tuple(t) => t.items.iter().all(shareable),
        Value::FrozenSet(s) => s.data.borrow().keys().iter().all(shareable),
        Value::Instance(i) => matches!(i.payload, weft_vm::objects::Payload::Shared(_)),
        _ => false,
    }
}

fn is_shareable(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(Value::Bool(shareable(v))),
        None => Err(vm.type_error("is_shareable() missing required argument 'obj'")),
    }
}

fn queue_create(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let maxsize = match arg(args, kw, 0, "maxsize") {
        None => 0,
        Some(Value::Int(n)) => n,
        Some(o) => {
            return Err(vm.type_error(format!("maxsize must be an int, not {}", vm.type_name(&o))))
        }
    };
    let h = Registry::global().new_queue(QueueKind::Fifo, maxsize);
    vm.import(&Shareable::Handle(h))
}

fn queue_put(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let Some(obj) = args.get(1) else {
        return Err(vm.type_error("put() missing required argument 'obj'"));
    };
    let block = to_bool(vm, arg(args, kw, 2, "block"), true)?;
    let timeout = opt_f64(vm, arg(args, kw, 3, "timeout"))?;
    let block = Block::from_queue_args(block, timeout).map_err(|e| map_err(vm, e))?;
    let item = export_copy(vm, obj, "an object put on an interpreters queue")?;
    let r = block_on(vm, |w| h.as_queue()?.put(w, item, block));
    r.map_err(|e| map_err(vm, e))?;
    Ok(Value::None)
}

fn queue_get(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let block = to_bool(vm, arg(args, kw, 1, "block"), true)?;
    let timeout = opt_f64(vm, arg(args, kw, 2, "timeout"))?;
    let block = Block::from_queue_args(block, timeout).map_err(|e| map_err(vm, e))?;
    let r = block_on(vm, |w| h.as_queue()?.get(w, block));
    let item = r.map_err(|e| map_err(vm, e))?;
    vm.import(&item)
}
