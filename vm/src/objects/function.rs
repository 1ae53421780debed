//! Callables: Python functions, native (builtin) functions, bound methods, closure cells,
//! and generator objects.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::CodeObject;
use crate::interp::frame::Frame;
use crate::interp::{CodeRt, PyResult, Vm};
use crate::objects::{PyDict, PyStr};
use crate::value::Value;

/// Keyword arguments of a call, in call order.
pub type KwArgs = [(Rc<PyStr>, Value)];

/// Signature of every native function. Methods receive `self` as `args[0]`.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

pub struct PyFunction {
    pub code: Arc<CodeObject>,
    pub rt: Rc<CodeRt>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Vec<Rc<PyCell>>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    pub module: RefCell<Value>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
}

pub struct PyBuiltin {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// `__self__` for module-level functions bound to data, else `None`.
    pub bound: Option<Value>,
    /// Qualifying owner name for reprs, e.g. `list` in `<method 'append' of 'list' objects>`.
    pub owner: Option<Rc<str>>,
}

impl PyBuiltin {
    /// Is `v` one of `object`'s own native methods (i.e. the slot is not overridden)?
    pub fn is_object_method(v: &Value) -> bool {
        matches!(v, Value::Builtin(b) if b.owner.as_deref() == Some("object"))
    }
}

pub struct PyMethod {
    pub func: Value,
    pub self_: Value,
}

pub struct PyCell {
    pub value: RefCell<Option<Value>>,
    /// Set when the cell is shared with another interpreter (a closure that crossed), on
    /// both sides: reads and writes must then go through `Vm::load_cell`/`store_cell`.
    pub cross: std::cell::OnceCell<Box<crate::cross::CellCross>>,
}

impl PyCell {
    pub fn new(v: Option<Value>) -> Self {
        PyCell {
            value: RefCell::new(v),
            cross: std::cell::OnceCell::new(),
        }
    }
}

pub struct PyGenerator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
}

/// Keyword lookup for native functions' `&KwArgs`.
pub trait KwArgsExt {
    fn get_kw(&self, name: &str) -> Option<Value>;
}

thread_local! {
    /// Suspended generators dropped inside a `try`: their frames must still be closed
    /// (running `finally` blocks), which needs the interpreter, so they wait here.
    pub static PENDING_FINALIZERS: RefCell<Vec<(Box<Frame>, Rc<PyStr>)>> = const { RefCell::new(Vec::new()) };
    pub static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        if let Some(f) = self.frame.get_mut().take() {
            if self.started.get() && !f.blocks.is_empty() {
                let q = self.qualname.clone();
                let _ = PENDING_FINALIZERS.try_with(|p| {
                    if let Ok(mut p) = p.try_borrow_mut() {
                        p.push((f, q));
                        HAS_PENDING.with(|h| h.set(true));
                    }
                });
            }
        }
    }
}
