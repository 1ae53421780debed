//! The Python modules this crate provides: native `_thread` and `queue`, and the frozen
//! (Python-source) `threading` and `concurrent.futures`.

mod frozen;
mod interpreters;
mod queue;
pub(crate) mod thread;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use weft_shareable::{Error, Handle};
use weft_vm::builtins::add_method;
use weft_vm::interp::hashing::dict_set_str;
use weft_vm::objects::typeobj::BaseLayout;
use weft_vm::objects::{KwArgs, NativeFn, Payload, PyBuiltin, PyInstance, Special, TypeRef};
use weft_vm::{PyErr, PyResult, Value, Vm};

/// Registers the modules in `vm` (each is built on first import).
pub fn install(vm: &mut Vm) {
    // Raised by `-X strict-sharing` (from the vm's export, so registered up front).
    if let Value::Type(t) = exception_class(vm, "IsolationError", "threading", "RuntimeError") {
        vm.types.exc.insert("IsolationError", t);
    }
    vm.native_modules
        .insert("_thread".into(), Rc::new(thread::make));
    vm.native_modules
        .insert("queue".into(), Rc::new(queue::make));
    vm.native_modules
        .insert("_interpreters".into(), Rc::new(interpreters::make));
    // Raised by the vm's deep copy for the explicit door.
    if let Value::Type(t) = exception_class(
        vm,
        "NotShareableError",
        "concurrent.interpreters",
        "TypeError",
    ) {
        vm.types.exc.insert("NotShareableError", t);
    }
    frozen::register(vm);
    for m in [
        "_thread",
        "queue",
        "threading",
        "concurrent",
        "concurrent.futures",
        "concurrent.futures._base",
        "concurrent.futures.thread",
        "concurrent.futures.interpreter",
        "concurrent.interpreters",
        "interpreters",
        "_interpreters",
        "builtins",
        "sys",
        "math",
        "time",
    ] {
        vm.cross.by_name.insert(m.to_string());
    }
}

/// The registry handle behind a shared object (`self` of the natives below).
pub(crate) fn handle_of(vm: &Vm, v: &Value) -> PyResult<Handle> {
    if let Value::Instance(inst) = v {
        if let Payload::Shared(h) = &inst.payload {
            return Ok(h.clone());
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a shared object, not '{}'",
        vm.type_name(v)
    )))
}

/// The `self` argument of a native method.
pub(crate) fn this(vm: &Vm, args: &[Value]) -> PyResult<Handle> {
    match args.first() {
        Some(v) => handle_of(vm, v),
        None => Err(vm.type_error("method needs an argument")),
    }
}

pub(crate) fn arg(args: &[Value], kw: &KwArgs, pos: usize, name: &str) -> Option<Value> {
    weft_vm::builtins::arg_or_kw(args, kw, pos, name)
}

pub(crate) fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        o => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            vm.type_name(o)
        ))),
    }
}

pub(crate) fn opt_f64(vm: &Vm, v: Option<Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_f64(vm, &v).map(Some),
    }
}

pub(crate) fn to_bool(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => vm.truthy(&v),
    }
}

/// A Python exception for an error of the shareable crate.
pub(crate) fn map_err(vm: &mut Vm, e: Error) -> PyErr {
    let by_name = |vm: &mut Vm, module: &str, name: &str| -> PyErr {
        match vm.resolve_by_name(module, name) {
            Ok(cls) => match vm.call(&cls, &[], &[]) {
                Ok(v) => vm.err_from_value(v),
                Err(e) => e,
            },
            Err(e) => e,
        }
    };
    match e {
        Error::Empty => by_name(vm, "queue", "Empty"),
        Error::Full => by_name(vm, "queue", "Full"),
        Error::BrokenBarrier => by_name(vm, "_thread", "BrokenBarrierError"),
        Error::Key(k) => match vm.import(&k) {
            Ok(k) => vm.exc_with_args("KeyError", vec![k]),
            Err(e) => e,
        },
        Error::Interrupted => vm.new_error("KeyboardInterrupt", ""),
        other => vm.new_error(other.python_type(), other.to_string()),
    }
}

/// A native type of `module`, with methods and read-only properties.
pub(crate) fn new_type(
    vm: &mut Vm,
    name: &str,
    module: &str,
    methods: &[(&str, NativeFn)],
    props: &[(&str, NativeFn)],
) -> TypeRef {
    let object = vm.types.object.clone();
    let t = weft_vm::interp::types::make_type(name, vec![object], BaseLayout::Object, None);
    let mk = vm.intern("__module__");
    dict_set_str(&t.dict, mk, Value::str(module));
    for (n, f) in methods {
        add_method(vm, &t, n, *f);
    }
    for (n, f) in props {
        let getter = Value::Builtin(Rc::new(PyBuiltin {
            name: Rc::from(*n),
            func: *f,
            bound: None,
            owner: Some(Rc::from(name)),
        }));
        let p = Value::Special(Rc::new(Special::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: RefCell::new(Some(vm.intern(n))),
        }));
        let k = vm.intern(n);
        dict_set_str(&t.dict, k, p);
    }
    weft_vm::objects::typeobj::bump_type_epoch();
    t
}

/// The class argument of a `__new__`.
pub(crate) fn cls_arg(vm: &Vm, args: &[Value]) -> PyResult<TypeRef> {
    match args.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        _ => Err(vm.type_error("__new__ needs a type argument")),
    }
}

/// A local object for a new registry handle (of class `cls`, possibly a Python subclass).
pub(crate) fn shared_instance(vm: &mut Vm, cls: &TypeRef, h: Handle) -> Value {
    let inst = Rc::new(PyInstance {
        class: RefCell::new(cls.clone()),
        dict: if cls.has_dict {
            Some(Rc::new(weft_vm::objects::PyDict::new()))
        } else {
            None
        },
        slots: RefCell::new(vec![None; cls.nslots]),
        payload: Payload::Shared(h.clone()),
        finalized: Cell::new(false),
    });
    vm.register_shared(&h, &inst);
    Value::Instance(inst)
}

/// An exception class `module.name(base)`.
pub(crate) fn exception_class(vm: &mut Vm, name: &str, module: &str, base: &str) -> Value {
    let base = Value::Type(vm.exc_type(base));
    let ns = Rc::new(weft_vm::objects::PyDict::new());
    let mk = vm.intern("__module__");
    dict_set_str(&ns, mk, Value::str(module));
    let qk = vm.intern("__qualname__");
    dict_set_str(&ns, qk, Value::str(name));
    let tt = Value::Type(vm.types.type_.clone());
    vm.call(
        &tt,
        &[Value::str(name), Value::tuple(vec![base]), Value::Dict(ns)],
        &[],
    )
    .unwrap_or(Value::None)
}

/// `<... at 0x...>` address of an object.
pub(crate) fn addr(v: &Value) -> String {
    format!("{:#x}", v.ptr().unwrap_or(0))
}
