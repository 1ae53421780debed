//! Crossing between interpreters (DESIGN.md §2–§3).
//!
//! The vm knows nothing of threads; it knows how to turn its values into [`Shareable`] ones
//! (`export`), how to turn shareable values back into values of its own heap (`import`),
//! and how to execute a primitive operation another interpreter asks of one of its objects
//! (`serve`). Moving requests between threads is the [`Host`]'s job (interp-pool).
//!
//! What crosses how:
//! - immutable values are copied or shared behind `Arc` (`weft_shareable::Shareable`);
//! - registry objects (locks, queues, ...) cross as their handle: the same object everywhere;
//! - functions are rebuilt from their shared code, with globals bound to a *mirror* of the
//!   defining module ([`DictCross::Mirror`]); builtins, modules, and functions or classes of
//!   modules every interpreter has (`CrossState::by_name`) are re-resolved by name;
//! - classes cross as mirrored classes ([`TypeCross::Mirror`]);
//! - exceptions are copied (type, args);
//! - everything else crosses as a proxy: a registry entry naming the owner and the object,
//!   which the owner keeps alive until the entry dies ([`ProxyDesc`]).

mod export;
mod import;
mod proxy;
mod serve;

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use weft_shareable::{Handle, Interrupter, Object, ObjectKind, Shareable, WeakHandle};

use crate::bytecode::CodeObject;
use crate::interp::{FxHashMap, PyErr, PyResult, Vm};
use crate::objects::{NativeFn, PyDict, PyInstance, PyStr, TypeRef};
use crate::value::Value;

pub use proxy::is_proxy;

/// Identifies an interpreter within the process.
pub type InterpId = u64;

/// What an interpreter needs from whoever runs it on a thread (interp-pool implements it).
pub trait Host {
    /// This interpreter's id.
    fn interp_id(&self) -> InterpId;
    /// Sends `req` to interpreter `owner` and waits for the reply, servicing this
    /// interpreter's own inbox meanwhile (so two interpreters calling each other never
    /// deadlock). `Err(text)`: the owner is gone.
    fn request(&self, vm: &mut Vm, owner: InterpId, req: Request) -> Result<Reply, String>;
    /// Services pending messages (called at safe points of the evaluation loop).
    fn service(&self, vm: &mut Vm);
    /// Sleeps, servicing the inbox meanwhile.
    fn sleep(&self, vm: &mut Vm, dur: Duration);
    /// Where dropped proxies report the objects this interpreter may release.
    fn releases(&self) -> Arc<ReleaseQueue>;
    /// For the host's own natives to find their concrete host.
    fn as_any(&self) -> &dyn std::any::Any;
}

/// A primitive operation on an object (or module, or class) of another interpreter.
#[derive(Debug)]
pub enum Request {
    GetAttr {
        obj: u64,
        name: Arc<str>,
    },
    /// `value: None` deletes.
    SetAttr {
        obj: u64,
        name: Arc<str>,
        value: Option<Shareable>,
    },
    CallMethod {
        obj: u64,
        name: Arc<str>,
        args: Vec<Shareable>,
        kwargs: Vec<(Arc<str>, Shareable)>,
    },
    Call {
        obj: u64,
        args: Vec<Shareable>,
        kwargs: Vec<(Arc<str>, Shareable)>,
    },
    /// All items of an iterable at once (`list(p)`, unpacking): a tuple.
    Iterate {
        obj: u64,
    },
    /// A mapping's `(key, value)` pairs at once (`**p`, `dict(p)`): a tuple of pairs.
    Items {
        obj: u64,
    },
    /// The explicit door: run source (or a no-argument function) in `__main__`. Reply:
    /// `(0, None)`, or `(1, excinfo)` with excinfo `(type name, qualname, module, msg,
    /// formatted traceback)`.
    Exec {
        code: Shareable,
    },
    /// The explicit door: `func(*args, **kwargs)`. Reply `(0, result)` (deep-copied) or
    /// `(1, excinfo)`.
    CallFunc {
        func: Shareable,
        args: Shareable,
        kwargs: Shareable,
    },
    /// The explicit door: bind names in `__main__`.
    PrepareMain {
        items: Vec<(Arc<str>, Shareable)>,
    },
    /// `sys.modules[module].name` in the owner.
    ModuleAttr {
        module: Arc<str>,
        name: Arc<str>,
    },
    /// Reply `None`: the module has no such global.
    GetGlobal {
        module: u64,
        name: Arc<str>,
        /// The reader came through the explicit door: copy the value, never proxy it.
        copy: bool,
    },
    SetGlobal {
        module: u64,
        name: Arc<str>,
        value: Option<Shareable>,
    },
    /// Reply: a tuple of `(name, value)` pairs.
    ClassNs {
        class: u64,
    },
    SetClassAttr {
        class: u64,
        name: Arc<str>,
        value: Option<Shareable>,
    },
}

/// The answer to a [`Request`]: a value (or none), or the exception it raised (exported).
pub type Reply = Result<Option<Shareable>, Shareable>;

/// Object ids released by dropped proxies, waiting for their owner to forget them.
pub struct ReleaseQueue {
    ids: Mutex<Vec<u64>>,
    waker: Interrupter,
}

impl ReleaseQueue {
    pub fn new(waker: Interrupter) -> ReleaseQueue {
        ReleaseQueue {
            ids: Mutex::new(Vec::new()),
            waker,
        }
    }

    fn push(&self, id: u64) {
        self.ids.lock().unwrap_or_else(|e| e.into_inner()).push(id);
        self.waker.interrupt();
    }

    /// The ids reported so far.
    pub fn take(&self) -> Vec<u64> {
        std::mem::take(&mut *self.ids.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// Names a module namespace of some interpreter, with the version its owner bumps on every
/// store into it.
#[derive(Clone)]
pub struct ModuleKey {
    pub owner: InterpId,
    pub id: u64,
    pub name: Arc<str>,
    pub version: Arc<AtomicU64>,
    /// Values read through this mirror are deep-copied (the explicit door), not proxied.
    pub copy: bool,
}

pub struct FuncDesc {
    pub code: Arc<CodeObject>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub defaults: Vec<Shareable>,
    pub kwdefaults: Vec<(Arc<str>, Shareable)>,
    /// Cell contents when the function was exported (`None`: empty cell).
    pub closure: Vec<Shareable>,
    pub globals: ModuleKey,
    pub module: Shareable,
    pub doc: Shareable,
}

/// A class namespace in shareable form.
pub type ClassNs = Vec<(Arc<str>, Shareable)>;

/// A traceback entry of another interpreter: file, function, line, source text.
pub type RemoteFrame = (Arc<str>, Arc<str>, u32, Option<Arc<str>>);

pub struct ClassDesc {
    pub owner: InterpId,
    pub id: u64,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub bases: Vec<Shareable>,
    pub metaclass: Option<Shareable>,
    /// Filled right after the handle is made (the namespace may refer to the class).
    /// With the class version it was taken at (mirrors made later refresh if it moved on).
    pub ns: OnceLock<(u64, ClassNs)>,
    pub version: Arc<AtomicU64>,
}

pub enum ProxyKind {
    /// An object of a builtin type (list, dict, iterator, ...), by type name.
    Builtin(Arc<str>),
    /// An instance of a Python class (the class, exported).
    Instance(Shareable),
}

pub struct ProxyDesc {
    pub owner: InterpId,
    pub obj: u64,
    pub kind: ProxyKind,
    pub release: Option<Arc<ReleaseQueue>>,
}

impl Drop for ProxyDesc {
    fn drop(&mut self) {
        if let Some(r) = &self.release {
            r.push(self.obj);
        }
    }
}

pub struct ExcDesc {
    pub class: Shareable,
    pub args: Vec<Shareable>,
    /// The remote traceback, formatted.
    pub traceback: String,
    /// The remote traceback's entries (file, function, line, source).
    pub frames: Vec<RemoteFrame>,
    /// The exception's attributes (`__dict__`), copied.
    pub dict: Vec<(Arc<str>, Shareable)>,
}

pub enum SpecialDesc {
    Property {
        fget: Shareable,
        fset: Shareable,
        fdel: Shareable,
        doc: Shareable,
        name: Option<Arc<str>>,
    },
    ClassMethod(Shareable),
    StaticMethod(Shareable),
}

/// The vm-defined objects that live in the registry as `Foreign` entries.
pub enum Crossing {
    Function(FuncDesc),
    /// Re-resolved by name in the receiver (`module` imported, then `qualname` walked).
    ByName {
        module: Arc<str>,
        qualname: Arc<str>,
    },
    Builtin {
        func: NativeFn,
        name: Arc<str>,
        owner: Option<Arc<str>>,
    },
    Method {
        func: Shareable,
        self_: Shareable,
    },
    Class(ClassDesc),
    Module(Arc<str>),
    Proxy(ProxyDesc),
    Exception(ExcDesc),
    Special(SpecialDesc),
    /// A closure cell: reads are cached and validated by `version`, writes go to the owner.
    Cell {
        proxy: ProxyDesc,
        version: Arc<AtomicU64>,
        /// The value and version when exported.
        value: Option<Shareable>,
        at: u64,
    },
    /// Deep copies (the explicit door).
    List(Vec<Shareable>),
    Dict(Vec<(Shareable, Shareable)>),
    Set(Vec<Shareable>),
    ByteArray(Vec<u8>),
    /// An instance of a Python class: its class and `__dict__`, rebuilt without `__init__`.
    Instance {
        class: Shareable,
        dict: Vec<(Arc<str>, Shareable)>,
    },
    /// A `threading.local`: each interpreter has its own instance (its own attributes), made
    /// by calling `class(*args, **kwargs)` on first import.
    Local {
        class: Shareable,
        args: Shareable,
        kwargs: Shareable,
    },
}

/// Cross-interpreter role of a dict that is a module namespace.
pub enum DictCross {
    /// Owned here and seen by others: every store bumps `version`.
    Owned {
        name: Arc<str>,
        version: Arc<AtomicU64>,
    },
    /// A local cache of another interpreter's module namespace.
    Mirror(MirrorInfo),
}

impl DictCross {
    #[inline]
    pub fn bump(&self) {
        if let DictCross::Owned { version, .. } = self {
            version.fetch_add(1, Ordering::Release);
        }
    }
}

pub struct MirrorInfo {
    pub key: ModuleKey,
    /// The owner's version when the cache was last validated.
    pub seen: Cell<u64>,
    /// Names known to be absent from the owner's module (they fall back to builtins).
    pub absent: RefCell<HashSet<Box<str>>>,
}

/// Cross-interpreter role of a closure cell.
pub enum CellCross {
    /// Owned here, read by other interpreters: every store bumps `version`.
    Owned { version: Arc<AtomicU64> },
    /// Another interpreter's cell: the local value is a cache, valid while the owner's
    /// version is `seen`.
    Remote {
        owner: InterpId,
        obj: u64,
        version: Arc<AtomicU64>,
        seen: Cell<u64>,
        /// Keeps the owner's cell alive.
        _handle: Handle,
    },
}

/// Cross-interpreter role of a class.
pub enum TypeCross {
    /// Owned here and exported: class-attribute stores bump `version`.
    Owned {
        version: Arc<AtomicU64>,
        handle: WeakHandle,
    },
    /// A mirror of another interpreter's class.
    Mirror {
        owner: InterpId,
        id: u64,
        handle: Handle,
        version: Arc<AtomicU64>,
        seen: Cell<u64>,
    },
    /// The type of proxies to instances of `of` (a mirror), or to objects of the builtin
    /// type `of`.
    Proxy { of: TypeRef, builtin: bool },
}

/// An interpreter's crossing state.
#[derive(Default)]
pub struct CrossState {
    pub host: Option<Rc<dyn Host>>,
    pub id: InterpId,
    /// The ident of the thread running in this interpreter (`threading.get_ident()`); an
    /// interpreter reused for another thread gets a new one.
    pub ident: u64,
    /// Objects handed out as proxies: address → (object, its handle).
    exports: FxHashMap<u64, (Value, WeakHandle)>,
    /// Module namespaces others mirror, by address.
    modules: FxHashMap<u64, Rc<PyDict>>,
    /// Classes others mirror, by address.
    types: FxHashMap<u64, TypeRef>,
    /// Local objects standing for registry handles (proxies, shared objects), by handle id.
    imports: FxHashMap<usize, Weak<PyInstance>>,
    mirrors: FxHashMap<(InterpId, u64, bool), Rc<PyDict>>,
    class_mirrors: FxHashMap<(InterpId, u64), TypeRef>,
    proxy_types: FxHashMap<String, TypeRef>,
    instance_proxy_types: FxHashMap<usize, TypeRef>,
    /// Per-interpreter instances of `threading.local` objects, by handle id.
    locals: FxHashMap<usize, (Handle, Value)>,
    /// The Python type of each kind of registry object (set by whoever defines them).
    pub handle_types: FxHashMap<ObjectKind, TypeRef>,
    /// Modules every interpreter imports for itself: their functions and classes cross by
    /// name.
    pub by_name: HashSet<String>,
    /// `-X strict-sharing`: creating a proxy is an error.
    pub strict: bool,
    /// Exporting for the explicit door (`concurrent.interpreters`): plain data is
    /// deep-copied instead of proxied, and what cannot be copied is `NotShareableError`.
    pub copy_mode: bool,
    /// Where the value being exported comes from (for strict-sharing errors).
    pub context: Option<String>,
    /// Counts for `-X sharing-stats`.
    pub stats: SharingStats,
    /// Whether this interpreter runs code for the explicit door now (`is_running()`).
    pub running: Arc<std::sync::atomic::AtomicBool>,
}

#[derive(Default, Clone, Debug)]
pub struct SharingStats {
    pub proxies_made: u64,
    pub requests_sent: u64,
    pub requests_served: u64,
    pub mirror_misses: u64,
    /// Collecting per-line statistics (`-X sharing-stats`).
    pub enabled: bool,
    /// Per source line: (proxied operations, mirror misses, nanoseconds waited).
    pub lines: std::collections::HashMap<String, LineStats>,
}

/// Cross-thread traffic caused by one source line.
#[derive(Default, Clone, Copy, Debug)]
pub struct LineStats {
    pub proxied: u64,
    pub misses: u64,
    pub wait_ns: u64,
}

/// Per-line statistics of every interpreter that ended, for the report at exit.
static STATS: Mutex<Option<std::collections::HashMap<String, LineStats>>> = Mutex::new(None);

/// Adds an interpreter's per-line statistics to the process-wide table.
pub fn merge_stats(lines: std::collections::HashMap<String, LineStats>) {
    let mut g = STATS.lock().unwrap_or_else(|e| e.into_inner());
    let t = g.get_or_insert_with(Default::default);
    for (k, v) in lines {
        let e = t.entry(k).or_default();
        e.proxied += v.proxied;
        e.misses += v.misses;
        e.wait_ns += v.wait_ns;
    }
}

/// The `-X sharing-stats` report: the lines with the most cross-thread traffic.
pub fn stats_report() -> String {
    let g = STATS.lock().unwrap_or_else(|e| e.into_inner());
    let mut rows: Vec<(String, LineStats)> = g
        .as_ref()
        .map(|t| t.iter().map(|(k, v)| (k.clone(), *v)).collect())
        .unwrap_or_default();
    rows.sort_by(|a, b| {
        (b.1.proxied + b.1.misses)
            .cmp(&(a.1.proxied + a.1.misses))
            .then(a.0.cmp(&b.0))
    });
    let mut out = String::from("weft sharing statistics (cross-thread traffic per source line)\n");
    out.push_str(&format!(
        "{:>10} {:>10} {:>12}  {}\n",
        "proxied", "misses", "waited ms", "line"
    ));
    for (k, v) in rows.iter().take(30) {
        out.push_str(&format!(
            "{:>10} {:>10} {:>12.3}  {}\n",
            v.proxied,
            v.misses,
            v.wait_ns as f64 / 1e6,
            k
        ));
    }
    if rows.is_empty() {
        out.push_str("  (no cross-thread traffic)\n");
    }
    out
}

impl CrossState {
    /// Whether objects of this interpreter are still referenced from other interpreters.
    pub fn has_exports(&self) -> bool {
        self.exports.values().any(|(_, w)| w.upgrade().is_some())
    }
}

/// The `Crossing` behind a handle, if it is one.
pub fn crossing(h: &Handle) -> Option<&Crossing> {
    match h.object() {
        Ok(Object::Foreign(f)) => f.downcast_ref::<Crossing>(),
        _ => None,
    }
}

fn foreign(kind: ObjectKind, c: Crossing) -> Shareable {
    let h = weft_shareable::Registry::global().insert(weft_shareable::Foreign::new(kind, c));
    Shareable::Handle(h)
}

impl Vm {
    /// This interpreter's id (0 without a host).
    pub fn interp_id(&self) -> InterpId {
        self.cross.id
    }

    /// Installs the host that runs this interpreter on its thread.
    pub fn set_host(&mut self, host: Rc<dyn Host>) {
        self.cross.id = host.interp_id();
        self.cross.ident = self.cross.id;
        self.cross.host = Some(host);
    }

    /// Sends a request to `owner` and waits for the answer.
    pub fn forward(&mut self, owner: InterpId, req: Request) -> PyResult<Option<Shareable>> {
        let Some(host) = self.cross.host.clone() else {
            return Err(self.new_error(
                "RuntimeError",
                "this interpreter cannot reach objects of other interpreters",
            ));
        };
        self.cross.stats.requests_sent += 1;
        let started = self.cross.stats.enabled.then(std::time::Instant::now);
        let is_miss = matches!(req, Request::GetGlobal { .. } | Request::ClassNs { .. });
        let r = host.request(self, owner, req);
        if let Some(t0) = started {
            let line = self.current_line();
            let e = self.cross.stats.lines.entry(line).or_default();
            if is_miss {
                e.misses += 1;
            } else {
                e.proxied += 1;
            }
            e.wait_ns += t0.elapsed().as_nanos() as u64;
        }
        match r {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(exc)) => {
                let e = self.import(&exc)?;
                Err(self.err_from_value(e))
            }
            Err(msg) => Err(self.new_error("RuntimeError", msg)),
        }
    }

    fn forward_value(&mut self, owner: InterpId, req: Request) -> PyResult<Value> {
        match self.forward(owner, req)? {
            Some(s) => self.import(&s),
            None => Ok(Value::None),
        }
    }

    /// A `PyErr` for an exception value (anything else becomes a `TypeError`).
    pub fn err_from_value(&self, v: Value) -> PyErr {
        match v {
            Value::Instance(inst) if self.is_exception_instance(&inst) => PyErr { exc: inst },
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    fn is_exception_instance(&self, inst: &Rc<PyInstance>) -> bool {
        inst.class.borrow().is_subtype(&self.types.base_exception)
    }

    /// A safe point: service other interpreters' requests and released proxies.
    #[cold]
    pub fn safepoint(&mut self) {
        if let Some(h) = self.cross.host.clone() {
            h.service(self);
        }
    }

    /// Forgets exported objects whose proxies all died.
    pub fn release_exports(&mut self, ids: Vec<u64>) {
        for id in ids {
            let dead = match self.cross.exports.get(&id) {
                Some((_, w)) => w.upgrade().is_none(),
                None => false,
            };
            if dead {
                let v = self.cross.exports.remove(&id);
                drop(v);
                self.finalize_pending();
            }
        }
    }

    /// Drops every export whose handles are gone; true if some are still referenced.
    pub fn sweep_exports(&mut self) -> bool {
        let dead: Vec<u64> = self
            .cross
            .exports
            .iter()
            .filter(|(_, (_, w))| w.upgrade().is_none())
            .map(|(k, _)| *k)
            .collect();
        self.release_exports(dead);
        !self.cross.exports.is_empty()
    }

    /// Prepares an idle interpreter to run another thread: a new ident, fresh
    /// thread-local values, no exception being handled.
    pub fn begin_thread(&mut self, ident: u64) {
        self.cross.ident = ident;
        self.handled = None;
        self.depth = 0;
        // Thread-local objects start afresh for the new thread (their `__init__` runs
        // again, as for any thread's first access in CPython).
        let locals: Vec<(Handle, Value)> = self.cross.locals.values().cloned().collect();
        for (h, v) in locals {
            if let Some(Crossing::Local { args, kwargs, .. }) = crossing(&h) {
                let t = self.type_of(&v);
                let init = self.intern("__init__");
                if let Some(f @ Value::Function(_)) = t.lookup(&init) {
                    let a = match self.import(args) {
                        Ok(Value::Tuple(t)) => t.items.clone(),
                        _ => vec![],
                    };
                    let kw = self.import(kwargs).unwrap_or(Value::None);
                    let kw = self.kwargs_from_pairs(&kw);
                    let mut full = vec![v.clone()];
                    full.extend(a);
                    if let Err(e) = self.call(&f, &full, &kw) {
                        let text = self.format_exception(&e.value());
                        eprint!("{}", text);
                    }
                }
            }
        }
        self.run_pending_finalizers();
    }

    /// The thread running here ended: its thread-local values die with it.
    pub fn end_thread(&mut self) {
        let locals: Vec<Value> = self.cross.locals.values().map(|(_, v)| v.clone()).collect();
        for v in locals {
            if let Value::Instance(inst) = &v {
                if let Some(d) = &inst.dict {
                    let old = std::mem::take(&mut *d.data.borrow_mut());
                    d.touch();
                    drop(old);
                }
            }
        }
        self.handled = None;
        self.run_pending_finalizers();
    }

    /// Registers this interpreter's own instance of a `threading.local` handle.
    pub fn register_local(&mut self, h: &Handle, v: Value) {
        self.cross.locals.insert(h.id(), (h.clone(), v));
    }

    /// Global lookup in a mirrored module namespace: the local cache (validated against the
    /// owner's version), else the owner, else builtins.
    pub(crate) fn mirror_load_global(
        &mut self,
        globals: &Rc<PyDict>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let Some(DictCross::Mirror(m)) = globals.cross.get().map(|b| &**b) else {
            return Ok(crate::interp::hashing::dict_get_str(globals, name));
        };
        validate_mirror(globals, m);
        if let Some(v) = crate::interp::hashing::dict_get_str(globals, name) {
            return Ok(Some(v));
        }
        if !m.absent.borrow().contains(name.as_str()) {
            let (owner, module) = (m.key.owner, m.key.id);
            self.cross.stats.mirror_misses += 1;
            let r = self.forward(
                owner,
                Request::GetGlobal {
                    module,
                    name: Arc::from(name.as_str()),
                    copy: m.key.copy,
                },
            )?;
            match r {
                Some(s) => {
                    let v = self.import(&s)?;
                    crate::interp::hashing::dict_set_str(globals, name.clone(), v.clone());
                    return Ok(Some(v));
                }
                None => {
                    if let Some(DictCross::Mirror(m)) = globals.cross.get().map(|b| &**b) {
                        m.absent.borrow_mut().insert(Box::from(name.as_str()));
                    }
                }
            }
        }
        Ok(None)
    }

    /// `STORE_GLOBAL` / `DELETE_GLOBAL` into a mirrored namespace: forwarded to the owner.
    /// Returns false when `globals` is not a mirror.
    pub(crate) fn mirror_store_global(
        &mut self,
        globals: &Rc<PyDict>,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let Some(DictCross::Mirror(m)) = globals.cross.get().map(|b| &**b) else {
            return Ok(false);
        };
        let (owner, module, copy) = (m.key.owner, m.key.id, m.key.copy);
        // Through the explicit door the stored value is copied, never proxied.
        let mode = self.cross.copy_mode || copy;
        let saved = std::mem::replace(&mut self.cross.copy_mode, mode);
        let value = match value {
            Some(v) => self.export(&v).map(Some),
            None => Ok(None),
        };
        self.cross.copy_mode = saved;
        let value = value?;
        self.forward(
            owner,
            Request::SetGlobal {
                module,
                name: Arc::from(name.as_str()),
                value,
            },
        )?;
        Ok(true)
    }
}

impl Vm {
    /// `LOAD_DEREF` of a cell shared with other interpreters.
    pub fn load_cell(&mut self, c: &Rc<crate::objects::PyCell>) -> PyResult<Option<Value>> {
        if let Some(CellCross::Remote {
            owner,
            obj,
            version,
            seen,
            ..
        }) = c.cross.get().map(|b| &**b)
        {
            let v = version.load(Ordering::Acquire);
            if v != seen.get() {
                let (owner, obj) = (*owner, *obj);
                let r = self.forward(
                    owner,
                    Request::GetAttr {
                        obj,
                        name: Arc::from("cell_contents"),
                    },
                );
                let val = match r {
                    Ok(Some(s)) => Some(self.import(&s)?),
                    Ok(None) => None,
                    Err(e) if self.err_is(&e, "ValueError") => None,
                    Err(e) => return Err(e),
                };
                *c.value.borrow_mut() = val;
                seen.set(v);
            }
        }
        Ok(c.value.borrow().clone())
    }

    /// `STORE_DEREF` (or delete, `None`) of a cell shared with other interpreters.
    pub fn store_cell(
        &mut self,
        c: &Rc<crate::objects::PyCell>,
        value: Option<Value>,
    ) -> PyResult<()> {
        match c.cross.get().map(|b| &**b) {
            Some(CellCross::Owned { version }) => {
                *c.value.borrow_mut() = value;
                version.fetch_add(1, Ordering::Release);
                self.finalize_pending();
            }
            Some(CellCross::Remote { owner, obj, .. }) => {
                let (owner, obj) = (*owner, *obj);
                let s = match &value {
                    Some(v) => Some(self.export(v)?),
                    None => None,
                };
                self.forward(
                    owner,
                    Request::SetAttr {
                        obj,
                        name: Arc::from("cell_contents"),
                        value: s,
                    },
                )?;
                *c.value.borrow_mut() = value;
            }
            None => *c.value.borrow_mut() = value,
        }
        Ok(())
    }
}

/// Drops the cached names of a mirror when its owner stored into the module since.
#[inline]
pub(crate) fn validate_mirror(globals: &PyDict, m: &MirrorInfo) {
    let v = m.key.version.load(Ordering::Acquire);
    if v != m.seen.get() {
        globals.data.borrow_mut().clear();
        globals.touch();
        m.absent.borrow_mut().clear();
        m.seen.set(v);
    }
}
