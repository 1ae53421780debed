//! Type objects: builtin and user-defined classes share this layout.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::{PyDict, PyStr};
use crate::value::Value;

pub type TypeRef = Rc<PyType>;

/// Which builtin layout instances of a type (and its subclasses) carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseLayout {
    /// Plain `object` instances (`PyInstance` with `Payload::None`).
    Object,
    /// A builtin value type; instances of subclasses wrap a base value.
    Builtin,
    /// `BaseException` and subclasses.
    Exception,
}

pub struct PyType {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: RefCell<Vec<TypeRef>>,
    pub mro: RefCell<Vec<TypeRef>>,
    pub dict: Rc<PyDict>,
    /// `type(cls)`; `None` means plain `type`.
    pub metaclass: RefCell<Option<TypeRef>>,
    pub layout: BaseLayout,
    /// Defined by a class statement (attributes settable, has `__module__` in its dict).
    pub heap: bool,
    /// Instances have a `__dict__` (false for builtins and `__slots__` classes without it).
    pub has_dict: bool,
    /// Number of `__slots__` members instances carry (including inherited ones).
    pub nslots: usize,
    /// Bumped whenever this class or any base changes, invalidating attribute caches.
    pub version: Cell<u64>,
    /// Weak links to subclasses are not kept; caches validate against every MRO entry.
    pub builtin_kind: Option<crate::interp::types::BuiltinKind>,
    /// Direct subclasses (for `__subclasses__`), weakly held.
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// MRO lookup cache, valid while `epoch` equals the interpreter's type epoch.
    pub cache: RefCell<TypeCache>,
    /// Set when this class is seen from other interpreters, or is a mirror of such a class.
    pub cross: RefCell<Option<Rc<crate::cross::TypeCross>>>,
}

#[derive(Default)]
pub struct TypeCache {
    pub epoch: u64,
    /// `TypeFlags` bits, valid when `flags_epoch` equals the type epoch.
    pub flags: u8,
    pub flags_epoch: u64,
    pub attrs: crate::interp::FxHashMap<usize, (Rc<PyStr>, Option<Value>)>,
    /// `Vm::simple_init`'s answer, valid when `init_epoch` equals the type epoch.
    pub init: Option<Value>,
    pub init_epoch: u64,
}

thread_local! {
    /// Bumped whenever any class namespace or MRO changes; invalidates every `TypeCache`.
    pub static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

impl PyType {
    pub fn name(&self) -> Rc<PyStr> {
        self.name.borrow().clone()
    }

    pub fn name_str(&self) -> String {
        self.name.borrow().as_str().to_string()
    }

    /// Look `name` up along the MRO (no descriptors applied).
    pub fn lookup(&self, name: &Rc<PyStr>) -> Option<Value> {
        let epoch = TYPE_EPOCH.with(|e| e.get());
        let key = Rc::as_ptr(name) as usize;
        {
            let c = self.cache.borrow();
            if c.epoch == epoch {
                if let Some((n, v)) = c.attrs.get(&key) {
                    if Rc::ptr_eq(n, name) {
                        return v.clone();
                    }
                }
            }
        }
        let v = self.lookup_uncached(name);
        let mut c = self.cache.borrow_mut();
        if c.epoch != epoch {
            c.attrs.clear();
            c.epoch = epoch;
        }
        // The stored Rc keeps the key's address from being reused.
        if c.attrs.len() > 4096 {
            c.attrs.clear();
        }
        c.attrs.insert(key, (name.clone(), v.clone()));
        v
    }

    /// Which attribute-access hooks the class overrides (cached per type epoch).
    #[inline]
    pub fn flags(&self) -> u8 {
        let epoch = TYPE_EPOCH.with(|e| e.get());
        {
            let c = self.cache.borrow();
            if c.flags_epoch == epoch {
                return c.flags;
            }
        }
        let mut flags = 0;
        let overridden = |name: &str| -> bool {
            self.lookup_uncached(&PyStr::new(name))
                .is_some_and(|f| !crate::objects::PyBuiltin::is_object_method(&f))
        };
        if self.heap {
            if overridden("__getattribute__") {
                flags |= type_flags::CUSTOM_GETATTRIBUTE;
            }
            if overridden("__setattr__") {
                flags |= type_flags::CUSTOM_SETATTR;
            }
            if overridden("__delattr__") {
                flags |= type_flags::CUSTOM_DELATTR;
            }
            if self.lookup_uncached(&PyStr::new("__getattr__")).is_some() {
                flags |= type_flags::HAS_GETATTR;
            }
            if self.lookup_uncached(&PyStr::new("__del__")).is_some() {
                flags |= type_flags::HAS_DEL;
            }
        }
        let mut c = self.cache.borrow_mut();
        c.flags = flags;
        c.flags_epoch = epoch;
        flags
    }

    pub fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        for t in self.mro.borrow().iter() {
            if let Some(v) = crate::interp::hashing::dict_get_str(&t.dict, name) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subtype(self: &Rc<Self>, other: &TypeRef) -> bool {
        if Rc::ptr_eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }
}

/// Bits of `PyType::flags`.
pub mod type_flags {
    pub const CUSTOM_GETATTRIBUTE: u8 = 1;
    pub const CUSTOM_SETATTR: u8 = 2;
    pub const CUSTOM_DELATTR: u8 = 4;
    pub const HAS_GETATTR: u8 = 8;
    pub const HAS_DEL: u8 = 16;
}
