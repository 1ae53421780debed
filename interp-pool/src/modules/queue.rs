//! `queue`: CPython 3.11's `Queue`, `LifoQueue`, `PriorityQueue`, `SimpleQueue`, `Empty`,
//! `Full`, backed by the shareable crate's queues (one queue for every thread; items cross
//! by the usual rules).

use std::rc::Rc;

use weft_shareable::{Block, ObjectKind, QueueKind, Registry};
use weft_vm::interp::hashing::dict_set_str;
use weft_vm::objects::{KwArgs, NativeFn, PyModule};
use weft_vm::{PyResult, Value, Vm};

use super::{
    arg, cls_arg, exception_class, map_err, new_type, opt_f64, shared_instance, this, to_bool,
};
use crate::runtime::block_on;

pub fn make(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("queue");
    let methods: &[(&str, NativeFn)] = &[
        ("put", put),
        ("get", get),
        ("put_nowait", put_nowait),
        ("get_nowait", get_nowait),
        ("qsize", qsize),
        ("empty", empty),
        ("full", full),
        ("task_done", task_done),
        ("join", join),
    ];
    let props: &[(&str, NativeFn)] = &[("maxsize", maxsize), ("unfinished_tasks", unfinished)];
    let mut types = Vec::new();
    for (name, kind, new) in [
        ("Queue", ObjectKind::Queue, new_fifo as NativeFn),
        ("LifoQueue", ObjectKind::LifoQueue, new_lifo),
        ("PriorityQueue", ObjectKind::PriorityQueue, new_priority),
    ] {
        let t = new_type(vm, name, "queue", methods, props);
        weft_vm::builtins::add_method(vm, &t, "__new__", new);
        vm.cross.handle_types.insert(kind, t.clone());
        types.push((name, t));
    }
    let simple = new_type(
        vm,
        "SimpleQueue",
        "_queue",
        &[
            ("__new__", new_simple),
            ("put", put),
            ("get", get),
            ("put_nowait", put_nowait),
            ("get_nowait", get_nowait),
            ("qsize", qsize),
            ("empty", empty),
        ],
        &[],
    );
    vm.cross
        .handle_types
        .insert(ObjectKind::SimpleQueue, simple.clone());
    types.push(("SimpleQueue", simple));
    for (name, t) in types {
        let k = vm.intern(name);
        dict_set_str(&m.dict, k, Value::Type(t));
    }
    let empty_cls = exception_class(vm, "Empty", "_queue", "Exception");
    let k = vm.intern("Empty");
    dict_set_str(&m.dict, k, empty_cls);
    let full_cls = exception_class(vm, "Full", "queue", "Exception");
    let k = vm.intern("Full");
    dict_set_str(&m.dict, k, full_cls);
    Ok(m)
}

fn make_queue(vm: &mut Vm, args: &[Value], kw: &KwArgs, kind: QueueKind) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let maxsize = match arg(args, kw, 1, "maxsize") {
        None => 0,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => b as i64,
        Some(o) => {
            return Err(vm.type_error(format!(
                "'>' not supported between instances of '{}' and 'int'",
                vm.type_name(&o)
            )))
        }
    };
    let h = Registry::global().new_queue(kind, maxsize);
    Ok(shared_instance(vm, &cls, h))
}

fn new_fifo(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    make_queue(vm, args, kw, QueueKind::Fifo)
}

fn new_lifo(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    make_queue(vm, args, kw, QueueKind::Lifo)
}

fn new_priority(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    make_queue(vm, args, kw, QueueKind::Priority)
}

fn new_simple(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if args.len() > 1 {
        return Err(vm.type_error("SimpleQueue() takes no arguments"));
    }
    let h = Registry::global().new_queue(QueueKind::Simple, 0);
    Ok(shared_instance(vm, &cls, h))
}

fn put(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let Some(item) = arg(args, kw, 1, "item") else {
        return Err(vm.type_error("put() missing 1 required positional argument: 'item'"));
    };
    let block = to_bool(vm, arg(args, kw, 2, "block"), true)?;
    let timeout = opt_f64(vm, arg(args, kw, 3, "timeout"))?;
    let block = Block::from_queue_args(block, timeout).map_err(|e| map_err(vm, e))?;
    let saved = vm
        .cross
        .context
        .replace("an item put on a queue".to_string());
    let item = vm.export(&item);
    vm.cross.context = saved;
    let item = item?;
    let r = if block.is_no() {
        h.as_queue().and_then(|q| q.put_nowait(item))
    } else {
        block_on(vm, |w| h.as_queue()?.put(w, item, block))
    };
    r.map_err(|e| map_err(vm, e))?;
    Ok(Value::None)
}

fn put_nowait(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let Some(item) = args.get(1) else {
        return Err(vm.type_error("put_nowait() missing 1 required positional argument: 'item'"));
    };
    let item = vm.export(item)?;
    let r = h.as_queue().and_then(|q| q.put_nowait(item));
    r.map_err(|e| map_err(vm, e))?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let block = to_bool(vm, arg(args, kw, 1, "block"), true)?;
    let timeout = opt_f64(vm, arg(args, kw, 2, "timeout"))?;
    let block = Block::from_queue_args(block, timeout).map_err(|e| map_err(vm, e))?;
    // A fast try first: no waiter needed when an item is ready.
    let first = h.as_queue().and_then(|q| q.get_nowait());
    let r = match first {
        Ok(v) => Ok(v),
        Err(weft_shareable::Error::Empty) if !block.is_no() => {
            vm.flush_stdout();
            block_on(vm, |w| h.as_queue()?.get(w, block))
        }
        Err(e) => Err(e),
    };
    let item = r.map_err(|e| map_err(vm, e))?;
    vm.import(&item)
}

fn get_nowait(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().and_then(|q| q.get_nowait());
    let item = r.map_err(|e| map_err(vm, e))?;
    vm.import(&item)
}

fn qsize(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().map(|q| q.qsize());
    r.map(|n| Value::Int(n as i64)).map_err(|e| map_err(vm, e))
}

fn empty(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().map(|q| q.empty());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn full(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().map(|q| q.full());
    r.map(Value::Bool).map_err(|e| map_err(vm, e))
}

fn task_done(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().and_then(|q| q.task_done());
    r.map_err(|e| map_err(vm, e))?;
    Ok(Value::None)
}

fn join(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    vm.flush_stdout();
    let r = block_on(vm, |w| h.as_queue()?.join(w, Block::Forever));
    r.map_err(|e| map_err(vm, e))?;
    Ok(Value::None)
}

fn maxsize(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().map(|q| q.maxsize());
    r.map(|n| Value::Int(n as i64)).map_err(|e| map_err(vm, e))
}

fn unfinished(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = this(vm, args)?;
    let r = h.as_queue().map(|q| q.unfinished_tasks());
    r.map(|n| Value::Int(n as i64)).map_err(|e| map_err(vm, e))
}
