//! `weft`: the command-line interpreter, behaving like `python3`.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::Parser;
use weft_vm::{Config, Interpreter, RunOutcome};

// Interpreter workloads allocate many small objects; mimalloc is markedly faster than the
// system allocator for that pattern.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// weft: a Python 3 interpreter where every thread is its own interpreter.
#[derive(Parser, Debug)]
#[command(name = "weft", disable_version_flag = true, trailing_var_arg = true)]
struct Cli {
    /// Program passed in as string (terminates option list).
    #[arg(short = 'c', value_name = "CMD", allow_hyphen_values = true)]
    command: Option<String>,
    /// Run library module as a script (terminates option list).
    #[arg(short = 'm', value_name = "MOD")]
    module: Option<String>,
    /// Print the Python version number and exit.
    #[arg(short = 'V', long = "version")]
    version: bool,
    /// Implementation-specific options (`-X name`); accepted and ignored when unknown.
    #[arg(short = 'X', value_name = "OPT")]
    xopts: Vec<String>,
    /// Ignore PYTHON* environment variables.
    #[arg(short = 'E')]
    ignore_env: bool,
    /// Unbuffered output (output is always flushed at exit).
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Inspect interactively after running the script.
    #[arg(short = 'i')]
    inspect: bool,
    /// Script file (or `-` for stdin) followed by its arguments.
    #[arg(allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.version {
        println!("Python 3.11.7 (weft {})", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    // A Rust panic (an interpreter bug) is reported like a Python SystemError, not as a
    // Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".to_string());
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("Traceback (most recent call last):");
        eprintln!("  File \"<weft internals>\", line 0, in <interpreter>");
        eprintln!("SystemError: weft internal error: {}{}", msg, at);
    }));
    // Run on a thread with a large stack so deep Python recursion reaches RecursionError
    // instead of overflowing the Rust stack.
    let handle = std::thread::Builder::new()
        .name("weft-main".into())
        .stack_size(weft_vm::INTERPRETER_STACK_SIZE)
        .spawn(move || run(cli));
    match handle {
        Ok(h) => match h.join() {
            Ok(code) => ExitCode::from(code),
            // The panic hook already printed the SystemError report.
            Err(_) => ExitCode::from(1),
        },
        Err(e) => {
            eprintln!("weft: cannot start interpreter thread: {}", e);
            ExitCode::from(1)
        }
    }
}

fn python_path(cli: &Cli) -> Vec<String> {
    let mut path = Vec::new();
    if !cli.ignore_env {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
        }
    }
    path
}

fn run(cli: Cli) -> u8 {
    let mut config = Config::default();
    let env_path = python_path(&cli);
    enum Job {
        Source(String, String),
        Module(String),
        Repl,
    }
    let job;
    if let Some(cmd) = &cli.command {
        config.argv = std::iter::once("-c".to_string())
            .chain(cli.args.iter().cloned())
            .collect();
        config.path = std::iter::once(String::new()).chain(env_path).collect();
        job = Job::Source(cmd.clone(), "<string>".into());
    } else if let Some(m) = &cli.module {
        config.argv = std::iter::once(m.clone())
            .chain(cli.args.iter().cloned())
            .collect();
        let cwd = std::env::current_dir()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        config.path = std::iter::once(cwd).chain(env_path).collect();
        job = Job::Module(m.clone());
    } else if let Some(file) = cli.args.first() {
        config.argv = cli.args.clone();
        if file == "-" {
            let mut src = String::new();
            let _ = std::io::stdin().read_to_string(&mut src);
            config.path = std::iter::once(String::new()).chain(env_path).collect();
            job = Job::Source(src, "<stdin>".into());
        } else {
            let src = match std::fs::read(file) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    eprintln!(
                        "weft: can't open file '{}': [Errno {}] {}",
                        file,
                        e.raw_os_error().unwrap_or(2),
                        if e.kind() == std::io::ErrorKind::NotFound {
                            "No such file or directory".to_string()
                        } else {
                            e.to_string()
                        }
                    );
                    return 2;
                }
            };
            let dir = std::path::Path::new(file)
                .parent()
                .map(|p| p.display().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| ".".to_string());
            let dir = std::fs::canonicalize(&dir)
                .map(|p| p.display().to_string())
                .unwrap_or(dir);
            config.path = std::iter::once(dir).chain(env_path).collect();
            // CPython 3.11 reports the main script by its absolute path.
            let shown = std::fs::canonicalize(file)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| file.clone());
            job = Job::Source(src, shown);
        }
    } else if std::io::stdin().is_terminal() {
        config.argv = vec![String::new()];
        config.path = std::iter::once(String::new()).chain(env_path).collect();
        config.interactive = true;
        job = Job::Repl;
    } else {
        let mut src = String::new();
        let _ = std::io::stdin().read_to_string(&mut src);
        config.argv = vec!["-".into()];
        config.path = std::iter::once(String::new()).chain(env_path).collect();
        job = Job::Source(src, "<stdin>".into());
    }
    let _ = cli.unbuffered;
    for x in &cli.xopts {
        match x.as_str() {
            "strict-sharing" => config.strict_sharing = true,
            "sharing-stats" => config.sharing_stats = true,
            _ => {}
        }
    }
    let stats = config.sharing_stats;
    let mut interp = Interpreter::new(config);
    weft_pool::install_main(&mut interp);
    let result = match job {
        Job::Source(src, name) => interp.run_source(&src, &name).map(|_| ()),
        Job::Module(m) => run_module(&mut interp, &m),
        Job::Repl => {
            repl(&mut interp);
            Ok(())
        }
    };
    let code = match result {
        Ok(()) => 0,
        Err(e) => match interp.report(&e) {
            RunOutcome::Ok => 0,
            RunOutcome::Exit(n) => n as u8,
        },
    };
    if cli.inspect {
        repl(&mut interp);
    }
    // Like CPython: wait for non-daemon threads (and run threading's atexit hooks).
    let mut code = code;
    if let Err(e) = weft_pool::shutdown(&mut interp) {
        if let RunOutcome::Exit(n) = interp.report(&e) {
            code = n as u8;
        }
    }
    interp.finalize();
    interp.flush();
    if stats {
        eprint!("{}", weft_vm::cross::stats_report());
    }
    code
}

fn run_module(interp: &mut Interpreter, name: &str) -> weft_vm::PyResult<()> {
    // Find the module's file on sys.path and run it as __main__.
    let paths = interp.vm.config.path.clone();
    let rel = name.replace('.', "/");
    for dir in paths {
        for cand in [
            format!("{}/{}.py", dir, rel),
            format!("{}/{}/__main__.py", dir, rel),
        ] {
            if let Ok(src) = std::fs::read_to_string(&cand) {
                interp.vm.config.argv[0] = cand.clone();
                if let Some(sys) = interp.vm.sys_module.clone() {
                    let k = interp.vm.intern("argv");
                    let argv: Vec<weft_vm::Value> = interp
                        .vm
                        .config
                        .argv
                        .iter()
                        .map(|s| weft_vm::Value::str(s))
                        .collect();
                    weft_vm::interp::hashing::dict_set_str(
                        &sys.dict,
                        k,
                        weft_vm::Value::list(argv),
                    );
                }
                return interp.run_source(&src, &cand).map(|_| ());
            }
        }
    }
    eprintln!("weft: No module named {}", name);
    Err(interp
        .vm
        .exc_with_args("SystemExit", vec![weft_vm::Value::Int(1)]))
}

/// A minimal interactive prompt.
fn repl(interp: &mut Interpreter) {
    eprintln!(
        "Python 3.11.7 (weft {}) on {}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    let stdin = std::io::stdin();
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        eprint!("{}", prompt);
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                break;
            }
            Ok(_) => {}
        }
        buf.push_str(&line);
        let trimmed = line.trim_end();
        let needs_more = !buf.trim().is_empty()
            && (trimmed.ends_with(':')
                || (!buf.lines().count().eq(&1) && !trimmed.is_empty())
                || trimmed.ends_with('\\'));
        if needs_more {
            continue;
        }
        if buf.trim().is_empty() {
            buf.clear();
            continue;
        }
        let src = std::mem::take(&mut buf);
        if let Err(e) = interp.run_interactive(&src) {
            if let RunOutcome::Exit(n) = interp.report(&e) {
                if interp.vm.err_is(&e, "SystemExit") {
                    std::process::exit(n);
                }
            } else if interp.vm.err_is(&e, "SystemExit") {
                std::process::exit(0);
            }
        }
        interp.flush();
    }
}
