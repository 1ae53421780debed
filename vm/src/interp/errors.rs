//! Creating, inspecting and printing exceptions.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{ExcState, Payload, PyDict, PyInstance, TraceEntry, TypeRef};
use crate::syntax_error::SyntaxErrorInfo;
use crate::value::Value;

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// A fresh exception instance of `t` with the given args (no `__init__` is run).
    pub fn new_exception_obj(&self, t: &TypeRef, args: Vec<Value>) -> Rc<PyInstance> {
        Rc::new(PyInstance {
            class: RefCell::new(t.clone()),
            dict: Some(Rc::new(PyDict::new())),
            slots: RefCell::new(Vec::new()),
            payload: Payload::Exception(RefCell::new(ExcState {
                args: Value::tuple(args),
                ..Default::default()
            })),
        })
    }

    pub fn new_error(&self, type_name: &str, msg: impl Into<String>) -> PyErr {
        let t = self.exc_type(type_name);
        PyErr {
            exc: self.new_exception_obj(&t, vec![Value::string(msg.into())]),
        }
    }

    pub fn err<T>(&self, type_name: &str, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_error(type_name, msg))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("AttributeError", msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let t = self.exc_type("KeyError");
        PyErr {
            exc: self.new_exception_obj(&t, vec![key]),
        }
    }

    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        let t = self.exc_type("StopIteration");
        let args = match value {
            Some(v) => vec![v],
            None => vec![],
        };
        PyErr {
            exc: self.new_exception_obj(&t, args),
        }
    }

    pub fn exc_with_args(&self, type_name: &str, args: Vec<Value>) -> PyErr {
        let t = self.exc_type(type_name);
        PyErr {
            exc: self.new_exception_obj(&t, args),
        }
    }

    /// Convert a front-end error into a `SyntaxError` instance with CPython's attributes.
    pub fn syntax_error(&mut self, e: &SyntaxErrorInfo) -> PyErr {
        let t = self.exc_type(e.kind.name());
        let text = e.text.clone().map(|t| Value::string(t + "\n")).unwrap_or(Value::None);
        let details = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text.clone(),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ]);
        let exc = self.new_exception_obj(&t, vec![Value::str(&e.msg), details]);
        if let Some(d) = &exc.dict {
            let pairs = [
                ("msg", Value::str(&e.msg)),
                ("filename", Value::str(&e.filename)),
                ("lineno", Value::Int(e.lineno as i64)),
                ("offset", Value::Int(e.offset as i64)),
                ("text", text),
                ("end_lineno", Value::Int(e.end_lineno as i64)),
                ("end_offset", Value::Int(e.end_offset as i64)),
                ("print_file_and_line", Value::None),
            ];
            for (k, v) in pairs {
                let k = self.intern(k);
                super::hashing::dict_set_str(d, k, v);
            }
        }
        PyErr { exc }
    }

    pub fn exc_state<'a>(&self, e: &'a PyInstance) -> Option<&'a RefCell<ExcState>> {
        match &e.payload {
            Payload::Exception(s) => Some(s),
            _ => None,
        }
    }

    pub fn exc_args(&self, e: &PyInstance) -> Vec<Value> {
        match &e.payload {
            Payload::Exception(s) => match &s.borrow().args {
                Value::Tuple(t) => t.items.clone(),
                _ => vec![],
            },
            _ => vec![],
        }
    }

    /// Is `err` an instance of the named builtin exception type?
    pub fn err_is(&self, err: &PyErr, type_name: &str) -> bool {
        let t = self.exc_type(type_name);
        err.exc.class.borrow().is_subtype(&t)
    }

    pub fn add_traceback(&self, err: &PyErr, entry: TraceEntry) {
        if let Some(s) = self.exc_state(&err.exc) {
            s.borrow_mut().traceback.push(entry);
        }
    }

    /// Format an exception with its chain and traceback as CPython prints it.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let Value::Instance(inst) = exc else {
            out.push_str(&format!("{}\n", self.type_name(exc)));
            return;
        };
        seen.push(Rc::as_ptr(inst) as usize);
        if let Some(state) = self.exc_state(inst) {
            let (cause, context, suppress) = {
                let s = state.borrow();
                (s.cause.clone(), s.context.clone(), s.suppress_context)
            };
            if let Some(c) = cause.filter(|c| !c.is_none()) {
                if !c.ptr().map(|p| seen.contains(&p)).unwrap_or(false) {
                    self.format_exception_chain(&c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let Some(c) = context.filter(|c| !c.is_none() && !suppress) {
                if !c.ptr().map(|p| seen.contains(&p)).unwrap_or(false) {
                    self.format_exception_chain(&c, out, seen);
                    out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
            let tb = state.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for e in tb.iter().rev() {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        e.filename, e.line, e.name
                    ));
                    if let Some(src) = &e.source {
                        if let Some(line) = src.lines().nth(e.line.saturating_sub(1) as usize) {
                            let t = line.trim();
                            if !t.is_empty() {
                                out.push_str(&format!("    {}\n", t));
                            }
                        }
                    }
                }
            }
        }
        let is_syntax = self.is_instance(exc, &self.exc_type("SyntaxError"));
        if is_syntax {
            if let Some(s) = self.syntax_error_render(inst) {
                out.push_str(&s);
                out.push('\n');
                return;
            }
        }
        let line = self.exception_line(exc);
        out.push_str(&line);
        out.push('\n');
    }

    fn syntax_error_render(&mut self, inst: &Rc<PyInstance>) -> Option<String> {
        let d = inst.dict.as_ref()?;
        let get = |vm: &mut Vm, k: &str| {
            let k = vm.intern(k);
            super::hashing::dict_get_str(d, &k)
        };
        let msg = match get(self, "msg") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return None,
        };
        let filename = match get(self, "filename") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "<string>".to_string(),
        };
        let int = |v: Option<Value>| match v {
            Some(Value::Int(i)) => i as u32,
            _ => 0,
        };
        let lineno = int(get(self, "lineno"));
        let offset = int(get(self, "offset"));
        let end_lineno = int(get(self, "end_lineno"));
        let end_offset = int(get(self, "end_offset"));
        let text = match get(self, "text") {
            Some(Value::Str(s)) => Some(s.as_str().trim_end_matches('\n').to_string()),
            _ => None,
        };
        let kind_name = inst.class.borrow().name_str();
        let info = SyntaxErrorInfo {
            kind: crate::syntax_error::SyntaxErrorKind::SyntaxError,
            msg,
            filename,
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
        };
        let r = info.render();
        // render() names the kind from the enum; use the real class name.
        let r = match r.rfind("SyntaxError: ") {
            Some(pos) => format!("{}{}: {}", &r[..pos], kind_name, info.msg),
            None => r,
        };
        Some(r)
    }

    /// The last line: `ValueError: msg` (or just the type name when str(exc) is empty).
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let t = self.type_of(exc);
        let mut name = t.name_str();
        let module = crate::interp::hashing::dict_get_str(&t.dict, &self.intern("__module__"));
        if let Some(Value::Str(m)) = module {
            if m.as_str() != "builtins" && m.as_str() != "__main__" {
                name = format!("{}.{}", m.as_str(), name);
            }
        }
        let s = match self.to_str(exc) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        if s.is_empty() {
            name
        } else {
            format!("{}: {}", name, s)
        }
    }
}
