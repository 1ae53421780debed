//! Methods of `BaseException` and its special subclasses.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, Payload};
use crate::value::Value;

use super::{add_method, check_args};

pub fn init(vm: &mut Vm) {
    let be = vm.types.base_exception.clone();
    add_method(vm, &be, "__new__", exc_new);
    add_method(vm, &be, "__init__", exc_init);
    add_method(vm, &be, "__str__", exc_str);
    add_method(vm, &be, "__repr__", exc_repr);
    add_method(vm, &be, "with_traceback", exc_with_traceback);
    add_method(vm, &be, "add_note", exc_add_note);
    for name in [
        "StopIteration",
        "SystemExit",
        "KeyError",
        "OSError",
        "ImportError",
        "ModuleNotFoundError",
        "NameError",
        "AttributeError",
        "SyntaxError",
    ] {
        let t = vm.exc_type(name);
        add_method(vm, &t, "__init__", exc_init);
    }
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &vm.exc_type("OSError")) && args.len() >= 3 {
        if let Value::Int(errno) = args[1] {
            let sub = match errno {
                1 | 13 => Some("PermissionError"),
                2 => Some("FileNotFoundError"),
                3 => Some("ProcessLookupError"),
                4 => Some("InterruptedError"),
                10 => Some("ChildProcessError"),
                11 | 114 | 115 => Some("BlockingIOError"),
                17 => Some("FileExistsError"),
                20 => Some("NotADirectoryError"),
                21 => Some("IsADirectoryError"),
                32 | 108 => Some("BrokenPipeError"),
                103 => Some("ConnectionAbortedError"),
                104 => Some("ConnectionResetError"),
                110 => Some("TimeoutError"),
                111 => Some("ConnectionRefusedError"),
                _ => None,
            };
            if let Some(n) = sub {
                cls = vm.exc_type(n);
            }
        }
    }
    let inst = super::classes::new_instance(
        vm,
        &cls,
        Payload::Exception(std::cell::RefCell::new(crate::objects::ExcState {
            args: Value::tuple(args[1..].to_vec()),
            ..Default::default()
        })),
    );
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    let t = inst.class.borrow().clone();
    let names = [
        "ImportError",
        "NameError",
        "AttributeError",
        "StopIteration",
        "SystemExit",
        "OSError",
        "SyntaxError",
    ];
    let flags: Vec<bool> = names
        .iter()
        .map(|n| t.is_subtype(&vm.exc_type(n)))
        .collect();
    let is = |n: &str| {
        names
            .iter()
            .position(|x| *x == n)
            .map(|i| flags[i])
            .unwrap_or(false)
    };
    let kw_ok = is("ImportError") || is("NameError") || is("AttributeError");
    if !kw.is_empty() && !kw_ok {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", t.name_str())));
    }
    if let Some(st) = vm.exc_state(inst) {
        st.borrow_mut().args = Value::tuple(args[1..].to_vec());
    }
    let a = &args[1..];
    let set = |vm: &mut Vm, name: &str, v: Value| {
        if let Some(d) = &inst.dict {
            let k = vm.intern(name);
            crate::interp::hashing::dict_set_str(d, k, v);
        }
    };
    if is("StopIteration") {
        set(vm, "value", a.first().cloned().unwrap_or(Value::None));
    }
    if is("SystemExit") {
        let code = match a.len() {
            0 => Value::None,
            1 => a[0].clone(),
            _ => Value::tuple(a.to_vec()),
        };
        set(vm, "code", code);
    }
    if is("OSError") {
        let (errno, strerror) = if a.len() >= 2 {
            (a[0].clone(), a[1].clone())
        } else {
            (Value::None, Value::None)
        };
        set(vm, "errno", errno);
        set(vm, "strerror", strerror);
        set(vm, "filename", a.get(2).cloned().unwrap_or(Value::None));
    }
    if is("ImportError") {
        let mut name = Value::None;
        let mut path = Value::None;
        for (k, v) in kw {
            match k.as_str() {
                "name" => name = v.clone(),
                "path" => path = v.clone(),
                other => {
                    return Err(vm.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        other,
                        t.name_str()
                    )))
                }
            }
        }
        set(vm, "msg", a.first().cloned().unwrap_or(Value::None));
        set(vm, "name", name);
        set(vm, "path", path);
    }
    if is("NameError") || is("AttributeError") {
        for (k, v) in kw {
            set(vm, k.as_str(), v.clone());
        }
    }
    if is("SyntaxError") {
        set(vm, "msg", a.first().cloned().unwrap_or(Value::None));
        if let Some(Value::Tuple(d)) = a.get(1) {
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            for (i, n) in names.iter().enumerate() {
                set(vm, n, d.items.get(i).cloned().unwrap_or(Value::None));
            }
        }
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__str__", args, 1, 1)?;
    let v = &args[0];
    if let Value::Instance(inst) = v {
        let t = inst.class.borrow().clone();
        let a = vm.exc_args(inst);
        if t.is_subtype(&vm.exc_type("OSError")) && a.len() >= 2 {
            let e = vm.str_string(&a[0])?;
            let s = vm.str_string(&a[1])?;
            if let Some(f) = a.get(2) {
                let fr = vm.repr_string(f)?;
                return Ok(Value::string(format!("[Errno {}] {}: {}", e, s, fr)));
            }
            return Ok(Value::string(format!("[Errno {}] {}", e, s)));
        }
        if t.is_subtype(&vm.exc_type("SyntaxError")) {
            if let Some(d) = &inst.dict {
                let mk = vm.intern("msg");
                if let Some(m) = crate::interp::hashing::dict_get_str(d, &mk) {
                    if !m.is_none() {
                        let ms = vm.str_string(&m)?;
                        let fk = vm.intern("filename");
                        let lk = vm.intern("lineno");
                        let f = crate::interp::hashing::dict_get_str(d, &fk);
                        let l = crate::interp::hashing::dict_get_str(d, &lk);
                        return Ok(Value::string(match (f, l) {
                            (Some(Value::Str(f)), Some(Value::Int(l))) => {
                                let fname = f.as_str().rsplit('/').next().unwrap_or("").to_string();
                                format!("{} ({}, line {})", ms, fname, l)
                            }
                            _ => ms,
                        }));
                    }
                }
            }
        }
    }
    Ok(Value::string(vm.exception_str(v)?))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let v = &args[0];
    let Value::Instance(inst) = v else {
        return Ok(Value::string(vm.builtin_repr(v)?));
    };
    let name = inst.class.borrow().name_str();
    let a = vm.exc_args(inst);
    let inner = if a.len() == 1 {
        vm.repr_string(&a[0])?
    } else {
        let r = vm.repr_string(&Value::tuple(a.clone()))?;
        if a.is_empty() {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(Value::string(format!("{}({})", name, inner)))
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "with_traceback", args, 2, 2)?;
    Ok(args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "add_note", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    if let Value::Instance(inst) = &args[0] {
        if let Some(st) = vm.exc_state(inst) {
            st.borrow_mut().notes.push(args[1].clone());
        }
    }
    Ok(Value::None)
}
