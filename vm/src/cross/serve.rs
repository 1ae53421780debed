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

    fn serve_inner(&mut self, req: Request) -> PyResult<Option<Shareable>> {
        match req {
            Request::GetAttr { obj, name } => {
                let o = self.exported(obj)?;
                if let Value::Cell(c) = &o {
                    let v = c.value.borrow().clone();
                    return match v {
                        Some(v) => Ok(Some(self.export(&v)?)),
                        None => Err(self.value_error("Cell is empty")),
                    };
                }
                let n = self.intern(&name);
                let v = self.getattr(&o, &n)?;
                Ok(Some(self.export(&v)?))
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
                Ok(Some(self.export(&r)?))
            }
            Request::Call { obj, args, kwargs } => {
                let o = self.exported(obj)?;
                let args = self.import_all(&args)?;
                let kw = self.kwargs_in(&kwargs)?;
                let r = self.call(&o, &args, &kw)?;
                Ok(Some(self.export(&r)?))
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
            Request::GetGlobal { module, name } => {
                let Some(d) = self.cross.modules.get(&module).cloned() else {
                    return Err(self.new_error("RuntimeError", "unknown module namespace"));
                };
                match dict_get_str(&d, &self.intern(&name)) {
                    Some(v) => Ok(Some(self.export(&v)?)),
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
