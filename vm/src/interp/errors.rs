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
            finalized: std::cell::Cell::new(false),
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
        let text = e
            .text
            .clone()
            .map(|t| Value::string(t + "\n"))
            .unwrap_or(Value::None);
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
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
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
                    // Like linecache, there is no source for "<string>", "<stdin>", ...
                    let has_file = !e.filename.starts_with('<');
                    if let Some(src) = e.source.as_ref().filter(|_| has_file) {
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
        let mut line = self.exception_line(exc);
        if let Some(s) = self.suggestion(inst) {
            line.push_str(&format!(". Did you mean: '{}'?", s));
        }
        out.push_str(&line);
        out.push('\n');
        if let Some(st) = self.exc_state(inst) {
            let notes = st.borrow().notes.clone();
            for n in notes {
                if let Ok(s) = self.str_string(&n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }

    /// CPython 3.11's "Did you mean" suggestion for NameError/AttributeError.
    fn suggestion(&mut self, inst: &Rc<PyInstance>) -> Option<String> {
        let st = self.exc_state(inst)?;
        let ctx = st.borrow_mut().suggest.take()?;
        match ctx {
            crate::objects::SuggestCtx::Name {
                name,
                locals,
                globals,
            } => {
                let cands: Vec<String> = locals.iter().map(|s| s.as_str().to_string()).collect();
                if let Some(s) = best_suggestion(name.as_str(), &cands) {
                    return Some(s);
                }
                let g: Vec<String> = globals
                    .data
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
                    .collect();
                if let Some(s) = best_suggestion(name.as_str(), &g) {
                    return Some(s);
                }
                let b: Vec<String> = self
                    .builtins
                    .data
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
                    .collect();
                best_suggestion(name.as_str(), &b)
            }
            crate::objects::SuggestCtx::Attr { name, obj } => {
                let mut cands: Vec<String> = Vec::new();
                match &obj {
                    Value::Module(m) => {
                        cands.extend(
                            m.dict
                                .data
                                .borrow()
                                .keys()
                                .iter()
                                .filter_map(|k| k.as_str().map(|s| s.as_str().to_string())),
                        );
                    }
                    _ => {
                        if let Value::Instance(i) = &obj {
                            if let Some(d) = &i.dict {
                                cands.extend(
                                    d.data
                                        .borrow()
                                        .keys()
                                        .iter()
                                        .filter_map(|k| k.as_str().map(|s| s.as_str().to_string())),
                                );
                            }
                        }
                        let t = match &obj {
                            Value::Type(t) => t.clone(),
                            _ => self.type_of(&obj),
                        };
                        for c in t.mro.borrow().iter() {
                            cands.extend(
                                c.dict
                                    .data
                                    .borrow()
                                    .keys()
                                    .iter()
                                    .filter_map(|k| k.as_str().map(|s| s.as_str().to_string())),
                            );
                        }
                    }
                }
                cands.sort();
                cands.dedup();
                best_suggestion(name.as_str(), &cands)
            }
        }
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

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's bounded Levenshtein distance (Python/suggestions.c).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

pub fn best_suggestion(name: &str, cands: &[String]) -> Option<String> {
    if cands.len() >= 750 {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_d = usize::MAX;
    for c in cands {
        if c == name {
            continue;
        }
        let mut max_d = (name.len() + c.len() + 3) * MOVE_COST / 6;
        max_d = max_d.min(best_d.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max_d);
        if d > max_d {
            continue;
        }
        if best.is_none() || d < best_d {
            best = Some(c);
            best_d = d;
        }
    }
    best.cloned()
}
