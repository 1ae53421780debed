//! The embedding API: run source or files in one interpreter on the current thread.

use std::rc::Rc;

use crate::embed::{Args, Error, FromPython, Limits, NativeFunction, NativeModule, ToPython};
use crate::interp::hashing::{dict_get_str, dict_set_str};
use crate::interp::import::SourceMode;
use crate::interp::{Config, PyErr, PyResult, Vm};
use crate::objects::PyModule;
use crate::value::Value;

/// How a script run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunOutcome {
    /// Finished normally, or `sys.exit(0)`/`sys.exit(None)`.
    Ok,
    /// `sys.exit(n)` or an uncaught exception (status 1); the traceback was printed.
    Exit(i32),
}

/// One Python interpreter.
///
/// Run it on a thread with a large stack (`INTERPRETER_STACK_SIZE`, as the `weft` binary
/// does, or through [`crate::embed::with_interpreter_stack`]): Python calls recurse on the
/// Rust stack, and `RecursionError` at the default depth of 1000 needs a few megabytes.
/// An interpreter is `!Send`: it stays on the thread that made it.
///
/// ```
/// # weft_vm::embed::with_interpreter_stack(|| {
/// let mut interp = weft_vm::Interpreter::new(Default::default());
/// interp.exec("x = 6 * 7").unwrap();
/// assert_eq!(interp.get_global::<i64>("x").unwrap(), 42);
/// assert_eq!(interp.eval::<String>("str(x) * 2").unwrap(), "4242");
/// # });
/// ```
///
/// The methods returning [`PyResult`] are the low-level layer the `weft` binary uses; the
/// ones returning [`Error`] (the embedding API, see [`crate::embed`]) convert exceptions
/// into Rust errors carrying the traceback.
pub struct Interpreter {
    /// The interpreter state, for direct use of the lower-level API.
    pub vm: Vm,
    /// The `__main__` module, whose namespace `exec`, `call` and the globals methods use.
    pub main: Rc<PyModule>,
}

impl Interpreter {
    /// A fresh interpreter with the builtins, `sys` and an empty `__main__`.
    pub fn new(config: Config) -> Interpreter {
        let mut vm = Vm::new(config);
        let main = vm.new_module("__main__");
        let modules = vm.modules.clone();
        let _ = vm.dict_set(
            &modules,
            Value::str("__main__"),
            Value::Module(main.clone()),
        );
        Interpreter { vm, main }
    }

    /// Run source text as the `__main__` module.
    pub fn run_source(&mut self, source: &str, filename: &str) -> PyResult<Value> {
        let code = self.vm.compile_source(source, filename, SourceMode::Exec)?;
        let g = self.main.dict.clone();
        let fk = self.vm.intern("__file__");
        if dict_get_str(&g, &fk).is_none() && !filename.starts_with('<') {
            dict_set_str(&g, fk, Value::str(filename));
        }
        self.vm.run_code(&code, &g, None)
    }

    /// Run one interactive statement (expression results are printed).
    pub fn run_interactive(&mut self, source: &str) -> PyResult<Value> {
        let code = self
            .vm
            .compile_source(source, "<stdin>", SourceMode::Single)?;
        let g = self.main.dict.clone();
        self.vm.run_code(&code, &g, None)
    }

    /// Evaluate an expression in `__main__` and return its `repr`.
    pub fn eval_to_string(&mut self, expr: &str) -> PyResult<String> {
        let code = self.vm.compile_source(expr, "<eval>", SourceMode::Eval)?;
        let g = self.main.dict.clone();
        let v = self.vm.run_code(&code, &g, None)?;
        self.vm.repr_string(&v)
    }

    /// Handle an uncaught exception like CPython: `SystemExit` gives its status, anything
    /// else prints the traceback to stderr and gives status 1.
    pub fn report(&mut self, err: &PyErr) -> RunOutcome {
        self.vm.flush_stdout();
        if self.vm.err_is(err, "SystemExit") {
            let args = self.vm.exc_args(&err.exc);
            let code = args.first().cloned().unwrap_or(Value::None);
            return match code {
                Value::None => RunOutcome::Ok,
                Value::Int(0) | Value::Bool(false) => RunOutcome::Ok,
                Value::Int(n) => RunOutcome::Exit(n as i32),
                Value::Bool(true) => RunOutcome::Exit(1),
                other => {
                    let s = self.vm.str_string(&other).unwrap_or_default();
                    eprintln!("{}", s);
                    RunOutcome::Exit(1)
                }
            };
        }
        let text = self.vm.format_exception(&err.value());
        eprint!("{}", text);
        if self.vm.err_is(err, "KeyboardInterrupt") {
            return RunOutcome::Exit(130);
        }
        RunOutcome::Exit(1)
    }

    /// Interpreter shutdown, as CPython does it for `__main__`: names starting with an
    /// underscore are cleared first, then the rest, so `__del__` methods and generator
    /// `finally` blocks run before the process exits.
    pub fn finalize(&mut self) {
        self.vm.run_pending_finalizers();
        let d = self.main.dict.clone();
        let keys = d.data.borrow().keys();
        // Data objects go before the classes, functions and modules they may still need
        // (with reference counting, an instance keeps its class alive while finalizing).
        for pass in 0..3 {
            for k in &keys {
                let Value::Str(s) = k else { continue };
                let name = s.as_str();
                if name == "__builtins__" {
                    continue;
                }
                let v = match self.vm.dict_get(&d, k) {
                    Ok(Some(v)) => v,
                    _ => continue,
                };
                let underscore = name.starts_with('_') && !name.starts_with("__");
                let code_like = matches!(
                    v,
                    Value::Type(_) | Value::Function(_) | Value::Module(_) | Value::Builtin(_)
                );
                let this_pass = if underscore {
                    0
                } else if code_like {
                    2
                } else {
                    1
                };
                if pass == this_pass {
                    drop(v);
                    let _ = self.vm.dict_set(&d, k.clone(), Value::None);
                    self.vm.run_pending_finalizers();
                }
            }
        }
        self.vm.flush_stdout();
    }

    /// Writes buffered standard output to the process's stdout.
    pub fn flush(&mut self) {
        self.vm.flush_stdout();
    }

    // ------------------------------------------------------------------ embedding API

    /// A fresh interpreter with `limits` applied.
    pub fn with_limits(config: Config, limits: &Limits) -> Interpreter {
        let mut interp = Interpreter::new(config);
        interp.set_limits(limits);
        interp
    }

    /// Applies `limits` and arms the budgets (the instruction budget starts full, the
    /// memory budget counts from now). See [`crate::embed::limits`].
    pub fn set_limits(&mut self, limits: &Limits) {
        self.vm.set_limits(limits);
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        self.vm.limits.config()
    }

    /// Re-arms the instruction and memory budgets, e.g. before each request, or to keep
    /// using an interpreter whose budget ran out.
    pub fn rearm_limits(&mut self) {
        self.vm.rearm_limits();
    }

    /// Converts a raised exception into an [`Error`] with its traceback text.
    pub fn error(&mut self, err: &PyErr) -> Error {
        let e = Error::from_py(&mut self.vm, err);
        self.after_run();
        e
    }

    fn after_run(&mut self) {
        self.vm.run_pending_finalizers();
        self.vm.flush_stdout();
    }

    fn finish<T>(&mut self, r: PyResult<T>) -> Result<T, Error> {
        match r {
            Ok(v) => {
                self.after_run();
                Ok(v)
            }
            Err(e) => Err(self.error(&e)),
        }
    }

    /// Runs source text in `__main__` (reported in tracebacks as `<embed>`).
    pub fn exec(&mut self, source: &str) -> Result<(), Error> {
        self.exec_as(source, "<embed>")
    }

    /// Runs source text in `__main__`, as the file `filename` (tracebacks show its lines
    /// unless the name starts with `<`).
    pub fn exec_as(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let r = self.run_source(source, filename).map(|_| ());
        self.finish(r)
    }

    /// Reads a Python file and runs it as `__main__`. The host reads the file: this is not
    /// subject to the files capability.
    pub fn run_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let source = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                crate::embed::ErrorKind::Exception,
                "OSError",
                format!("cannot read {}: {}", path.display(), e),
            )
        })?;
        self.exec_as(&source, &path.to_string_lossy())
    }

    /// Evaluates an expression in `__main__` and converts its value.
    pub fn eval<R: FromPython>(&mut self, expr: &str) -> Result<R, Error> {
        let r = (|| {
            let code = self.vm.compile_source(expr, "<embed>", SourceMode::Eval)?;
            let g = self.main.dict.clone();
            let v = self.vm.run_code(&code, &g, None)?;
            R::from_python(&mut self.vm, &v)
        })();
        self.finish(r)
    }

    /// Calls the function (or any callable) named `func` in `__main__` with `args` (a
    /// tuple such as `(1, "a")`, `()` for none) and converts the result.
    ///
    /// ```
    /// # weft_vm::embed::with_interpreter_stack(|| {
    /// let mut interp = weft_vm::Interpreter::new(Default::default());
    /// interp.exec("def stats(xs):\n    return min(xs), max(xs), sum(xs) / len(xs)").unwrap();
    /// let (lo, hi, mean): (i64, i64, f64) = interp.call("stats", (vec![3, 1, 2],)).unwrap();
    /// assert_eq!((lo, hi, mean), (1, 3, 2.0));
    /// # });
    /// ```
    pub fn call<R: FromPython>(&mut self, func: &str, args: impl Args) -> Result<R, Error> {
        let r = (|| {
            let f = self.lookup(func)?;
            self.call_inner(&f, &args)
        })();
        self.finish(r)
    }

    /// Calls a Python callable value with `args` and converts the result.
    pub fn call_value<R: FromPython>(&mut self, func: &Value, args: impl Args) -> Result<R, Error> {
        let r = self.call_inner(func, &args);
        self.finish(r)
    }

    fn call_inner<R: FromPython>(&mut self, f: &Value, args: &impl Args) -> PyResult<R> {
        let a = args.to_args(&mut self.vm)?;
        let v = self.vm.call(f, &a, &[])?;
        R::from_python(&mut self.vm, &v)
    }

    fn lookup(&mut self, name: &str) -> PyResult<Value> {
        let k = self.vm.intern(name);
        match dict_get_str(&self.main.dict, &k) {
            Some(v) => Ok(v),
            None => match dict_get_str(&self.vm.builtins, &k) {
                Some(v) => Ok(v),
                None => Err(self.vm.exc_with_args(
                    "NameError",
                    vec![Value::string(format!("name '{}' is not defined", name))],
                )),
            },
        }
    }

    /// A global of `__main__` (or a builtin), converted; `NameError` if there is none.
    pub fn get_global<R: FromPython>(&mut self, name: &str) -> Result<R, Error> {
        let r = self
            .lookup(name)
            .and_then(|v| R::from_python(&mut self.vm, &v));
        self.finish(r)
    }

    /// A global of `__main__` as a raw value, if it exists.
    pub fn global(&mut self, name: &str) -> Option<Value> {
        let k = self.vm.intern(name);
        dict_get_str(&self.main.dict, &k)
    }

    /// Sets a global of `__main__` from a Rust value.
    pub fn set_global(&mut self, name: &str, value: impl ToPython) -> Result<(), Error> {
        let r = value.to_python(&mut self.vm).map(|v| {
            let k = self.vm.intern(name);
            dict_set_str(&self.main.dict, k, v);
        });
        self.finish(r)
    }

    /// Makes a Rust closure callable from Python as the global `name` of `__main__` (see
    /// [`crate::embed::native`]).
    pub fn add_function<M>(&mut self, name: &str, f: impl NativeFunction<M>) {
        let raw = f.into_raw(name);
        let v = self.vm.native_function(name, raw);
        let k = self.vm.intern(name);
        dict_set_str(&self.main.dict, k, v);
    }

    /// Registers a module of Rust functions and values, importable by scripts.
    pub fn add_module(&mut self, module: NativeModule) {
        self.vm.add_native_module(module);
    }

    /// Starts (or stops) capturing what the script writes to `sys.stdout` and
    /// `sys.stderr`; read it with [`take_output`](Self::take_output) and
    /// [`take_stderr`](Self::take_stderr). Stopping discards what was not taken.
    pub fn capture_output(&mut self, on: bool) {
        use crate::interp::stdout::Output;
        if on {
            if !matches!(self.vm.out, Output::Capture(_)) {
                self.vm.flush_stdout();
                self.vm.out = Output::Capture(Vec::new());
            }
            self.vm.embed.stderr.get_or_insert_with(String::new);
        } else {
            self.vm.out = Output::Process;
            self.vm.embed.stderr = None;
        }
    }

    /// Captured standard output since the last call (empty when not capturing).
    pub fn take_output(&mut self) -> String {
        match &mut self.vm.out {
            crate::interp::stdout::Output::Capture(buf) => {
                String::from_utf8_lossy(&std::mem::take(buf)).into_owned()
            }
            _ => String::new(),
        }
    }

    /// Captured standard error since the last call (empty when not capturing).
    pub fn take_stderr(&mut self) -> String {
        self.vm
            .embed
            .stderr
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }
}
