//! Running untrusted scripts under limits: each script below misbehaves in its own way,
//! the limit it hits raises a Python exception in the script, and the host reports it and
//! carries on with the same interpreter.

use weft_vm::embed::{with_interpreter_stack, Error, Limits};
use weft_vm::{Config, Interpreter};

/// One untrusted script and what it must come to.
pub struct Case {
    /// What the script tries.
    pub title: &'static str,
    /// The script.
    pub source: &'static str,
    /// `None` when it must succeed, else the exception type it must raise.
    pub expect: Option<&'static str>,
}

/// The scripts, in the order they run.
pub const CASES: &[Case] = &[
    Case {
        title: "a well-behaved script",
        source: "total = sum(i * i for i in range(1000))\nprint('total is', total)\n",
        expect: None,
    },
    Case {
        title: "an endless loop",
        source: "while True:\n    pass\n",
        expect: Some("LimitExceeded"),
    },
    Case {
        title: "an endless loop that catches the limit error",
        source: "while True:\n    try:\n        while True:\n            pass\n    except Exception:\n        print('caught it, carrying on')\n",
        expect: Some("LimitExceeded"),
    },
    Case {
        title: "allocating without end",
        source: "hoard = []\nwhile True:\n    hoard.append('x' * 1_000_000)\n",
        expect: Some("MemoryError"),
    },
    Case {
        title: "one absurd allocation",
        source: "s = 'x' * (1 << 40)\n",
        expect: Some("MemoryError"),
    },
    Case {
        title: "unbounded recursion, after raising the recursion limit",
        source: "import sys\nsys.setrecursionlimit(1_000_000)\ndef down(n):\n    return down(n + 1)\ndown(0)\n",
        expect: Some("RecursionError"),
    },
    Case {
        title: "reading a file",
        source: "print(open('/etc/passwd').read())\n",
        expect: Some("PermissionError"),
    },
    Case {
        title: "reading the environment",
        source: "import os\nprint(os.environ)\n",
        expect: Some("ModuleNotFoundError"),
    },
    Case {
        title: "starting a thread",
        source: "import threading\nthreading.Thread(target=print, args=('hi',)).start()\n",
        expect: Some("LimitExceeded"),
    },
    Case {
        title: "a well-behaved script, after all that",
        source: "print('still here:', ', '.join(str(n) for n in range(5)))\n",
        expect: None,
    },
];

/// How one case went.
#[derive(Debug)]
pub struct Outcome {
    /// The case's title.
    pub title: &'static str,
    /// The error, or `None` if the script finished.
    pub error: Option<Error>,
    /// What it printed.
    pub output: String,
    /// Whether that is what the case expects.
    pub as_expected: bool,
}

/// The limits the scripts run under.
pub fn limits() -> Limits {
    Limits::sandbox()
        .instructions(2_000_000)
        .memory(64 << 20)
        .recursion(200)
}

/// Runs every case in one interpreter (with the thread modules, so that thread creation
/// can be refused) and returns the outcomes.
pub fn run() -> Vec<Outcome> {
    with_interpreter_stack(|| {
        let mut interp: Interpreter =
            weft_pool::runtime::new_interpreter(weft_pool::runtime::next_id(), Config::default());
        interp.set_limits(&limits());
        interp.capture_output(true);
        CASES
            .iter()
            .map(|case| {
                // Each script gets a full budget.
                interp.rearm_limits();
                let r = interp.exec_as(case.source, "untrusted.py");
                let output = interp.take_output() + &interp.take_stderr();
                let error = r.err();
                let as_expected = match (&error, case.expect) {
                    (None, None) => true,
                    (Some(e), Some(t)) => e.type_name == t,
                    _ => false,
                };
                Outcome {
                    title: case.title,
                    error,
                    output,
                    as_expected,
                }
            })
            .collect()
    })
}
