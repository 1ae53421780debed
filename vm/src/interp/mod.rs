//! The interpreter state (`Vm`) and the protocols that operate on values.

pub mod attr;
pub mod call;
pub mod convert;
pub mod errors;
pub mod eval;
pub mod file;
pub mod frame;
pub mod hashing;
pub mod import;
pub mod iterate;
pub mod numbers;
pub mod ops;
pub mod stdout;
pub mod types;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::{CodeObject, Const};
use crate::objects::{PyDict, PyInstance, PyModule, PyStr, PyTuple};
use crate::value::Value;

pub use types::{BuiltinKind, Types};

/// A fast non-cryptographic hasher (FxHash) for interpreter-internal maps whose keys are
/// not attacker-controlled in a way that matters (interned names, pointers).
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut v = 0u64;
            for (i, b) in chunk.iter().enumerate() {
                v |= (*b as u64) << (i * 8);
            }
            self.write_u64(v);
        }
    }
    #[inline]
    fn write_u64(&mut self, v: u64) {
        self.hash = (self.hash.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;

/// A raised Python exception (always an instance of a `BaseException` subclass).
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<PyInstance>,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cls = self.exc.class.borrow().name_str();
        write!(f, "PyErr({})", cls)
    }
}

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

const INTERN_CACHE: usize = 256;

/// Per-interpreter runtime view of a code object: constants materialised as values and
/// names interned, computed once per code object.
pub struct CodeRt {
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    /// For each cellvar, the parameter index it must be initialised from.
    pub cell2arg: Vec<Option<usize>>,
    /// `Some(argcount)` when a call with exactly that many positional arguments binds them
    /// straight into the first locals: no keyword-only, `*args` or `**kwargs` parameters,
    /// and not a generator or coroutine (see `Vm::call_simple`).
    pub simple_argc: Option<usize>,
    /// Every local and constant index in the code is in range (checked once here), so the
    /// evaluator reads locals and constants without bounds checks. The compiler only emits
    /// such code; `execute` refuses code for which this is false.
    pub operands_ok: bool,
    /// Per-instruction inline caches for `LoadGlobal` (dict versions + value).
    pub global_cache: RefCell<Vec<GlobalCache>>,
    /// Per-instruction inline caches for attribute access on instances.
    pub attr_cache: RefCell<Vec<AttrCache>>,
}

#[derive(Clone, Default)]
pub struct AttrCache {
    pub class: Option<crate::objects::TypeRef>,
    pub epoch: u64,
    /// The class attribute under the name (`None` = absent from the MRO).
    pub descr: Option<Value>,
    /// The class hooks this access or `descr` is a data descriptor: take the slow path.
    pub slow: bool,
    /// `descr` is a `__slots__` member: its index in the instance's slots.
    pub slot: Option<usize>,
    /// Where the name was last found in an instance dict (instances of one class usually
    /// insert their attributes in the same order, so this hits across instances).
    pub hint: std::cell::Cell<u32>,
}

#[derive(Clone, Default)]
pub struct GlobalCache {
    pub globals_ver: u64,
    pub builtins_ver: u64,
    pub value: Option<Value>,
    /// Index of the name's entry in the globals dict when it was last found there: after
    /// any store into the module (which moves the version on), the entry is re-read
    /// without hashing if it still holds this name.
    pub hint: u32,
}

/// Limits an embedder (or the CLI) can set.
#[derive(Clone, Debug)]
pub struct Config {
    pub recursion_limit: usize,
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub interactive: bool,
    /// `-X strict-sharing`: sharing an object by proxy between threads is an error.
    pub strict_sharing: bool,
    /// `-X sharing-stats`: count cross-thread traffic per source line.
    pub sharing_stats: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            recursion_limit: 1000,
            argv: vec![String::new()],
            path: Vec::new(),
            interactive: false,
            strict_sharing: false,
            sharing_stats: false,
        }
    }
}

static NEVER_INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub struct Vm {
    pub types: Types,
    pub builtins: Rc<PyDict>,
    pub builtins_module: Rc<PyModule>,
    pub sys_module: Option<Rc<PyModule>>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// The exception currently being handled (`sys.exc_info()`).
    pub handled: Option<Value>,
    pub depth: usize,
    pub recursion_limit: usize,
    code_cache: FxHashMap<usize, (Arc<CodeObject>, Rc<CodeRt>)>,
    interned: FxHashMap<Box<str>, Rc<PyStr>>,
    pub out: stdout::Output,
    /// Cross-interpreter state: the host, export and import tables, mirrors.
    pub cross: crate::cross::CrossState,
    /// Raised by other threads when this interpreter has messages to service; checked at
    /// the evaluation loop's safe points (backward jumps and calls).
    pub interrupt: Option<weft_shareable::Interrupter>,
    /// `interrupt`'s flag (or a flag that is never set): what safe points load.
    interrupt_flag: *const std::sync::atomic::AtomicBool,
    /// Frames being run, innermost last (kept only for `-X sharing-stats`).
    pub stats_frames: Vec<*const frame::Frame>,
    /// Modules whose source is built into the binary, by full name.
    pub frozen: FxHashMap<String, import::Frozen>,
    /// Modules made by native code (registered by embedders and interp-pool).
    pub native_modules: FxHashMap<String, import::NativeModuleInit>,
    pub config: Config,
    /// Set while an exception is re-raised so no duplicate traceback entry is added.
    pub reraising: bool,
    /// Objects being repr'd (guards `[...]` recursion in reprs).
    pub repr_guard: Vec<usize>,
    pub next_hash_salt: u64,
    intern_cache: Vec<Option<Rc<PyStr>>>,
    /// One-character ASCII strings (iterating over a str makes one per character).
    ascii_chars: Vec<Option<Rc<PyStr>>>,
    /// Recycled frames (see `alloc_frame`).
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// Limits for untrusted code (instruction and memory budgets, capabilities).
    pub limits: crate::embed::LimitState,
    /// Embedding API state (native closures, captured stderr).
    pub embed: crate::embed::EmbedState,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let types = Types::new();
        let builtins = Rc::new(PyDict::new());
        let builtins_module = Rc::new(PyModule {
            name: RefCell::new(Rc::new(PyStr::new("builtins"))),
            dict: builtins.clone(),
        });
        let mut vm = Vm {
            types,
            builtins,
            builtins_module,
            sys_module: None,
            modules: Rc::new(PyDict::new()),
            handled: None,
            depth: 0,
            recursion_limit: config.recursion_limit,
            code_cache: FxHashMap::default(),
            interned: FxHashMap::default(),
            out: stdout::Output::Process,
            cross: Default::default(),
            interrupt: None,
            interrupt_flag: &NEVER_INTERRUPTED,
            stats_frames: Vec::new(),
            frozen: FxHashMap::default(),
            native_modules: FxHashMap::default(),
            config,
            reraising: false,
            repr_guard: Vec::new(),
            next_hash_salt: 0,
            frame_pool: Vec::new(),
            intern_cache: vec![None; INTERN_CACHE],
            ascii_chars: vec![None; 128],
            limits: Default::default(),
            embed: Default::default(),
        };
        types::init_type_dicts(&mut vm);
        crate::builtins::init(&mut vm);
        crate::modules::init(&mut vm);
        vm
    }

    /// Intern a name: equal names share one `PyStr` (cheap identity checks, cached hash).
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        // Direct-mapped cache keyed by the text's address: string literals hit it every
        // time; the content check makes a stale address harmless.
        let slot = ((s.as_ptr() as usize >> 3) ^ s.len()) & (INTERN_CACHE - 1);
        if let Some(r) = &self.intern_cache[slot] {
            if r.as_str() == s {
                return r.clone();
            }
        }
        if let Some(v) = self.interned.get(s) {
            let v = v.clone();
            self.intern_cache[slot] = Some(v.clone());
            return v;
        }
        let r = Rc::new(PyStr::new(s));
        self.interned.insert(s.into(), r.clone());
        r
    }

    /// The string `c`, shared for ASCII characters (like CPython's one-character cache).
    #[inline]
    pub fn char_value(&mut self, c: char) -> Value {
        let i = c as usize;
        if i < 128 {
            if let Some(r) = &self.ascii_chars[i] {
                return Value::Str(r.clone());
            }
            let r = self.intern(c.encode_utf8(&mut [0u8; 4]));
            self.ascii_chars[i] = Some(r.clone());
            return Value::Str(r);
        }
        self.intern_value(c.encode_utf8(&mut [0u8; 4]))
    }

    pub fn intern_value(&mut self, s: &str) -> Value {
        Value::Str(self.intern(s))
    }

    pub fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Ellipsis => Value::Ellipsis,
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => Value::from_bigint((**b).clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(r, i) => Value::complex(*r, *i),
            Const::Str(s) => {
                if s.len() <= 40 {
                    self.intern_value(s)
                } else {
                    Value::str(s)
                }
            }
            Const::Bytes(b) => Value::Bytes(Rc::new(crate::objects::PyBytes { data: b.to_vec() })),
            Const::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                Value::Tuple(Rc::new(PyTuple::new(v)))
            }
            Const::Code(c) => Value::Code(c.clone()),
        }
    }

    /// The runtime view of `code`, built on first use.
    pub fn code_rt(&mut self, code: &Arc<CodeObject>) -> Rc<CodeRt> {
        let key = Arc::as_ptr(code) as usize;
        if let Some((_, rt)) = self.code_cache.get(&key) {
            return rt.clone();
        }
        let consts = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Rc<PyStr>> = code.varnames.iter().map(|n| self.intern(n)).collect();
        let nargs = (code.argcount + code.kwonlyargcount) as usize
            + usize::from(code.has_flag(crate::bytecode::code_flags::VARARGS))
            + usize::from(code.has_flag(crate::bytecode::code_flags::VARKEYWORDS));
        let cell2arg = code
            .cellvars
            .iter()
            .map(|c| {
                code.varnames[..nargs.min(code.varnames.len())]
                    .iter()
                    .position(|v| v == c)
            })
            .collect();
        use crate::bytecode::code_flags as cf;
        let special = cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR | cf::COROUTINE;
        let simple_argc = (code.kwonlyargcount == 0 && code.flags & special == 0)
            .then_some(code.argcount as usize);
        let operands_ok = code.instructions.iter().all(|ins| match *ins {
            crate::bytecode::Instr::LoadFast(i) | crate::bytecode::Instr::StoreFast(i) => {
                (i as usize) < code.varnames.len()
            }
            crate::bytecode::Instr::LoadConst(i) => (i as usize) < code.consts.len(),
            _ => true,
        });
        let rt = Rc::new(CodeRt {
            consts,
            names,
            varnames,
            cell2arg,
            simple_argc,
            operands_ok,
            global_cache: RefCell::new(vec![GlobalCache::default(); code.instructions.len()]),
            attr_cache: RefCell::new(vec![AttrCache::default(); 2 * code.instructions.len()]),
        });
        // Keep the Arc alive with the entry so the pointer key is never reused.
        self.code_cache.insert(key, (code.clone(), rt.clone()));
        rt
    }

    /// Lets other threads interrupt this interpreter at its safe points.
    pub fn set_interrupt(&mut self, i: weft_shareable::Interrupter) {
        self.interrupt_flag = i.flag_ptr();
        self.interrupt = Some(i);
    }

    /// Whether another thread asked this interpreter to service its inbox.
    #[inline(always)]
    pub fn interrupt_pending(&self) -> bool {
        // SAFETY: `interrupt_flag` points at a static or into `self.interrupt`, which is
        // only replaced together with it.
        unsafe { (*self.interrupt_flag).load(std::sync::atomic::Ordering::Relaxed) }
    }

    pub fn flush_stdout(&mut self) {
        self.out.flush();
    }
}
