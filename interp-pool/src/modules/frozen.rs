//! Modules written in Python and built into the binary (compiled once per process).

use weft_vm::interp::import::Frozen;
use weft_vm::Vm;

const MODULES: &[(&str, &str, bool)] = &[
    ("threading", include_str!("../py/threading.py"), false),
    (
        "concurrent",
        include_str!("../py/concurrent/__init__.py"),
        true,
    ),
    (
        "concurrent.futures",
        include_str!("../py/concurrent/futures/__init__.py"),
        true,
    ),
    (
        "concurrent.futures._base",
        include_str!("../py/concurrent/futures/_base.py"),
        false,
    ),
    (
        "concurrent.futures.thread",
        include_str!("../py/concurrent/futures/thread.py"),
        false,
    ),
    (
        "concurrent.futures.interpreter",
        include_str!("../py/concurrent/futures/interpreter.py"),
        false,
    ),
    (
        "concurrent.interpreters",
        include_str!("../py/concurrent/interpreters/__init__.py"),
        true,
    ),
    ("interpreters", include_str!("../py/interpreters.py"), false),
];

pub fn register(vm: &mut Vm) {
    for (name, source, package) in MODULES {
        vm.frozen.insert(
            name.to_string(),
            Frozen {
                source,
                package: *package,
            },
        );
    }
}
