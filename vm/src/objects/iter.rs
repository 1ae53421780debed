//! Native iterator objects (`list_iterator`, `range_iterator`, `zip`, `map`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{PyDict, PyStr};
use crate::value::Value;

pub struct PyIter {
    pub state: RefCell<IterState>,
}

pub enum IterState {
    /// Indexable builtin sequences: list, tuple, str, bytes, bytearray.
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    /// Dict (or set) iteration over entry slots; `len` detects resizes.
    DictKeys {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
    },
    DictValues {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
    },
    DictItems {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
    },
    SetItems {
        set: Rc<crate::objects::PySet>,
        idx: usize,
        len: usize,
    },
    /// `reversed()` of an indexable sequence.
    Reversed {
        seq: Value,
        idx: isize,
    },
    /// Fallback `__getitem__` iteration protocol.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Exhausted,
    /// Pre-computed items (used for `str` fallbacks and snapshots).
    Items {
        items: Vec<Value>,
        idx: usize,
        name: &'static str,
    },
    StrChars {
        s: Rc<PyStr>,
        byte: usize,
    },
}
