//! Serving many requests through a [`Pool`]: each request is a user-supplied scoring
//! function (Python source) evaluated over the same data set; the pool's workers hold the
//! data set once each and evaluate requests in parallel, under per-request limits.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use weft_pool::pool::JobHandle;
use weft_pool::Pool;
use weft_vm::embed::{Error, Limits};

/// What every worker loads once: the evaluation driver. `DATA` is set by the host.
pub const DRIVER: &str = r#"
import math

def evaluate(name, source):
    ns = {"math": math}
    exec(compile(source, name, "exec"), ns)
    score = ns["score"]
    total = 0.0
    best = None
    best_row = -1
    for i, row in enumerate(DATA):
        s = float(score(row))
        total += s
        if best is None or s > best:
            best = s
            best_row = i
    return {"mean": total / len(DATA), "best": best, "best_row": best_row}
"#;

/// One row of the data set.
pub type Row = HashMap<String, f64>;

/// A deterministic data set of `n` applicants.
pub fn data_set(n: usize) -> Vec<Row> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| {
            let mut r = Row::new();
            r.insert("income".into(), (20_000.0 + 180_000.0 * next()).round());
            r.insert("debt".into(), (50_000.0 * next()).round());
            r.insert("age".into(), (18.0 + 60.0 * next()).round());
            r
        })
        .collect()
}

/// The weights of a well-formed request.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// Weight of income.
    pub income: f64,
    /// Weight of debt (subtracted).
    pub debt: f64,
    /// Weight of the square root of age.
    pub age: f64,
}

impl Weights {
    /// The request's source, as a user would write it.
    pub fn source(&self) -> String {
        format!(
            "def score(row):\n    return {:?} * row[\"income\"] - {:?} * row[\"debt\"] + {:?} * math.sqrt(row[\"age\"])\n",
            self.income, self.debt, self.age
        )
    }

    /// The score computed in Rust, for checking.
    pub fn score(&self, r: &Row) -> f64 {
        self.income * r["income"] - self.debt * r["debt"] + self.age * r["age"].sqrt()
    }
}

/// A request: a name and a scoring function's source.
#[derive(Debug, Clone)]
pub struct Request {
    /// Shown in tracebacks as the file name.
    pub name: String,
    /// The user's Python source defining `score(row)`.
    pub source: String,
    /// For well-formed requests, what the result must be.
    pub weights: Option<Weights>,
    /// For faulty requests, the exception type expected.
    pub expect_error: Option<&'static str>,
}

/// `n` requests: mostly well-formed, with a few faulty ones mixed in (a syntax error, a
/// runtime error, an endless loop, a file read).
pub fn requests(n: usize) -> Vec<Request> {
    let faulty: [(&str, &str); 4] = [
        ("def score(row)\n    return 1\n", "SyntaxError"),
        (
            "def score(row):\n    return row['income'] / 0\n",
            "ZeroDivisionError",
        ),
        (
            "def score(row):\n    while True:\n        pass\n",
            "LimitExceeded",
        ),
        (
            "def score(row):\n    return len(open('/etc/passwd').read())\n",
            "PermissionError",
        ),
    ];
    (0..n)
        .map(|i| {
            if i % 50 == 7 {
                let (src, err) = faulty[(i / 50) % faulty.len()];
                return Request {
                    name: format!("request-{}.py", i),
                    source: src.to_string(),
                    weights: None,
                    expect_error: Some(err),
                };
            }
            let w = Weights {
                income: 1.0 + (i % 7) as f64 * 0.25,
                debt: 0.5 + (i % 5) as f64 * 0.5,
                age: (i % 11) as f64 * 100.0,
            };
            Request {
                name: format!("request-{}.py", i),
                source: w.source(),
                weights: Some(w),
                expect_error: None,
            }
        })
        .collect()
}

/// The result a worker returns for a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Mean score over the data set.
    pub mean: f64,
    /// Best score.
    pub best: f64,
    /// Index of the best row.
    pub best_row: usize,
}

/// What [`run`] did.
#[derive(Debug)]
pub struct Report {
    /// Requests served.
    pub requests: usize,
    /// Well-formed requests whose result matched the Rust computation.
    pub correct: usize,
    /// Faulty requests that failed with the expected exception.
    pub failed_as_expected: usize,
    /// Descriptions of anything unexpected (empty when all is well).
    pub problems: Vec<String>,
    /// Wall time of serving all requests.
    pub elapsed: Duration,
}

/// Starts a pool of `workers` interpreters holding a data set of `rows` rows and serves
/// `n` requests through it, checking every result.
pub fn run(workers: usize, rows: usize, n: usize) -> Result<Report, Error> {
    let data = Arc::new(data_set(rows));
    let d = data.clone();
    let pool = Pool::builder()
        .workers(workers)
        .setup(move |interp| interp.set_global("DATA", &*d))
        .script_named(DRIVER, "driver.py")
        .limits(
            Limits::sandbox()
                .instructions(100 * rows as u64 + 10_000)
                .memory(64 << 20)
                .recursion(100),
        )
        .build()?;
    let reqs = requests(n);
    let start = Instant::now();
    let handles: Vec<JobHandle<HashMap<String, weft_vm::Data>>> = reqs
        .iter()
        .map(|r| pool.submit("evaluate", (r.name.as_str(), r.source.as_str())))
        .collect();
    let mut report = Report {
        requests: n,
        correct: 0,
        failed_as_expected: 0,
        problems: Vec::new(),
        elapsed: Duration::ZERO,
    };
    for (req, h) in reqs.iter().zip(handles) {
        match (h.wait(), req.weights, req.expect_error) {
            (Ok(m), Some(w), _) => {
                let got = Summary {
                    mean: m["mean"].clone().get()?,
                    best: m["best"].clone().get()?,
                    best_row: m["best_row"].clone().get()?,
                };
                let want = expected(&data, &w);
                let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(1.0);
                if close(got.mean, want.mean)
                    && close(got.best, want.best)
                    && got.best_row == want.best_row
                {
                    report.correct += 1;
                } else {
                    report
                        .problems
                        .push(format!("{}: got {:?}, want {:?}", req.name, got, want));
                }
            }
            (Err(e), _, Some(t)) if e.type_name == t => report.failed_as_expected += 1,
            (r, _, _) => {
                report
                    .problems
                    .push(format!("{}: unexpected outcome {:?}", req.name, r.err()))
            }
        }
    }
    report.elapsed = start.elapsed();
    Ok(report)
}

/// The summary computed in Rust, in the same order of operations as the driver.
pub fn expected(data: &[Row], w: &Weights) -> Summary {
    let mut total = 0.0;
    let mut best: Option<f64> = None;
    let mut best_row = 0;
    for (i, r) in data.iter().enumerate() {
        let s = w.score(r);
        total += s;
        if best.is_none_or(|b| s > b) {
            best = Some(s);
            best_row = i;
        }
    }
    Summary {
        mean: total / data.len() as f64,
        best: best.unwrap_or(0.0),
        best_row,
    }
}
