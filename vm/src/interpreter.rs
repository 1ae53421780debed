//! The embedding API: run source or files in one interpreter on the current thread.

use std::rc::Rc;

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
/// does): Python calls recurse on the Rust stack, and `RecursionError` at the default depth
/// of 1000 needs a few megabytes.
///
/// ```
/// let mut interp = weft_vm::Interpreter::new(Default::default());
/// interp.run_source("x = 6 * 7", "<embed>").unwrap();
/// assert_eq!(interp.eval_to_string("x").unwrap(), "42");
/// ```
pub struct Interpreter {
    pub vm: Vm,
    pub main: Rc<PyModule>,
}

impl Interpreter {
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

    pub fn flush(&mut self) {
        self.vm.flush_stdout();
    }
}
