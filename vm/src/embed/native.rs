//! Native functions and modules written in Rust, callable from Python.
//!
//! Any Rust closure whose arguments implement [`FromPython`] and whose result implements
//! [`NativeReturn`] (a [`ToPython`] value, or a `Result` of one) becomes a Python function:
//!
//! ```
//! use weft_vm::embed::NativeModule;
//! # weft_vm::embed::with_interpreter_stack(|| {
//! let mut interp = weft_vm::Interpreter::new(Default::default());
//! let scale = 10;
//! interp.add_function("scaled", move |x: i64| x * scale);
//! interp.add_module(
//!     NativeModule::new("geometry")
//!         .function("hypot", |a: f64, b: f64| (a * a + b * b).sqrt())
//!         .value("UNIT", 1.0),
//! );
//! interp.exec("import geometry\nr = geometry.hypot(3, 4) + scaled(2)").unwrap();
//! assert_eq!(interp.get_global::<f64>("r").unwrap(), 25.0);
//! # });
//! ```
//!
//! Closures that need the interpreter itself (to call back into Python, or to take
//! keyword arguments) are wrapped in [`Raw`].

use std::rc::Rc;

use crate::interp::hashing::dict_set_str;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::{KwArgs, PyBuiltin, PyModule};
use crate::value::Value;

use super::convert::{FromPython, ToPython};
use super::Error;

/// The uniform form every native function takes: the interpreter, positional arguments
/// and keyword arguments.
pub type RawNativeFn = dyn Fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

/// Marks a closure with the raw signature `Fn(&mut Vm, &[Value], &KwArgs) ->
/// PyResult<Value>` for [`NativeFunction`].
///
/// ```
/// use weft_vm::embed::Raw;
/// use weft_vm::Value;
/// # weft_vm::embed::with_interpreter_stack(|| {
/// let mut interp = weft_vm::Interpreter::new(Default::default());
/// interp.add_function("nargs", Raw(|_vm: &mut weft_vm::Vm, args: &[Value], _kw: &weft_vm::objects::KwArgs| {
///     Ok(Value::Int(args.len() as i64))
/// }));
/// assert_eq!(interp.eval::<i64>("nargs(1, 2, 3)").unwrap(), 3);
/// # });
/// ```
pub struct Raw<F>(pub F);

/// What a native closure may return.
pub trait NativeReturn {
    /// The Python result, or the exception to raise.
    fn into_return(self, vm: &mut Vm) -> PyResult<Value>;
}

impl<T: ToPython> NativeReturn for T {
    fn into_return(self, vm: &mut Vm) -> PyResult<Value> {
        self.to_python(vm)
    }
}

impl<T: ToPython> NativeReturn for Result<T, Error> {
    fn into_return(self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Ok(v) => v.to_python(vm),
            Err(e) => Err(e.to_py(vm)),
        }
    }
}

impl<T: ToPython> NativeReturn for Result<T, PyErr> {
    fn into_return(self, vm: &mut Vm) -> PyResult<Value> {
        self?.to_python(vm)
    }
}

/// A Rust closure usable as a Python function. Implemented for closures of up to six
/// [`FromPython`] arguments returning a [`NativeReturn`], and for [`Raw`] closures. The
/// `Marker` parameter only tells the implementations apart; it is inferred.
pub trait NativeFunction<Marker>: 'static {
    /// The closure in raw form; `name` is used in error messages.
    fn into_raw(self, name: &str) -> Rc<RawNativeFn>;
}

/// The marker of [`Raw`] closures.
pub struct RawMarker;

impl<F> NativeFunction<RawMarker> for Raw<F>
where
    F: Fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value> + 'static,
{
    fn into_raw(self, _name: &str) -> Rc<RawNativeFn> {
        Rc::new(self.0)
    }
}

fn check_arity(vm: &Vm, name: &str, args: &[Value], kw: &KwArgs, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() != n {
        return Err(vm.type_error(format!(
            "{}() takes {} positional argument{} but {} {} given",
            name,
            n,
            if n == 1 { "" } else { "s" },
            args.len(),
            if args.len() == 1 { "was" } else { "were" }
        )));
    }
    Ok(())
}

/// Prefixes a conversion error with the function and argument it concerns.
fn arg_error(vm: &mut Vm, name: &str, index: usize, e: PyErr) -> PyErr {
    let cls = e.exc.class.borrow().clone();
    let msg = vm.str_string(&e.value()).unwrap_or_default();
    PyErr {
        exc: vm.new_exception_obj(
            &cls,
            vec![Value::string(format!(
                "{}() argument {}: {}",
                name,
                index + 1,
                msg
            ))],
        ),
    }
}

macro_rules! native_fn {
    ($n:expr; $($t:ident $i:tt),*) => {
        impl<Func, Ret, $($t),*> NativeFunction<fn($($t),*) -> Ret> for Func
        where
            Func: Fn($($t),*) -> Ret + 'static,
            Ret: NativeReturn,
            $($t: FromPython,)*
        {
            fn into_raw(self, name: &str) -> Rc<RawNativeFn> {
                let name: Rc<str> = Rc::from(name);
                Rc::new(move |vm: &mut Vm, args: &[Value], kw: &KwArgs| {
                    check_arity(vm, &name, args, kw, $n)?;
                    let _ = &args;
                    $(
                        #[allow(non_snake_case)]
                        let $t = match $t::from_python(vm, &args[$i]) {
                            Ok(v) => v,
                            Err(e) => return Err(arg_error(vm, &name, $i, e)),
                        };
                    )*
                    (self)($($t),*).into_return(vm)
                })
            }
        }
    };
}

native_fn!(0;);
native_fn!(1; A 0);
native_fn!(2; A 0, B 1);
native_fn!(3; A 0, B 1, C 2);
native_fn!(4; A 0, B 1, C 2, D 3);
native_fn!(5; A 0, B 1, C 2, D 3, E 4);
native_fn!(6; A 0, B 1, C 2, D 3, E 4, F 5);

/// Native closures of one interpreter (Python sees each as a builtin function bound to
/// its index here).
#[derive(Default)]
pub struct NativeRegistry {
    fns: Vec<Rc<RawNativeFn>>,
}

fn trampoline(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let f = match args.first() {
        Some(Value::Int(i)) => vm.embed.natives.fns.get(*i as usize).cloned(),
        _ => None,
    };
    match f {
        Some(f) => f(vm, &args[1..], kw),
        None => Err(vm.new_error("SystemError", "unknown native function")),
    }
}

impl Vm {
    /// Makes a Python builtin function that runs `f`.
    pub fn native_function(&mut self, name: &str, f: Rc<RawNativeFn>) -> Value {
        let idx = self.embed.natives.fns.len();
        self.embed.natives.fns.push(f);
        Value::Builtin(Rc::new(PyBuiltin {
            name: Rc::from(name),
            func: trampoline,
            bound: Some(Value::Int(idx as i64)),
            owner: None,
        }))
    }

    /// Registers `module` so that `import name` builds it (once per interpreter; a module
    /// of the same name imported before is replaced on the next import).
    pub fn add_native_module(&mut self, module: NativeModule) {
        let name = module.name.clone();
        let m = Rc::new(module);
        self.native_modules
            .insert(name.clone(), Rc::new(move |vm: &mut Vm| m.build(vm)));
        let modules = self.modules.clone();
        let _ = self.dict_del(&modules, &Value::str(&name));
    }
}

enum Item {
    Function(Rc<RawNativeFn>),
    Value(Rc<dyn ToPython>),
}

/// A Python module made of Rust functions and values (and optionally some Python code),
/// built when a script first imports it.
pub struct NativeModule {
    name: String,
    items: Vec<(String, Item)>,
    python: Vec<String>,
}

impl NativeModule {
    /// An empty module named `name` (a dotted name makes a submodule of a package that
    /// must be importable itself).
    pub fn new(name: &str) -> NativeModule {
        NativeModule {
            name: name.to_string(),
            items: Vec::new(),
            python: Vec::new(),
        }
    }

    /// The module's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Adds a function.
    pub fn function<M>(mut self, name: &str, f: impl NativeFunction<M>) -> NativeModule {
        let raw = f.into_raw(name);
        self.items.push((name.to_string(), Item::Function(raw)));
        self
    }

    /// Adds a value (converted afresh for each interpreter that imports the module).
    pub fn value(mut self, name: &str, v: impl ToPython + 'static) -> NativeModule {
        self.items.push((name.to_string(), Item::Value(Rc::new(v))));
        self
    }

    /// Adds Python source, run in the module's namespace after the native items are set
    /// (for classes or wrappers written in Python).
    pub fn python(mut self, source: &str) -> NativeModule {
        self.python.push(source.to_string());
        self
    }

    fn build(&self, vm: &mut Vm) -> PyResult<Rc<PyModule>> {
        let m = vm.new_module(&self.name);
        for (name, item) in &self.items {
            let v = match item {
                Item::Function(f) => vm.native_function(name, f.clone()),
                Item::Value(v) => v.to_python(vm)?,
            };
            let k = vm.intern(name);
            dict_set_str(&m.dict, k, v);
        }
        for src in &self.python {
            let filename = format!("<native module {}>", self.name);
            let code =
                vm.compile_source(src, &filename, crate::interp::import::SourceMode::Exec)?;
            let d = m.dict.clone();
            vm.run_code(&code, &d, None)?;
        }
        Ok(m)
    }
}
