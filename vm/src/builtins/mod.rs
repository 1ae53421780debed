//! The `builtins` module and the methods of builtin types.
//!
//! Every native function has the signature `fn(&mut Vm, &[Value], &KwArgs) ->
//! PyResult<Value>`; methods receive `self` as `args[0]`. Each type's methods live in their
//! own file and are registered by `types_init`.

pub mod bytes_methods;
pub mod classes;
pub mod dict_methods;
pub mod exceptions;
pub mod file;
pub mod functions;
pub mod list_methods;
pub mod number_methods;
pub mod set_methods;
pub mod str_methods;
pub mod strfmt;

use std::rc::Rc;

use crate::interp::hashing::dict_set_str;
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, NativeFn, PyBuiltin, PyDict, TypeRef};
use crate::value::Value;

/// Register a native function in a namespace dict.
pub fn add_fn(vm: &mut Vm, dict: &Rc<PyDict>, name: &str, func: NativeFn) {
    let f = Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from(name),
        func,
        bound: None,
        owner: None,
    }));
    let k = vm.intern(name);
    dict_set_str(dict, k, f);
}

thread_local! {
    /// The owner name of the type whose methods are being registered: interpreters
    /// register hundreds of methods type by type, so one shared `Rc<str>` per type.
    static OWNER: std::cell::RefCell<Option<(usize, Rc<str>)>> = const { std::cell::RefCell::new(None) };
}

fn owner_name(t: &TypeRef) -> Rc<str> {
    let key = Rc::as_ptr(t) as usize;
    OWNER.with(|o| {
        let mut o = o.borrow_mut();
        match &*o {
            Some((k, name)) if *k == key && **name == *t.name.borrow().as_str() => name.clone(),
            _ => {
                let name: Rc<str> = Rc::from(t.name.borrow().as_str());
                *o = Some((key, name.clone()));
                name
            }
        }
    })
}

/// Register a method on a builtin type.
pub fn add_method(vm: &mut Vm, t: &TypeRef, name: &str, func: NativeFn) {
    let f = Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from(name),
        func,
        bound: None,
        owner: Some(owner_name(t)),
    }));
    let k = vm.intern(name);
    dict_set_str(&t.dict, k, f);
}

/// Register a classmethod (e.g. `dict.fromkeys`) on a builtin type.
pub fn add_classmethod(vm: &mut Vm, t: &TypeRef, name: &str, func: NativeFn) {
    let f = Value::Builtin(Rc::new(PyBuiltin {
        name: Rc::from(name),
        func,
        bound: None,
        owner: Some(owner_name(t)),
    }));
    let k = vm.intern(name);
    dict_set_str(
        &t.dict,
        k,
        Value::Special(Rc::new(crate::objects::Special::ClassMethod(f))),
    );
}

/// Check the positional argument count of a native function.
pub fn check_args(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, n),
            1 => format!("{}() takes exactly one argument ({} given)", name, n),
            _ => format!("{} expected {} arguments, got {}", name, min, n),
        }
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    };
    Err(vm.type_error(msg))
}

/// Reject keyword arguments for functions that take none.
pub fn no_kwargs(vm: &Vm, name: &str, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// Find a keyword argument, or the positional at `pos`.
pub fn arg_or_kw(args: &[Value], kwargs: &KwArgs, pos: usize, name: &str) -> Option<Value> {
    if let Some(v) = args.get(pos) {
        return Some(v.clone());
    }
    kwargs
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v.clone())
}

/// Reject unknown keyword arguments.
pub fn only_kwargs(vm: &Vm, fname: &str, kwargs: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname,
                k.as_str()
            )));
        }
    }
    Ok(())
}

/// `ascii()`-style escaping of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// Populate the builtins namespace.
pub fn init(vm: &mut Vm) {
    functions::init(vm);
    let b = vm.builtins.clone();
    let types = [
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool_.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str_.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("list", vm.types.list.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("property", vm.types.property.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("super", vm.types.super_.clone()),
        ("enumerate", vm.types.iter_types["enumerate"].clone()),
        ("zip", vm.types.iter_types["zip"].clone()),
        ("map", vm.types.iter_types["map"].clone()),
        ("filter", vm.types.iter_types["filter"].clone()),
        ("reversed", vm.types.iter_types["reversed"].clone()),
    ];
    for (name, t) in types {
        let k = vm.intern(name);
        dict_set_str(&b, k, Value::Type(t));
    }
    let excs: Vec<(&'static str, TypeRef)> =
        vm.types.exc.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (name, t) in excs {
        if name == "UnsupportedOperation" {
            continue;
        }
        let k = vm.intern(name);
        dict_set_str(&b, k, Value::Type(t));
    }
    for (alias, target) in [("EnvironmentError", "OSError"), ("IOError", "OSError")] {
        let t = vm.exc_type(target);
        let k = vm.intern(alias);
        dict_set_str(&b, k, Value::Type(t));
    }
    let consts = [
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("Ellipsis", Value::Ellipsis),
        ("NotImplemented", Value::NotImplemented),
        ("__debug__", Value::Bool(true)),
    ];
    for (name, v) in consts {
        let k = vm.intern(name);
        dict_set_str(&b, k, v);
    }
    let k = vm.intern("__name__");
    dict_set_str(&b, k, Value::str("builtins"));
    let modules = vm.modules.clone();
    let _ = vm.dict_set(
        &modules,
        Value::str("builtins"),
        Value::Module(vm.builtins_module.clone()),
    );
}

/// Register the methods of every builtin type.
pub fn types_init(vm: &mut Vm) {
    classes::init(vm);
    exceptions::init(vm);
    number_methods::init(vm);
    str_methods::init(vm);
    bytes_methods::init(vm);
    list_methods::init(vm);
    dict_methods::init(vm);
    set_methods::init(vm);
    file::init(vm);
}
