//! Methods of builtin types (see module docs in builtins/mod.rs).

use crate::interp::Vm;

pub fn init(_vm: &mut Vm) {}
