//! Heap object layouts. Behaviour (methods, protocols) lives in `interp/` and `builtins/`;
//! these files only hold the data and its invariants.

pub mod dict;
pub mod function;
pub mod iter;
pub mod set_order;
pub mod str;
pub mod typeobj;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use dict::{DictData, PyDict, PySet, SetData};
pub use function::{
    KwArgs, KwArgsExt, NativeFn, PyBuiltin, PyCell, PyFunction, PyGenerator, PyMethod,
};
pub use iter::{IterState, PyIter};
pub use str::PyStr;
pub use typeobj::{PyType, TypeRef};

use crate::value::Value;

pub struct PyBytes {
    pub data: Vec<u8>,
}

pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
}

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl Drop for PyList {
    /// Items are released last-to-first, as CPython does (finalizer order is observable).
    fn drop(&mut self) {
        let v = self.items.get_mut();
        while v.pop().is_some() {}
    }
}

impl PyList {
    /// Remove all items, releasing them last-to-first like CPython's `list.clear`.
    pub fn clear_items(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        let mut old = old;
        while old.pop().is_some() {}
    }

    pub fn new(items: Vec<Value>) -> Self {
        PyList {
            items: RefCell::new(items),
        }
    }
}

pub struct PyTuple {
    pub items: Vec<Value>,
    pub hash: Cell<Option<i64>>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Self {
        PyTuple {
            items,
            hash: Cell::new(None),
        }
    }
}

/// `range` bounds are 128-bit (ranges beyond that raise OverflowError).
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl PyRange {
    pub fn len(&self) -> i128 {
        let (start, stop, step) = (self.start, self.stop, self.step);
        if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct PyModule {
    pub name: RefCell<Rc<PyStr>>,
    pub dict: Rc<PyDict>,
}

/// An instance of a Python-level class (including exception classes and subclasses of
/// builtin types).
pub struct PyInstance {
    pub class: RefCell<TypeRef>,
    /// `None` when the class uses `__slots__` without `__dict__`.
    pub dict: Option<Rc<PyDict>>,
    /// Values of `__slots__` members, indexed by the slot descriptor.
    pub slots: RefCell<Vec<Option<Value>>>,
    pub payload: Payload,
    /// `__del__` already ran (or the object is a resurrected copy being finalized).
    pub finalized: Cell<bool>,
}

thread_local! {
    /// Instances whose class defines `__del__`, waiting for the interpreter to call it.
    pub static PENDING_DEL: RefCell<Vec<Rc<PyInstance>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for PyInstance {
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        let has_del = self.class.get_mut().flags() & typeobj::type_flags::HAS_DEL != 0;
        if !has_del {
            return;
        }
        // Move the state into a fresh object that the interpreter finalizes soon.
        let copy = PyInstance {
            class: RefCell::new(self.class.get_mut().clone()),
            dict: self.dict.take(),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            payload: std::mem::replace(&mut self.payload, Payload::None),
            finalized: Cell::new(true),
        };
        let _ = PENDING_DEL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(Rc::new(copy));
                function::HAS_PENDING.with(|h| h.set(true));
            }
        });
    }
}

/// Extra state of instances whose class derives from a builtin type with its own layout.
pub enum Payload {
    None,
    /// Subclass of a builtin value type (`int`, `str`, `list`, `dict`, ...): the base value.
    Builtin(RefCell<Value>),
    Exception(RefCell<ExcState>),
    /// A thread-safe registry object (lock, event, queue, thread-local, ...): the handle.
    Shared(weft_shareable::Handle),
    /// A proxy to an object owned by another interpreter (DESIGN.md §3).
    Proxy(weft_shareable::Handle),
}

#[derive(Default)]
pub struct ExcState {
    pub args: Value,
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
    /// Context for CPython's "Did you mean" hints, computed lazily when printed.
    pub suggest: Option<SuggestCtx>,
}

pub enum SuggestCtx {
    Name {
        name: Rc<PyStr>,
        locals: Vec<Rc<PyStr>>,
        globals: Rc<PyDict>,
    },
    Attr {
        name: Rc<PyStr>,
        obj: Value,
    },
}

#[derive(Clone)]
pub struct TraceEntry {
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub line: u32,
    pub source: Option<std::sync::Arc<str>>,
}

/// Less common builtin object kinds.
pub enum Special {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        /// Attribute name, set by `__set_name__` when the property is assigned in a class.
        name: RefCell<Option<Rc<PyStr>>>,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    Super {
        this_type: TypeRef,
        obj: Value,
        obj_type: TypeRef,
    },
    /// `dict.keys()`, `.values()`, `.items()`.
    DictView {
        dict: Rc<PyDict>,
        kind: DictViewKind,
    },
    /// `__slots__` member descriptor.
    SlotMember {
        name: Rc<PyStr>,
        index: usize,
        owner: TypeRef,
    },
    /// Read-only `mappingproxy` of a class namespace.
    MappingProxy(TypeRef),
    File(RefCell<crate::interp::file::FileObj>),
    /// Wrapper making a native function usable as a non-binding attribute.
    Traceback(Rc<Vec<TraceEntry>>),
    /// `int | str` (PEP 604).
    UnionType(Vec<Value>),
    /// `list[int]`-style generic alias (annotations only).
    GenericAlias {
        origin: Value,
        args: Vec<Value>,
    },
    /// The `__dict__` / `__weakref__` descriptors of a class.
    InstanceDictDescr {
        name: Rc<PyStr>,
        owner: TypeRef,
    },
}

impl Special {
    /// The function a `staticmethod` wraps (what `cls.__new__` resolves to); anything else
    /// unchanged.
    pub fn unwrap_static(v: Value) -> Value {
        if let Value::Special(s) = &v {
            if let Special::StaticMethod(f) = &**s {
                return f.clone();
            }
        }
        v
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}
