//! The import system: `sys.modules`, `sys.path` search, packages and relative imports.

use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::CodeObject;
use crate::objects::{PyDict, PyModule, PyStr};
use crate::value::Value;

use super::frame::{Frame, FrameExit};
use super::hashing::{dict_get_str, dict_set_str};
use super::{PyResult, Vm};

pub enum SourceMode {
    Exec,
    Eval,
    Single,
}

impl Vm {
    /// Parse and compile source text.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: SourceMode,
    ) -> PyResult<Arc<CodeObject>> {
        let (pmode, cmode) = match mode {
            SourceMode::Exec => (crate::parse::Mode::Module, crate::compile::Mode::Module),
            SourceMode::Eval => (crate::parse::Mode::Expression, crate::compile::Mode::Eval),
            SourceMode::Single => (
                crate::parse::Mode::Interactive,
                crate::compile::Mode::Interactive,
            ),
        };
        let ast =
            crate::parse::parse(source, filename, pmode).map_err(|e| self.syntax_error(&e))?;
        crate::compile::compile(&ast, filename, source, cmode).map_err(|e| self.syntax_error(&e))
    }

    /// Run a module-level code object with the given namespaces.
    pub fn run_code(
        &mut self,
        code: &Arc<CodeObject>,
        globals: &Rc<PyDict>,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let rt = self.code_rt(code);
        let bname = self.intern("__builtins__");
        if dict_get_str(globals, &bname).is_none() {
            dict_set_str(globals, bname, Value::Module(self.builtins_module.clone()));
        }
        let locals = locals.or_else(|| Some(Value::Dict(globals.clone())));
        let mut frame = Frame::new(code.clone(), rt, globals.clone(), locals);
        self.enter_call()?;
        let r = self.run_frame(&mut frame, None);
        self.depth -= 1;
        match r? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    pub fn new_module(&mut self, name: &str) -> Rc<PyModule> {
        let d = Rc::new(PyDict::new());
        let n = self.intern("__name__");
        dict_set_str(&d, n, Value::str(name));
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
            let k = self.intern(k);
            dict_set_str(&d, k, Value::None);
        }
        Rc::new(PyModule {
            name: std::cell::RefCell::new(Rc::new(PyStr::new(name))),
            dict: d,
        })
    }

    fn sys_path(&mut self) -> Vec<String> {
        // Without the file capability, no module is loaded from disk.
        if self
            .check_capability(crate::embed::Capability::Files)
            .is_err()
        {
            return vec![];
        }
        let Some(sys) = self.sys_module.clone() else {
            return vec![];
        };
        let p = self.intern("path");
        match dict_get_str(&sys.dict, &p) {
            Some(Value::List(l)) => l
                .items
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                .collect(),
            _ => vec![],
        }
    }

    fn resolve_name(&mut self, name: &str, globals: &Rc<PyDict>, level: i64) -> PyResult<String> {
        if level == 0 {
            return Ok(name.to_string());
        }
        let pk = self.intern("__package__");
        let package = match dict_get_str(globals, &pk) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => {
                let nk = self.intern("__name__");
                let pathk = self.intern("__path__");
                let modname = match dict_get_str(globals, &nk) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                if dict_get_str(globals, &pathk).is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() || parts.is_empty() {
                return Err(self.new_error(
                    "ImportError",
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        let base = parts.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// The `IMPORT_NAME` operation.
    pub fn import_module_level(
        &mut self,
        name: &PyStr,
        globals: &Rc<PyDict>,
        fromlist: &Value,
        level: i64,
    ) -> PyResult<Value> {
        let full = self.resolve_name(name.as_str(), globals, level)?;
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let leaf = self.import_full(&full)?;
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.items.is_empty(),
            Value::None => false,
            _ => true,
        };
        if has_fromlist {
            return Ok(leaf);
        }
        if level > 0 {
            // `from . import x` has a fromlist; bare relative imports return the package.
            return Ok(leaf);
        }
        let top = full.split('.').next().unwrap_or(&full).to_string();
        let tk = Value::str(&top);
        Ok(self.dict_get(&self.modules.clone(), &tk)?.unwrap_or(leaf))
    }

    /// Import `a.b.c`, importing parents first; returns the leaf module.
    pub fn import_full(&mut self, full: &str) -> PyResult<Value> {
        let key = Value::str(full);
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get(&modules, &key)? {
            if m.is_none() {
                return Err(self.new_error(
                    "ModuleNotFoundError",
                    format!("import of {} halted; None in sys.modules", full),
                ));
            }
            return Ok(m);
        }
        let (parent, child) = match full.rsplit_once('.') {
            Some((p, c)) => (Some(p.to_string()), c.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = self.import_full(p)?;
                // Importing the parent may have imported the child.
                if let Some(m) = self.dict_get(&modules, &key)? {
                    return Ok(m);
                }
                if let Some(fr) = self.frozen.get(full).cloned() {
                    return self.load_frozen(full, &fr, Some(p));
                }
                let pathk = self.intern("__path__");
                match self.getattr_opt(&pm, &pathk)? {
                    Some(v) => self
                        .iterate(&v)?
                        .iter()
                        .filter_map(|x| x.as_str().map(|s| s.as_str().to_string()))
                        .collect(),
                    None => {
                        return Err(self.exc_with_args(
                            "ModuleNotFoundError",
                            vec![Value::string(format!(
                                "No module named '{}'; '{}' is not a package",
                                full, p
                            ))],
                        ))
                    }
                }
            }
            None => {
                if let Some(fr) = self.frozen.get(full).cloned() {
                    return self.load_frozen(full, &fr, None);
                }
                if let Some(init) = self.native_modules.get(full).cloned() {
                    let m = init(self)?;
                    let mv = Value::Module(m);
                    self.dict_set(&modules, key, mv.clone())?;
                    return Ok(mv);
                }
                if let Some(m) = crate::modules::make_native(self, full) {
                    let mv = Value::Module(m);
                    self.dict_set(&modules, key, mv.clone())?;
                    return Ok(mv);
                }
                self.sys_path()
            }
        };
        for dir in search {
            let base = if dir.is_empty() {
                ".".to_string()
            } else {
                dir.clone()
            };
            let pkg_init = format!("{}/{}/__init__.py", base, child);
            let file = format!("{}/{}.py", base, child);
            if std::path::Path::new(&pkg_init).is_file() {
                let pkg_dir = format!("{}/{}", base, child);
                return self.load_source_module(full, &pkg_init, Some(pkg_dir), parent.as_deref());
            }
            if std::path::Path::new(&file).is_file() {
                return self.load_source_module(full, &file, None, parent.as_deref());
            }
        }
        let e = self.exc_with_args(
            "ModuleNotFoundError",
            vec![Value::string(format!("No module named '{}'", full))],
        );
        if let Some(d) = &e.exc.dict {
            let k = self.intern("name");
            dict_set_str(d, k, Value::str(full));
        }
        Err(e)
    }

    /// Loads a module whose source is built into the binary (compiled once per process).
    fn load_frozen(&mut self, full: &str, fr: &Frozen, parent: Option<&str>) -> PyResult<Value> {
        let code = match frozen_code_cache(full) {
            Some(c) => c,
            None => {
                let filename = format!("<frozen {}>", full);
                let c = self.compile_source(fr.source, &filename, SourceMode::Exec)?;
                frozen_code_store(full, c.clone());
                c
            }
        };
        let m = self.new_module(full);
        let d = m.dict.clone();
        let pk = self.intern("__package__");
        let package = if fr.package {
            full.to_string()
        } else {
            parent.unwrap_or("").to_string()
        };
        dict_set_str(&d, pk, Value::str(&package));
        if fr.package {
            let pathk = self.intern("__path__");
            dict_set_str(&d, pathk, Value::list(vec![]));
        }
        let mv = Value::Module(m.clone());
        let modules = self.modules.clone();
        self.dict_set(&modules, Value::str(full), mv.clone())?;
        if let Err(e) = self.run_code(&code, &d, None) {
            self.dict_del(&modules, &Value::str(full))?;
            return Err(e);
        }
        if let Some(p) = parent {
            if let Some(pm) = self.dict_get(&modules, &Value::str(p))? {
                let child = full.rsplit('.').next().unwrap_or(full);
                let ck = self.intern(child);
                let _ = self.setattr(&pm, &ck, mv.clone());
            }
        }
        Ok(self.dict_get(&modules, &Value::str(full))?.unwrap_or(mv))
    }

    fn load_source_module(
        &mut self,
        full: &str,
        path: &str,
        pkg_dir: Option<String>,
        parent: Option<&str>,
    ) -> PyResult<Value> {
        let source = std::fs::read_to_string(path)
            .map_err(|e| self.new_error("ImportError", format!("cannot read {}: {}", path, e)))?;
        let m = self.new_module(full);
        let d = m.dict.clone();
        let fk = self.intern("__file__");
        dict_set_str(&d, fk, Value::str(path));
        let pk = self.intern("__package__");
        let package = match &pkg_dir {
            Some(_) => full.to_string(),
            None => parent.unwrap_or("").to_string(),
        };
        dict_set_str(&d, pk, Value::str(&package));
        if let Some(dir) = &pkg_dir {
            let pathk = self.intern("__path__");
            dict_set_str(&d, pathk, Value::list(vec![Value::str(dir)]));
        }
        let mv = Value::Module(m.clone());
        let modules = self.modules.clone();
        self.dict_set(&modules, Value::str(full), mv.clone())?;
        let code = match self.compile_source(&source, path, SourceMode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.dict_del(&modules, &Value::str(full))?;
                return Err(e);
            }
        };
        if let Err(e) = self.run_code(&code, &d, None) {
            self.dict_del(&modules, &Value::str(full))?;
            return Err(e);
        }
        // Bind the submodule on its parent package.
        if let Some(p) = parent {
            if let Some(pm) = self.dict_get(&modules, &Value::str(p))? {
                let child = full.rsplit('.').next().unwrap_or(full);
                let ck = self.intern(child);
                let _ = self.setattr(&pm, &ck, mv.clone());
            }
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.dict_get(&modules, &Value::str(full))?.unwrap_or(mv))
    }

    /// The `IMPORT_FROM` operation.
    pub fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let nk = self.intern("__name__");
        let modname = match self.getattr_opt(m, &nk)? {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "?".to_string(),
        };
        let sub = format!("{}.{}", modname, name.as_str());
        match self.import_full(&sub) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "ModuleNotFoundError") => {
                let fk = self.intern("__file__");
                let loc = match self.getattr_opt(m, &fk)? {
                    Some(Value::Str(f)) => format!(" ({})", f.as_str()),
                    _ => " (unknown location)".to_string(),
                };
                Err(self.new_error(
                    "ImportError",
                    format!(
                        "cannot import name '{}' from '{}'{}",
                        name.as_str(),
                        modname,
                        loc
                    ),
                ))
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_star(&mut self, m: &Value, locals: &Value) -> PyResult<()> {
        let allk = self.intern("__all__");
        let names: Vec<Value> = match self.getattr_opt(m, &allk)? {
            Some(all) => self.iterate(&all)?,
            None => {
                let dk = self.intern("__dict__");
                let d = self.getattr(m, &dk)?;
                let keys = match &d {
                    Value::Dict(d) => d.data.borrow().keys(),
                    _ => vec![],
                };
                keys.into_iter()
                    .filter(|k| {
                        k.as_str()
                            .map(|s| !s.as_str().starts_with('_'))
                            .unwrap_or(false)
                    })
                    .collect()
            }
        };
        for n in names {
            let Value::Str(s) = &n else { continue };
            let v = self.getattr(m, s)?;
            self.setitem(locals, n.clone(), v)?;
        }
        Ok(())
    }
}

/// A module whose source is part of the binary.
#[derive(Clone, Copy)]
pub struct Frozen {
    pub source: &'static str,
    pub package: bool,
}

/// A module made by native code on import.
pub type NativeModuleInit = Rc<dyn Fn(&mut Vm) -> PyResult<Rc<crate::objects::PyModule>>>;

/// Frozen modules are compiled once per process; every interpreter shares the code.
static FROZEN_CODE: std::sync::Mutex<
    Option<std::collections::HashMap<String, std::sync::Arc<crate::bytecode::CodeObject>>>,
> = std::sync::Mutex::new(None);

fn frozen_code_cache(name: &str) -> Option<std::sync::Arc<crate::bytecode::CodeObject>> {
    let g = FROZEN_CODE.lock().unwrap_or_else(|e| e.into_inner());
    g.as_ref().and_then(|m| m.get(name).cloned())
}

fn frozen_code_store(name: &str, code: std::sync::Arc<crate::bytecode::CodeObject>) {
    let mut g = FROZEN_CODE.lock().unwrap_or_else(|e| e.into_inner());
    g.get_or_insert_with(Default::default)
        .insert(name.to_string(), code);
}
