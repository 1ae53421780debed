//! Limits for untrusted code: an instruction budget, a memory budget, a recursion limit,
//! and capability switches for files, the environment and thread creation.
//!
//! Budgets are enforced at the evaluation loop's safe points (every call of a Python
//! function and every backward jump, i.e. every loop iteration). Each safe point costs one
//! *tick*; the instruction budget is a number of ticks. A safe point decrements one counter
//! ([`LimitState::ticks`]) and branches; only when it goes negative does the slow path run,
//! which accounts for the instruction budget, checks the memory budget (every
//! [`MEMORY_CHECK_INTERVAL`] ticks) and schedules the next check. With no budget set the
//! counter starts at `i64::MAX` and the slow path never runs.
//!
//! What a limit raises:
//! - instruction budget: `LimitExceeded` (a `RuntimeError` subclass defined by weft, with
//!   `__module__ == "weft"`); once exhausted, every further safe point raises again, so
//!   `except` clauses cannot keep the script going, until the host re-arms the budget;
//! - memory budget: `MemoryError`, raised at the first safe point after the thread's live
//!   heap exceeds the budget (see [`alloc`](super::alloc) for how memory is counted; a
//!   single huge allocation is not stopped before it happens, though weft refuses absurd
//!   sizes, above 16 GiB, outright);
//! - recursion limit: `RecursionError`, as in CPython; `sys.setrecursionlimit` cannot go
//!   above the embedder's limit;
//! - a denied capability: `PermissionError` for `open()` (files) and the environment,
//!   `LimitExceeded` for thread creation (like CPython's "can't start new thread").
//!
//! Exceptions raised by limits carry an attribute `limit` naming the limit
//! (`"instructions"`, `"memory"`, `"files"`, `"env"`, `"threads"`), which
//! [`Error`](super::Error) turns into [`ErrorKind::Limit`](super::ErrorKind::Limit).
//! Native code (a builtin running a long C-level loop such as `sum(range(10**12))`) has no
//! safe points and is not interrupted by the instruction budget.

use std::rc::Rc;

use crate::interp::hashing::{dict_get_str, dict_set_str};
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::{KwArgs, PyBuiltin, TypeRef};
use crate::value::Value;

/// The memory budget is checked every this many ticks.
pub const MEMORY_CHECK_INTERVAL: i64 = 16;

/// Ticks allowed to host-side work after a budget ran out (see [`Vm::with_grace`]).
pub const GRACE_TICKS: i64 = 10_000;

/// A capability an interpreter can be denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capability {
    /// `open()`, and importing modules from the file system.
    Files,
    /// The process environment (`os.environ` and friends, when weft has them).
    Env,
    /// Starting threads (`threading.Thread.start`, `_thread.start_new_thread`).
    Threads,
}

impl Capability {
    /// The name used in messages and in the exception's `limit` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Capability::Files => "files",
            Capability::Env => "env",
            Capability::Threads => "threads",
        }
    }
}

/// Which limit an exception came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKind {
    /// The instruction budget ran out (`LimitExceeded`).
    Instructions,
    /// The memory budget was exceeded (`MemoryError`).
    Memory,
    /// The recursion limit was reached (`RecursionError`).
    Recursion,
    /// A denied capability was used.
    Denied(Capability),
}

/// Limits for an interpreter; the default limits nothing.
///
/// ```
/// use weft_vm::embed::Limits;
/// let limits = Limits::sandbox()
///     .instructions(1_000_000)
///     .memory(32 << 20)
///     .recursion(200);
/// assert!(!limits.files);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Instruction budget, in ticks (one per Python call and per loop iteration); `None`
    /// for no budget.
    pub instructions: Option<u64>,
    /// Memory budget in bytes, counted from when the budget is armed; `None` for no
    /// budget. Needs [`CountingAllocator`](super::alloc::CountingAllocator).
    pub memory: Option<usize>,
    /// Maximum Python recursion depth (`sys.getrecursionlimit()`); `None` keeps the
    /// interpreter's configured limit and lets `sys.setrecursionlimit` raise it.
    pub recursion: Option<usize>,
    /// Whether `open()` (and imports from the file system) are allowed.
    pub files: bool,
    /// Whether the process environment may be read.
    pub env: bool,
    /// Whether the script may start threads.
    pub threads: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::unlimited()
    }
}

impl Limits {
    /// No budgets, every capability allowed (what an interpreter starts with).
    pub fn unlimited() -> Limits {
        Limits {
            instructions: None,
            memory: None,
            recursion: None,
            files: true,
            env: true,
            threads: true,
        }
    }

    /// No budgets yet, but files, environment and threads denied: a starting point for
    /// untrusted code (add budgets with the builder methods).
    pub fn sandbox() -> Limits {
        Limits {
            files: false,
            env: false,
            threads: false,
            ..Limits::unlimited()
        }
    }

    /// Sets the instruction budget (ticks).
    pub fn instructions(mut self, ticks: u64) -> Limits {
        self.instructions = Some(ticks);
        self
    }

    /// Sets the memory budget (bytes).
    pub fn memory(mut self, bytes: usize) -> Limits {
        self.memory = Some(bytes);
        self
    }

    /// Sets the recursion limit.
    pub fn recursion(mut self, depth: usize) -> Limits {
        self.recursion = Some(depth);
        self
    }

    /// Allows or denies `open()`.
    pub fn allow_files(mut self, yes: bool) -> Limits {
        self.files = yes;
        self
    }

    /// Allows or denies environment access.
    pub fn allow_env(mut self, yes: bool) -> Limits {
        self.env = yes;
        self
    }

    /// Allows or denies thread creation.
    pub fn allow_threads(mut self, yes: bool) -> Limits {
        self.threads = yes;
        self
    }
}

/// The limits as the running interpreter enforces them (the `limits` field of
/// [`Vm`]). Set through [`Vm::set_limits`] or `Interpreter::set_limits`.
pub struct LimitState {
    /// Safe points left before the slow path runs; decremented by the evaluation loop.
    pub ticks: i64,
    /// `open()` allowed.
    pub allow_files: bool,
    /// Environment access allowed.
    pub allow_env: bool,
    /// Thread creation allowed.
    pub allow_threads: bool,
    config: Limits,
    /// Instruction budget left beyond the current `ticks` window.
    instr_left: Option<u64>,
    /// Live bytes of this thread when the memory budget was armed.
    mem_base: isize,
    /// `sys.setrecursionlimit` as it was before a recursion cap replaced it.
    saved_setrecursionlimit: Option<Value>,
}

impl Default for LimitState {
    fn default() -> Self {
        LimitState {
            ticks: i64::MAX,
            allow_files: true,
            allow_env: true,
            allow_threads: true,
            config: Limits::unlimited(),
            instr_left: None,
            mem_base: 0,
            saved_setrecursionlimit: None,
        }
    }
}

impl LimitState {
    /// The limits in force.
    pub fn config(&self) -> &Limits {
        &self.config
    }

    /// Ticks consumed since the instruction budget was armed (`None` without a budget).
    pub fn instructions_used(&self) -> Option<u64> {
        let budget = self.config.instructions?;
        let left = self.instr_left.unwrap_or(0) + self.ticks.max(0) as u64;
        Some(budget.saturating_sub(left))
    }

    /// Bytes allocated by this thread since the memory budget was armed (or since the
    /// limits were set).
    pub fn memory_used(&self) -> isize {
        super::alloc::thread_live_bytes() - self.mem_base
    }

    /// Re-arms the budgets: the full instruction budget again, and the memory baseline
    /// taken now.
    pub fn rearm(&mut self) {
        self.instr_left = self.config.instructions;
        self.mem_base = super::alloc::thread_live_bytes();
        self.schedule();
    }

    /// Sets `ticks` to the next window and takes it off the instruction budget.
    fn schedule(&mut self) {
        let mem = self.config.memory.is_some();
        let n = match self.instr_left {
            Some(left) => {
                let mut n = left.min(i64::MAX as u64) as i64;
                if mem {
                    n = n.min(MEMORY_CHECK_INTERVAL);
                }
                self.instr_left = Some(left - n as u64);
                n
            }
            None if mem => MEMORY_CHECK_INTERVAL,
            None => i64::MAX,
        };
        self.ticks = n;
    }
}

impl Vm {
    /// Applies `limits` to this interpreter and arms its budgets.
    pub fn set_limits(&mut self, limits: &Limits) {
        if limits.instructions.is_some() || !limits.threads {
            limit_exceeded_type(self);
        }
        let st = &mut self.limits;
        st.allow_files = limits.files;
        st.allow_env = limits.env;
        st.allow_threads = limits.threads;
        st.config = limits.clone();
        st.rearm();
        self.apply_recursion_cap(limits.recursion);
        if !limits.files {
            // Without files, nothing is imported from the file system. (`sys.path` is only
            // emptied here; the import system itself should also check the capability.)
            if let Some(sys) = self.sys_module.clone() {
                let k = self.intern("path");
                dict_set_str(&sys.dict, k, Value::list(vec![]));
            }
        }
    }

    /// Re-arms the instruction and memory budgets (after a budget ran out, or before the
    /// next request an interpreter serves).
    pub fn rearm_limits(&mut self) {
        self.limits.rearm();
    }

    fn apply_recursion_cap(&mut self, cap: Option<usize>) {
        let Some(sys) = self.sys_module.clone() else {
            return;
        };
        let k = self.intern("setrecursionlimit");
        match cap {
            Some(n) => {
                self.recursion_limit = n.clamp(1, crate::MAX_RECURSION_LIMIT);
                if self.limits.saved_setrecursionlimit.is_none() {
                    self.limits.saved_setrecursionlimit = dict_get_str(&sys.dict, &k);
                }
                let f = Value::Builtin(Rc::new(PyBuiltin {
                    name: Rc::from("setrecursionlimit"),
                    func: capped_setrecursionlimit,
                    bound: None,
                    owner: None,
                }));
                dict_set_str(&sys.dict, k, f);
            }
            None => {
                if let Some(f) = self.limits.saved_setrecursionlimit.take() {
                    dict_set_str(&sys.dict, k, f);
                }
            }
        }
    }

    /// Runs `f` (host-side work that may run Python code, such as formatting an exception
    /// whose class defines `__str__`) with a small instruction allowance of its own,
    /// whatever is left of the budget, then restores the budget's state.
    pub fn with_grace<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        if self.limits.config.instructions.is_none() {
            return f(self);
        }
        let saved = (self.limits.ticks, self.limits.instr_left);
        self.limits.instr_left = Some(0);
        self.limits.ticks = GRACE_TICKS;
        let r = f(self);
        (self.limits.ticks, self.limits.instr_left) = saved;
        r
    }

    /// The slow path of a safe point, run when [`LimitState::ticks`] goes negative:
    /// accounts for the instruction budget, checks the memory budget, and schedules the
    /// next check.
    #[cold]
    #[inline(never)]
    pub fn limits_slow_path(&mut self) -> PyResult<()> {
        let st = &mut self.limits;
        match st.instr_left {
            Some(0) => {
                // Exhausted: stay at zero so that every safe point raises again.
                st.ticks = 0;
                let n = st.config.instructions.unwrap_or(0);
                return Err(self.limit_error(
                    "LimitExceeded",
                    format!("instruction budget exhausted ({} ticks)", n),
                    "instructions",
                ));
            }
            // This tick counts.
            Some(left) => st.instr_left = Some(left - 1),
            None => {}
        }
        st.schedule();
        if let Some(max) = st.config.memory {
            let used = super::alloc::thread_live_bytes() - st.mem_base;
            if used > max as isize {
                return Err(self.limit_error(
                    "MemoryError",
                    format!(
                        "memory budget exceeded ({} bytes in use, budget {})",
                        used, max
                    ),
                    "memory",
                ));
            }
        }
        Ok(())
    }

    /// Raises the error for a denied capability unless `cap` is allowed. The check itself
    /// is inlined and costs one load and branch.
    #[inline]
    pub fn check_capability(&mut self, cap: Capability) -> PyResult<()> {
        let allowed = match cap {
            Capability::Files => self.limits.allow_files,
            Capability::Env => self.limits.allow_env,
            Capability::Threads => self.limits.allow_threads,
        };
        if allowed {
            Ok(())
        } else {
            Err(self.denied(cap))
        }
    }

    #[cold]
    #[inline(never)]
    fn denied(&mut self, cap: Capability) -> PyErr {
        let (ty, msg) = match cap {
            Capability::Files => (
                "PermissionError",
                "file access is not allowed in this interpreter",
            ),
            Capability::Env => (
                "PermissionError",
                "environment access is not allowed in this interpreter",
            ),
            Capability::Threads => (
                "LimitExceeded",
                "can't start new thread: thread creation is not allowed in this interpreter",
            ),
        };
        self.limit_error(ty, msg.to_string(), cap.name())
    }

    /// A new exception of the named type (`"LimitExceeded"` included) whose `limit`
    /// attribute names the limit.
    pub fn limit_error(&mut self, type_name: &str, msg: String, limit: &str) -> PyErr {
        let t = if type_name == "LimitExceeded" {
            limit_exceeded_type(self)
        } else {
            self.exc_type(type_name)
        };
        let exc = self.new_exception_obj(&t, vec![Value::string(msg)]);
        if let Some(d) = &exc.dict {
            let k = self.intern("limit");
            dict_set_str(d, k, Value::str(limit));
        }
        PyErr { exc }
    }
}

/// The `LimitExceeded` exception type of `vm` (a `RuntimeError` subclass), made on first
/// use. It is not a builtin name; Python code can catch it as `RuntimeError`.
pub fn limit_exceeded_type(vm: &mut Vm) -> TypeRef {
    if let Some(t) = vm.types.exc.get("LimitExceeded") {
        return t.clone();
    }
    let base = vm.exc_type("RuntimeError");
    let t = crate::interp::types::make_type(
        "LimitExceeded",
        vec![base.clone()],
        crate::objects::typeobj::BaseLayout::Exception,
        base.builtin_kind,
    );
    let k = vm.intern("__module__");
    dict_set_str(&t.dict, k, Value::str("weft"));
    vm.types.exc.insert("LimitExceeded", t.clone());
    t
}

/// The limit that raised `err`, read from its `limit` attribute.
pub fn limit_of(vm: &mut Vm, err: &PyErr) -> Option<LimitKind> {
    let d = err.exc.dict.as_ref()?;
    let k = vm.intern("limit");
    let v = dict_get_str(d, &k)?;
    Some(match v.as_str()?.as_str() {
        "instructions" => LimitKind::Instructions,
        "memory" => LimitKind::Memory,
        "recursion" => LimitKind::Recursion,
        "files" => LimitKind::Denied(Capability::Files),
        "env" => LimitKind::Denied(Capability::Env),
        "threads" => LimitKind::Denied(Capability::Threads),
        _ => return None,
    })
}

/// `sys.setrecursionlimit` under a recursion cap: never above the embedder's limit.
fn capped_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let n = vm.to_index(&args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let cap = vm
        .limits
        .config
        .recursion
        .unwrap_or(crate::MAX_RECURSION_LIMIT)
        .min(crate::MAX_RECURSION_LIMIT);
    vm.recursion_limit = (n as usize).min(cap);
    Ok(Value::None)
}
