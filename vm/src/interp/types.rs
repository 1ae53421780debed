//! The builtin type objects of one interpreter, the exception hierarchy, and C3 MRO.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::typeobj::BaseLayout;
use crate::objects::{IterState, PyDict, PyStr, PyType, Special, TypeRef};
use crate::value::Value;

use super::Vm;

/// Identifies builtin types whose instances are native values (used for subclassing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinKind {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    BaseException,
    Other,
}

pub struct Types {
    pub object: TypeRef,
    pub type_: TypeRef,
    pub none: TypeRef,
    pub not_implemented: TypeRef,
    pub ellipsis: TypeRef,
    pub bool_: TypeRef,
    pub int: TypeRef,
    pub float: TypeRef,
    pub complex: TypeRef,
    pub str_: TypeRef,
    pub bytes: TypeRef,
    pub bytearray: TypeRef,
    pub list: TypeRef,
    pub tuple: TypeRef,
    pub dict: TypeRef,
    pub set: TypeRef,
    pub frozenset: TypeRef,
    pub range: TypeRef,
    pub slice: TypeRef,
    pub function: TypeRef,
    pub builtin_function: TypeRef,
    pub method: TypeRef,
    pub module: TypeRef,
    pub generator: TypeRef,
    pub cell: TypeRef,
    pub code: TypeRef,
    pub property: TypeRef,
    pub classmethod: TypeRef,
    pub staticmethod: TypeRef,
    pub super_: TypeRef,
    pub dict_keys: TypeRef,
    pub dict_values: TypeRef,
    pub dict_items: TypeRef,
    pub mappingproxy: TypeRef,
    pub member_descriptor: TypeRef,
    pub text_io: TypeRef,
    pub traceback: TypeRef,
    pub null: TypeRef,
    pub iter_types: HashMap<&'static str, TypeRef>,
    pub exc: HashMap<&'static str, TypeRef>,
    pub base_exception: TypeRef,
    pub exception: TypeRef,
}

pub fn make_type(
    name: &str,
    bases: Vec<TypeRef>,
    layout: BaseLayout,
    kind: Option<BuiltinKind>,
) -> TypeRef {
    let t = Rc::new(PyType {
        name: RefCell::new(Rc::new(PyStr::new(name))),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: Rc::new(PyDict::new()),
        metaclass: RefCell::new(None),
        layout,
        heap: false,
        has_dict: layout == BaseLayout::Exception,
        nslots: 0,
        version: Cell::new(0),
        builtin_kind: kind,
        cache: RefCell::new(Default::default()),
        subclasses: RefCell::new(Vec::new()),
        cross: RefCell::new(None),
    });
    let mut mro = vec![t.clone()];
    if let Ok(rest) = c3_merge(&bases) {
        mro.extend(rest);
    }
    *t.mro.borrow_mut() = mro;
    t
}

/// C3 linearisation of the bases (the MRO of a new class without the class itself).
pub fn c3_merge(bases: &[TypeRef]) -> Result<Vec<TypeRef>, String> {
    let mut seqs: Vec<Vec<TypeRef>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<TypeRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|s2| s2[1..].iter().any(|t| Rc::ptr_eq(t, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].name_str();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

impl Types {
    pub fn new() -> Types {
        use BaseLayout::*;
        let object = make_type("object", vec![], Object, Some(BuiltinKind::Object));
        let o = || vec![object.clone()];
        let b = |n: &str, k: BuiltinKind| make_type(n, vec![object.clone()], Builtin, Some(k));
        let other = |n: &str| make_type(n, vec![object.clone()], Builtin, Some(BuiltinKind::Other));
        let type_ = make_type("type", o(), Builtin, Some(BuiltinKind::Type));
        let int = b("int", BuiltinKind::Int);
        let bool_ = make_type("bool", vec![int.clone()], Builtin, Some(BuiltinKind::Bool));
        let base_exception = make_type(
            "BaseException",
            o(),
            Exception,
            Some(BuiltinKind::BaseException),
        );
        let exception = make_type(
            "Exception",
            vec![base_exception.clone()],
            Exception,
            Some(BuiltinKind::BaseException),
        );
        let mut exc = HashMap::new();
        exc.insert("BaseException", base_exception.clone());
        exc.insert("Exception", exception.clone());
        for (name, base) in EXCEPTIONS {
            let base_t = exc.get(base).cloned().unwrap_or_else(|| exception.clone());
            let t = make_type(
                name,
                vec![base_t],
                Exception,
                Some(BuiltinKind::BaseException),
            );
            exc.insert(name, t);
        }
        if let (Some(beg), Some(_)) = (exc.get("BaseExceptionGroup").cloned(), exc.get("Exception"))
        {
            let t = make_type(
                "ExceptionGroup",
                vec![beg, exception.clone()],
                Exception,
                Some(BuiltinKind::BaseException),
            );
            exc.insert("ExceptionGroup", t);
        }
        if let (Some(os), Some(ve)) = (exc.get("OSError").cloned(), exc.get("ValueError").cloned())
        {
            let t = make_type(
                "UnsupportedOperation",
                vec![os, ve],
                Exception,
                Some(BuiltinKind::BaseException),
            );
            let k = std::rc::Rc::new(PyStr::new("__module__"));
            crate::interp::hashing::dict_set_str(&t.dict, k, Value::str("io"));
            exc.insert("UnsupportedOperation", t);
        }
        let mut iter_types = HashMap::new();
        for n in [
            "list_iterator",
            "tuple_iterator",
            "str_ascii_iterator",
            "str_iterator",
            "method_descriptor",
            "bytes_iterator",
            "bytearray_iterator",
            "range_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "set_iterator",
            "list_reverseiterator",
            "reversed",
            "iterator",
            "callable_iterator",
            "enumerate",
            "zip",
            "map",
            "filter",
            "types.GenericAlias",
            "types.UnionType",
            "getset_descriptor",
            "dict_reversekeyiterator",
            "dict_reversevalueiterator",
            "dict_reverseitemiterator",
        ] {
            iter_types.insert(n, other(n));
        }
        Types {
            none: other("NoneType"),
            not_implemented: other("NotImplementedType"),
            ellipsis: other("ellipsis"),
            float: b("float", BuiltinKind::Float),
            complex: b("complex", BuiltinKind::Complex),
            str_: b("str", BuiltinKind::Str),
            bytes: b("bytes", BuiltinKind::Bytes),
            bytearray: b("bytearray", BuiltinKind::ByteArray),
            list: b("list", BuiltinKind::List),
            tuple: b("tuple", BuiltinKind::Tuple),
            dict: b("dict", BuiltinKind::Dict),
            set: b("set", BuiltinKind::Set),
            frozenset: b("frozenset", BuiltinKind::FrozenSet),
            range: other("range"),
            slice: other("slice"),
            function: other("function"),
            builtin_function: other("builtin_function_or_method"),
            method: other("method"),
            module: make_type("module", o(), Object, Some(BuiltinKind::Other)),
            generator: other("generator"),
            cell: other("cell"),
            code: other("code"),
            property: other("property"),
            classmethod: other("classmethod"),
            staticmethod: other("staticmethod"),
            super_: other("super"),
            dict_keys: other("dict_keys"),
            dict_values: other("dict_values"),
            dict_items: other("dict_items"),
            mappingproxy: other("mappingproxy"),
            member_descriptor: other("member_descriptor"),
            text_io: other("TextIOWrapper"),
            traceback: other("traceback"),
            null: other("NULL"),
            iter_types,
            exc,
            base_exception,
            exception,
            object,
            type_,
            int,
            bool_,
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> TypeRef {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(..) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => {
                if b.owner.is_some() && b.bound.is_none() {
                    t.iter_types["method_descriptor"].clone()
                } else {
                    t.builtin_function.clone()
                }
            }
            Value::Method(m) => match &m.func {
                Value::Builtin(_) => t.builtin_function.clone(),
                _ => t.method.clone(),
            },
            Value::Type(ty) => ty
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class.borrow().clone(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iter(it) => {
                let name = match &*it.state.borrow() {
                    IterState::Seq { seq, .. } => match seq {
                        Value::List(_) => "list_iterator",
                        Value::Tuple(_) => "tuple_iterator",
                        Value::Str(_) => "str_ascii_iterator",
                        Value::Bytes(_) => "bytes_iterator",
                        Value::ByteArray(_) => "bytearray_iterator",
                        _ => "iterator",
                    },
                    IterState::Range { .. } => "range_iterator",
                    IterState::DictKeys { .. } => "dict_keyiterator",
                    IterState::DictValues { .. } => "dict_valueiterator",
                    IterState::DictItems { .. } => "dict_itemiterator",
                    IterState::SetItems { .. } => "set_iterator",
                    IterState::Reversed { seq, .. } => match seq {
                        Value::List(_) => "list_reverseiterator",
                        _ => "reversed",
                    },
                    IterState::GetItem { .. } => "iterator",
                    IterState::Callable { .. } => "callable_iterator",
                    IterState::Enumerate { .. } => "enumerate",
                    IterState::Zip { .. } => "zip",
                    IterState::Map { .. } => "map",
                    IterState::Filter { .. } => "filter",
                    IterState::Exhausted => "iterator",
                    IterState::Items { name, .. } => name,
                    IterState::StrChars { s, .. } => {
                        if s.is_ascii() {
                            "str_ascii_iterator"
                        } else {
                            "str_iterator"
                        }
                    }
                };
                t.iter_types
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| t.iter_types["iterator"].clone())
            }
            Value::Special(s) => match &**s {
                Special::Property { .. } => t.property.clone(),
                Special::ClassMethod(_) => t.classmethod.clone(),
                Special::StaticMethod(_) => t.staticmethod.clone(),
                Special::Super { .. } => t.super_.clone(),
                Special::DictView { kind, .. } => match kind {
                    crate::objects::DictViewKind::Keys => t.dict_keys.clone(),
                    crate::objects::DictViewKind::Values => t.dict_values.clone(),
                    crate::objects::DictViewKind::Items => t.dict_items.clone(),
                },
                Special::SlotMember { .. } => t.member_descriptor.clone(),
                Special::MappingProxy(_) => t.mappingproxy.clone(),
                Special::File(_) => t.text_io.clone(),
                Special::Traceback(_) => t.traceback.clone(),
                Special::GenericAlias { .. } => t.iter_types["types.GenericAlias"].clone(),
                Special::UnionType(_) => t.iter_types["types.UnionType"].clone(),
                Special::InstanceDictDescr { .. } => t.iter_types["getset_descriptor"].clone(),
            },
            Value::Null => t.null.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name_str()
    }

    pub fn exc_type(&self, name: &str) -> TypeRef {
        self.types
            .exc
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.exception.clone())
    }

    /// `isinstance(v, t)` without `__instancecheck__`.
    pub fn is_instance(&self, v: &Value, t: &TypeRef) -> bool {
        if Rc::ptr_eq(t, &self.types.object) {
            return true;
        }
        self.type_of(v).is_subtype(t)
    }
}

/// Register the builtin types' methods (done once per interpreter).
pub fn init_type_dicts(vm: &mut Vm) {
    crate::builtins::types_init(vm);
}
