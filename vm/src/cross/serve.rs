//! Executing other interpreters' requests on this interpreter's objects.
//!
//! Each request is one primitive operation, run to completion before the next message is
//! taken: the atomicity a GIL gives (`lst.append(x)` from several threads never loses an
//! item).

use std::rc::Rc;
use std::sync::Arc;

use weft_shareable::Shareable;

use super::{Reply, Request};
use crate::interp::hashing::{dict_del_str, dict_get_str, dict_set_str};
use crate::interp::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// Runs a request from another interpreter and exports the answer.
    pub fn serve(&mut self, req: Request) -> Reply {
        self.cross.stats.requests_served += 1;
        // A request runs between two instructions of whatever this thread was doing: keep
        // its handled exception and `reraising` state intact.
        let handled = self.handled.take();
        let r = self.serve_inner(req);
        self.handled = handled;
        match r {
            Ok(v) => Ok(v),
            Err(e) => Err(self
                .export_exception(&e.value())
                .unwrap_or_else(|_| Shareable::str("exception could not be copied"))),
        }
    }

    fn kwargs_in(
        &mut self,
        kwargs: &[(Arc<str>, Shareable)],
    ) -> PyResult<Vec<(Rc<crate::objects::PyStr>, Value)>> {
        let mut out = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            let v = self.import(v)?;
            out.push((self.intern(k), v));
        }
        Ok(out)
    }

    /// Exports `v`, a result of an operation on `target`. Under strict sharing, what the
    /// runtime's own objects (threads, futures, executors) hand out is not the user's
    /// sharing.
    fn export_result(&mut self, target: &Value, v: &Value) -> PyResult<Shareable> {
        if self.cross.strict && self.is_runtime_object(target) {
            self.cross.strict = false;
            let r = self.export(v);
            self.cross.strict = true;
            return r;
        }
        self.export(v)
    }

    fn serve_getattr(&mut self, o: &Value, name: &str) -> PyResult<Option<Shareable>> {
        if let Value::Cell(c) = o {
            let v = c.value.borrow().clone();
            return match v {
                Some(v) => Ok(Some(self.export(&v)?)),
                None => Err(self.value_error("Cell is empty")),
            };
        }
        let n = self.intern(name);
        let v = self.getattr(o, &n)?;
        Ok(Some(self.export_result(o, &v)?))
    }

    fn serve_inner(&mut self, req: Request) -> PyResult<Option<Shareable>> {
        match req {
            Request::GetAttr { obj, name } => {
                let o = self.exported(obj)?;
                let saved = self.cross.context.replace(format!("attribute '{}'", name));
                let r = self.serve_getattr(&o, &name);
                self.cross.context = saved;
                r
            }
            Request::SetAttr { obj, name, value } => {
                let o = self.exported(obj)?;
                if let Value::Cell(c) = &o {
                    let v = match value {
                        Some(v) => Some(self.import(&v)?),
                        None => None,
                    };
                    let c = c.clone();
                    self.store_cell(&c, v)?;
                    return Ok(None);
                }
                let n = self.intern(&name);
                match value {
                    Some(v) => {
                        let v = self.import(&v)?;
                        self.setattr(&o, &n, v)?;
                    }
                    None => self.delattr(&o, &n)?,
                }
                Ok(None)
            }
            Request::CallMethod {
                obj,
                name,
                args,
                kwargs,
            } => {
                let o = self.exported(obj)?;
                let n = self.intern(&name);
                let args = self.import_all(&args)?;
                let kw = self.kwargs_in(&kwargs)?;
                let (m, s) = self.load_method(&o, &n)?;
                let r = if matches!(s, Value::Null) {
                    self.call(&m, &args, &kw)?
                } else {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(s);
                    full.extend(args);
                    self.call(&m, &full, &kw)?
                };
                Ok(Some(self.export_result(&o, &r)?))
            }
            Request::Call { obj, args, kwargs } => {
                let o = self.exported(obj)?;
                let args = self.import_all(&args)?;
                let kw = self.kwargs_in(&kwargs)?;
                let r = self.call(&o, &args, &kw)?;
                Ok(Some(self.export_result(&o, &r)?))
            }
            Request::Iterate { obj } => {
                let o = self.exported(obj)?;
                let items = self.iterate(&o)?;
                let out = self.export_all(&items)?;
                Ok(Some(Shareable::tuple(out)))
            }
            Request::Items { obj } => {
                let o = self.exported(obj)?;
                let items = self.mapping_items(&o)?;
                let mut out = Vec::with_capacity(items.len());
                for (k, v) in items {
                    out.push(Shareable::tuple([self.export(&k)?, self.export(&v)?]));
                }
                Ok(Some(Shareable::tuple(out)))
            }
            Request::Exec { code } => {
                let r = self.explicit(|vm| {
                    let c = vm.import(&code)?;
                    match &c {
                        Value::Str(src) => {
                            let code = vm.compile_source(
                                src.as_str(),
                                "<string>",
                                crate::interp::import::SourceMode::Exec,
                            )?;
                            let g = vm.main_dict()?;
                            vm.run_code(&code, &g, None)?;
                            Ok(Value::None)
                        }
                        Value::Code(code) => {
                            let g = vm.main_dict()?;
                            vm.run_code(code, &g, None)?;
                            Ok(Value::None)
                        }
                        _ => {
                            vm.call(&c, &[], &[])?;
                            Ok(Value::None)
                        }
                    }
                });
                Ok(Some(r))
            }
            Request::CallFunc { func, args, kwargs } => {
                let r = self.explicit(|vm| {
                    let f = vm.import(&func)?;
                    let a = match vm.import(&args)? {
                        Value::Tuple(t) => t.items.clone(),
                        _ => vec![],
                    };
                    let kw = vm.import(&kwargs)?;
                    let kw = vm.kwargs_from_pairs(&kw);
                    vm.call(&f, &a, &kw)
                });
                Ok(Some(r))
            }
            Request::PrepareMain { items } => {
                let g = self.main_dict()?;
                let saved = std::mem::replace(&mut self.cross.copy_mode, true);
                let r = (|| {
                    for (k, v) in &items {
                        let v = self.import(v)?;
                        let k = self.intern(k);
                        dict_set_str(&g, k, v);
                    }
                    Ok(None)
                })();
                self.cross.copy_mode = saved;
                r
            }
            Request::ModuleAttr { module, name } => {
                let modules = self.modules.clone();
                let Some(m) = self.dict_get(&modules, &Value::str(&module))? else {
                    return Err(self.new_error(
                        "ModuleNotFoundError",
                        format!("No module named '{}'", module),
                    ));
                };
                let n = self.intern(&name);
                let v = self.getattr(&m, &n)?;
                Ok(Some(self.export(&v)?))
            }
            Request::GetGlobal { module, name, copy } => {
                let Some(d) = self.cross.modules.get(&module).cloned() else {
                    return Err(self.new_error("RuntimeError", "unknown module namespace"));
                };
                match dict_get_str(&d, &self.intern(&name)) {
                    Some(v) => {
                        let m = match dict_get_str(&d, &self.intern("__name__")) {
                            Some(Value::Str(s)) => s.as_str().to_string(),
                            _ => "?".to_string(),
                        };
                        let saved = self
                            .cross
                            .context
                            .replace(format!("global '{}' of module '{}'", name, m));
                        let saved_mode = std::mem::replace(&mut self.cross.copy_mode, copy);
                        let r = self.export(&v);
                        self.cross.copy_mode = saved_mode;
                        self.cross.context = saved;
                        Ok(Some(r?))
                    }
                    None => Ok(None),
                }
            }
            Request::SetGlobal {
                module,
                name,
                value,
            } => {
                let Some(d) = self.cross.modules.get(&module).cloned() else {
                    return Err(self.new_error("RuntimeError", "unknown module namespace"));
                };
                let n = self.intern(&name);
                match value {
                    Some(v) => {
                        let v = self.import(&v)?;
                        dict_set_str(&d, n, v);
                    }
                    None => {
                        if dict_del_str(&d, &n).is_none() {
                            return Err(self.new_error(
                                "NameError",
                                format!("name '{}' is not defined", name),
                            ));
                        }
                        d.touch();
                    }
                }
                self.finalize_pending();
                Ok(None)
            }
            Request::ClassNs { class } => {
                let Some(t) = self.cross.types.get(&class).cloned() else {
                    return Err(self.new_error("RuntimeError", "unknown class"));
                };
                let ns = self.export_class_ns(&t)?;
                let items = ns
                    .into_iter()
                    .map(|(k, v)| Shareable::tuple([Shareable::Str(k), v]))
                    .collect::<Vec<_>>();
                Ok(Some(Shareable::tuple(items)))
            }
            Request::SetClassAttr { class, name, value } => {
                let Some(t) = self.cross.types.get(&class).cloned() else {
                    return Err(self.new_error("RuntimeError", "unknown class"));
                };
                let n = self.intern(&name);
                let tv = Value::Type(t);
                match value {
                    Some(v) => {
                        let v = self.import(&v)?;
                        self.setattr(&tv, &n, v)?;
                    }
                    None => self.delattr(&tv, &n)?,
                }
                Ok(None)
            }
        }
    }

    /// This interpreter's `__main__` namespace.
    pub fn main_dict(&mut self) -> PyResult<Rc<crate::objects::PyDict>> {
        let modules = self.modules.clone();
        match self.dict_get(&modules, &Value::str("__main__"))? {
            Some(Value::Module(m)) => Ok(m.dict.clone()),
            _ => {
                let m = self.new_module("__main__");
                self.dict_set(&modules, Value::str("__main__"), Value::Module(m.clone()))?;
                Ok(m.dict.clone())
            }
        }
    }

    /// Runs explicit-door code: marks the interpreter running, copies the result back, and
    /// turns an exception into `(1, excinfo)`.
    fn explicit(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<Value>) -> Shareable {
        use std::sync::atomic::Ordering;
        let was = self.cross.running.swap(true, Ordering::AcqRel);
        let r = f(self);
        let saved = std::mem::replace(&mut self.cross.copy_mode, true);
        let out = match r.and_then(|v| self.export(&v)) {
            Ok(s) => Shareable::tuple([Shareable::int(0), s]),
            Err(e) => {
                let info = self.excinfo(&e);
                Shareable::tuple([Shareable::int(1), info])
            }
        };
        self.cross.copy_mode = saved;
        self.cross.running.store(was, Ordering::Release);
        self.run_pending_finalizers();
        out
    }

    /// `(type name, qualname, module, str(exc), formatted traceback)` of an exception.
    pub fn excinfo(&mut self, e: &crate::interp::PyErr) -> Shareable {
        let cls = e.exc.class.borrow().clone();
        let name = cls.name_str();
        let qualname = cls.qualname.borrow().as_str().to_string();
        let module = match dict_get_str(&cls.dict, &self.intern("__module__")) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "builtins".to_string(),
        };
        let msg = self.str_string(&e.value()).unwrap_or_default();
        let formatted = self.format_exception(&e.value());
        Shareable::tuple([
            Shareable::str(&name),
            Shareable::str(&qualname),
            Shareable::str(&module),
            Shareable::str(&msg),
            Shareable::str(&formatted),
        ])
    }

    /// Brings a mirrored class up to date when its owner changed a class attribute since.
    pub(crate) fn refresh_mirror_class(&mut self, t: &crate::objects::TypeRef) -> PyResult<()> {
        let (owner, id, cur) = match t.cross.borrow().as_deref() {
            Some(super::TypeCross::Mirror {
                owner,
                id,
                version,
                seen,
                ..
            }) => {
                let cur = version.load(std::sync::atomic::Ordering::Acquire);
                if cur == seen.get() {
                    return Ok(());
                }
                (*owner, *id, cur)
            }
            _ => return Ok(()),
        };
        let r = self.forward(owner, Request::ClassNs { class: id })?;
        if let Some(super::TypeCross::Mirror { seen, .. }) = t.cross.borrow().as_deref() {
            seen.set(cur);
        }
        if let Some(Shareable::Tuple(items)) = r {
            let mut pairs = Vec::with_capacity(items.len());
            for it in items.iter() {
                if let Shareable::Tuple(p) = it {
                    if let (Some(Shareable::Str(k)), Some(v)) = (p.first(), p.get(1)) {
                        pairs.push((k.clone(), v.clone()));
                    }
                }
            }
            // Methods do not change identity on refresh: only plain attributes are updated.
            let pairs: Vec<_> = pairs
                .into_iter()
                .filter(|(k, _)| {
                    let k = crate::objects::PyStr::new(k);
                    !matches!(
                        dict_get_str(&t.dict, &k),
                        Some(Value::Function(_) | Value::Special(_))
                    )
                })
                .collect();
            self.fill_class_ns(t, &pairs)?;
        }
        Ok(())
    }

    /// A class-attribute store on a mirrored class also goes to the owner.
    pub(crate) fn mirror_class_store(
        &mut self,
        t: &crate::objects::TypeRef,
        name: &crate::objects::PyStr,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let (owner, id) = match t.cross.borrow().as_deref() {
            Some(super::TypeCross::Mirror { owner, id, .. }) => (*owner, *id),
            Some(super::TypeCross::Owned { version, .. }) => {
                version.fetch_add(1, std::sync::atomic::Ordering::Release);
                return Ok(());
            }
            _ => return Ok(()),
        };
        let value = match value {
            Some(v) => Some(self.export(v)?),
            None => None,
        };
        self.forward(
            owner,
            Request::SetClassAttr {
                class: id,
                name: Arc::from(name.as_str()),
                value,
            },
        )?;
        Ok(())
    }
}
