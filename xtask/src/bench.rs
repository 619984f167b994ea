//! `cargo xtask bench`: every figure of issue 10 against its budget. Sizes of the
//! release build; timings measured in headless Chromium with CDP throttling (cold
//! loads, repeat visits with the service worker, answer → next frame, autosave, and
//! the app holding 1,000 cases); then the core crate's criterion benchmarks.
//! Figures, not pass/fail: timed tests flake on shared machines, so budgets are
//! checked by reading this table. Every raw sample goes to
//! `target/bench/results.json`, with the commit and date, for comparing runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::tools::{self, run, CHROMIUM};
use crate::{dist, root, server};

/// How many fictional cases the scale figures are measured with (issue 10).
const CASES: u32 = 1000;
const KIB: f64 = 1024.0;
const MB: f64 = 1e6;

pub struct Options {
    /// Build the release into `dist/` first.
    pub build: bool,
    /// The built folder to measure.
    pub dist: PathBuf,
    pub criterion: bool,
}

/// One line of the table: a figure of `results["browser"][key]`, its statistic
/// (median, or p95 where the budget says so) and its budget.
struct Figure {
    label: &'static str,
    key: &'static str,
    p95: bool,
    budget: Option<f64>,
}

const fn figure(label: &'static str, key: &'static str, budget: Option<f64>) -> Figure {
    Figure {
        label,
        key,
        p95: false,
        budget,
    }
}

/// The timing budgets of issue 10, in ms, grouped under a heading each.
const TIMINGS: &[(&str, &[Figure])] = &[
    (
        "first question interactive, cold load (fresh context each)",
        &[
            figure(
                "widget (demo page): load → Start → 1st question, no throttle",
                "widget_first_question_none",
                Some(250.0),
            ),
            figure("  same, CPU 4×", "widget_first_question_cpu4", Some(600.0)),
            figure(
                "  same, CPU 4× + slow 4G",
                "widget_first_question_cpu4_slow4g",
                Some(1500.0),
            ),
            figure(
                "app: load → first screen (passphrase field), no throttle",
                "app_first_screen_none",
                Some(250.0),
            ),
            figure("  same, CPU 4×", "app_first_screen_cpu4", Some(600.0)),
            figure(
                "  same, CPU 4× + slow 4G",
                "app_first_screen_cpu4_slow4g",
                Some(1500.0),
            ),
            figure(
                "app, training: load → Practise → 1st question, no throttle",
                "training_first_question_none",
                Some(250.0),
            ),
            figure(
                "  same, CPU 4×",
                "training_first_question_cpu4",
                Some(600.0),
            ),
            figure(
                "  same, CPU 4× + slow 4G",
                "training_first_question_cpu4_slow4g",
                Some(1500.0),
            ),
        ],
    ),
    (
        "repeat visit, service worker in control, CPU 4×",
        &[
            figure(
                "app: load → first screen (passphrase field)",
                "repeat_first_screen_cpu4",
                Some(300.0),
            ),
            figure(
                "app, training: load → 1st question",
                "repeat_training_first_question_cpu4",
                Some(300.0),
            ),
        ],
    ),
    (
        "answering (an identification in a real case)",
        &[
            figure(
                "answer click → next frame showing the change, no throttle",
                "answer_frame_none",
                Some(8.0),
            ),
            figure(
                "  a bare radio, clicked the same way (this measure's floor)",
                "bare_radio_frame_none",
                None,
            ),
            figure(
                "  answer click → the change in the page (the app's own work)",
                "answer_changed_none",
                None,
            ),
            figure("  same, CPU 4×", "answer_frame_cpu4", Some(30.0)),
            figure(
                "  a bare radio, clicked the same way, CPU 4×",
                "bare_radio_frame_cpu4",
                None,
            ),
            figure(
                "  answer click → the change in the page, CPU 4×",
                "answer_changed_cpu4",
                None,
            ),
            Figure {
                label: "autosave: answer → committed transaction (p95)",
                key: "autosave_ms",
                p95: true,
                budget: Some(50.0),
            },
            Figure {
                label: "  same, CPU 4× (p95)",
                key: "autosave_cpu4_ms",
                p95: true,
                budget: None,
            },
        ],
    ),
    (
        "1,000 stored cases (fictional, imported through \"Open an export\")",
        &[
            figure(
                "case list: \"Back to cases\" click → list shown",
                "case_list_ms",
                Some(300.0),
            ),
            figure(
                "case list: \"Show all cases\" click → all 1,000 rows shown",
                "show_all_ms",
                None,
            ),
            figure(
                "case list: Unlock click → list shown (Argon2id incl.)",
                "unlock_list_ms",
                None,
            ),
            figure(
                "search: a whole code typed → its row alone shown",
                "search_ms",
                Some(50.0),
            ),
            figure(
                "export of 1,000 cases to an organisation key",
                "export_key_ms",
                Some(2000.0),
            ),
            figure(
                "export of 1,000 cases with a passphrase",
                "export_passphrase_ms",
                Some(2000.0),
            ),
        ],
    ),
    (
        "other",
        &[
            figure(
                "widget: load → Start enabled, no throttle",
                "widget_start_none",
                None,
            ),
            figure(
                "unlock, empty vault (Argon2id + decrypt)",
                "unlock_ms",
                None,
            ),
        ],
    ),
];

pub fn run_all(options: &Options) -> Result<(), String> {
    if options.build {
        let env = tools::ensure_build_tools()?;
        dist::build(&env, true)?;
    }
    tools::ensure_test_tools()?;
    let dir = &options.dist;
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "{dir:?} holds no build (no index.html): run `cargo xtask build`"
        ));
    }
    let sizes = sizes(dir)?;
    let initial = initial_download(dir)?;
    let out = root().join("target").join("bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{out:?}: {e}"))?;
    let cases = example_export(&out.join("cases"))?;

    let server = server::Static::bind(dir, 0)?.compressing();
    let url = format!("http://{}/", server.address());
    server.spawn();
    println!(
        "measuring {} at {url} (this takes several minutes)",
        dir.display()
    );
    let output = Command::new("node")
        .arg("scripts/bench.mjs")
        .current_dir(root().join("tests").join("e2e"))
        .env("TRYGG_URL", &url)
        .env("CHROMIUM", CHROMIUM)
        .env("TRYGG_BENCH_CASES", CASES.to_string())
        .env("TRYGG_BENCH_EXPORT", &cases.export)
        .env("TRYGG_BENCH_SECRET_KEY", &cases.secret_key)
        .env("TRYGG_BENCH_PUBLIC_KEY", &cases.public_key)
        // Progress and errors go straight to the terminal; the result is on stdout.
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the browser benchmark failed ({}); its messages are above",
            output.status
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let browser: Value = stdout
        .lines()
        .last()
        .and_then(|line| serde_json::from_str(line).ok())
        .ok_or("the browser benchmark printed no result")?;

    println!(
        "\n{:<62} {:>10} {:>10}",
        "size of the release build", "raw", "gzip"
    );
    for (kind, raw, gzip) in &sizes {
        println!("{kind:<62} {:>8.1} K {:>8.1} K", kib(*raw), kib(*gzip));
    }

    let mut checks = Vec::new();
    println!(
        "\n{:<62} {:>9} {:>17} {:>4} {:>9}",
        "figure (ms unless said)", "value", "min–max", "n", "budget"
    );
    let initial_gzip = initial.iter().map(|(_, _, g)| g).sum::<u64>();
    checks.push(line(
        "initial download, gzip KiB (HTML+JS+CSS+wasm; English inside)",
        kib(initial_gzip),
        None,
        None,
        Some(kib(INITIAL_BUDGET)),
    ));
    for (heading, figures) in TIMINGS {
        println!("{heading}");
        for f in figures.iter() {
            let s = &browser[f.key];
            if s.is_null() {
                println!("  {:<60} {:>9}", f.label, "not measured");
                continue;
            }
            let value = s[if f.p95 { "p95" } else { "median" }].as_f64();
            let range = s["min"].as_f64().zip(s["max"].as_f64());
            let n = s["n"].as_u64();
            let value = value.unwrap_or(f64::NAN);
            let mut check = line(&format!("  {}", f.label), value, range, n, f.budget);
            check["key"] = json!(f.key);
            checks.push(check);
        }
        // Memory is one reading in bytes, not a timing: it closes the scale group.
        if heading.starts_with("1,000") {
            memory(&browser["memory"], &mut checks);
        }
    }
    for (label, key) in [
        ("vault set-up, empty (Argon2id)", "vault_setup_ms"),
        ("opening the export of 1,000 cases", "open_export_ms"),
        ("importing its 1,000 cases (1,000 saves)", "import_ms"),
    ] {
        if let Some(ms) = browser[key].as_f64() {
            println!("  {label:<60} {ms:>9.0}");
        }
    }
    let missed = browser["answer_unchanged_none"].as_u64().unwrap_or(0)
        + browser["answer_unchanged_cpu4"].as_u64().unwrap_or(0);
    if missed > 0 {
        println!("  ({missed} answer(s) changed nothing on the page within 5 s: not counted)");
    }
    let over = checks.iter().filter(|c| c["holds"] == json!(false)).count();
    println!(
        "\n{over} figure(s) over budget. Cold loads: {} after one warm-up each; the machine's \
         load changes timings, so compare runs on the same machine.",
        browser["loads"]
    );

    let results = json!({
        "commit": git(&["rev-parse", "HEAD"]),
        "uncommitted_changes": git(&["status", "--porcelain"]).map(|s| !s.is_empty()),
        "date": utc_now(),
        "dist": dir.display().to_string(),
        "cases": CASES,
        "sizes": sizes.iter().map(|(k, raw, gz)| json!({"files": k, "raw": raw, "gzip": gz})).collect::<Vec<_>>(),
        "initial_download": {
            "files": initial.iter().map(|(name, raw, gz)| json!({"file": name, "raw": raw, "gzip": gz})).collect::<Vec<_>>(),
            "gzip": initial_gzip,
            "budget": INITIAL_BUDGET,
        },
        "figures": checks,
        "browser": browser,
    });
    let file = out.join("results.json");
    std::fs::write(&file, format!("{results:#}\n"))
        .map_err(|e| format!("writing {file:?}: {e}"))?;
    println!("results: target/bench/results.json");

    if options.criterion {
        println!("\n== core benchmarks (criterion) ==");
        run(
            Command::new("cargo")
                .args([
                    "bench",
                    "-p",
                    "trygg-core",
                    // Only the criterion targets: libtest's harness of the library
                    // refuses criterion's options.
                    "--benches",
                    "--",
                    "--warm-up-time",
                    "1",
                    "--measurement-time",
                    "3",
                ])
                .current_dir(root()),
            "cargo bench",
        )?;
    }
    Ok(())
}

/// JS heap after GC plus wasm linear memory, against the 32 MB budget.
fn memory(memory: &Value, checks: &mut Vec<Value>) {
    if let (Some(js), Some(wasm)) = (
        memory["js_heap_used"].as_f64(),
        memory["wasm_memory"].as_f64(),
    ) {
        checks.push(line(
            "  memory: JS heap after GC + wasm linear memory, MB",
            (js + wasm) / MB,
            None,
            Some(1),
            Some(32.0),
        ));
        println!(
            "  {:<60} {:>9.1}\n  {:<60} {:>9.1}",
            "  of which JS heap (used, after GC), MB",
            js / MB,
            "  of which wasm linear memory, MB",
            wasm / MB
        );
    } else {
        println!("  {:<60} {:>9}", "memory with 1,000 cases", "not measured");
    }
}

/// Prints one figure with its budget and whether it holds; returns it for the JSON.
fn line(
    label: &str,
    value: f64,
    range: Option<(f64, f64)>,
    n: Option<u64>,
    budget: Option<f64>,
) -> Value {
    let range_text = range
        .map(|(lo, hi)| format!("{lo:.1}–{hi:.1}"))
        .unwrap_or_default();
    let n_text = n.map(|n| n.to_string()).unwrap_or_default();
    let holds = budget.map(|b| value <= b);
    let (budget_text, mark) = match (budget, holds) {
        (Some(b), Some(true)) => (format!("≤ {b}"), "ok"),
        (Some(b), _) => (format!("≤ {b}"), "OVER"),
        _ => ("—".to_string(), ""),
    };
    println!("{label:<62} {value:>9.1} {range_text:>17} {n_text:>4} {budget_text:>9} {mark}");
    json!({ "label": label.trim(), "value": value, "budget": budget, "holds": holds })
}

struct ExampleExport {
    export: PathBuf,
    secret_key: PathBuf,
    public_key: String,
}

/// 1,000 fictional, fully answered cases (`trygg example`) sealed to a new
/// organisation key (`trygg keygen`): the app imports them through its own "Open an
/// export", the fastest honest way in (creating them through the UI would take hours).
fn example_export(dir: &Path) -> Result<ExampleExport, String> {
    // The CLI never overwrites a file: start from an empty folder.
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("{dir:?}: {e}"))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir:?}: {e}"))?;
    let secret_key = dir.join("organisation-key.txt");
    let export = dir.join(format!("{CASES}-cases.trygg.age"));
    let cli = |args: &[&str]| -> Result<String, String> {
        let output = Command::new("cargo")
            .args(["run", "--release", "-q", "-p", "trygg-cli", "--"])
            .args(args)
            .current_dir(root())
            .stderr(Stdio::inherit())
            .output()
            .map_err(|e| format!("cargo run -p trygg-cli: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "trygg {} failed ({})",
                args.join(" "),
                output.status
            ));
        }
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
    };
    let path = |p: &Path| p.to_string_lossy().into_owned();
    let public_key = cli(&["keygen", "--output", &path(&secret_key)])?;
    if !public_key.starts_with("age1") {
        return Err(format!(
            "trygg keygen printed no public key: {public_key:?}"
        ));
    }
    cli(&[
        "example",
        "--recipient",
        &public_key,
        "--cases",
        &CASES.to_string(),
        "--output",
        &path(&export),
    ])?;
    Ok(ExampleExport {
        export,
        secret_key,
        public_key,
    })
}

/// Issue 10's budget for the initial download (gzip bytes).
pub const INITIAL_BUDGET: u64 = 200 * 1024;

/// The most the initial download may weigh today (gzip bytes): `cargo xtask test`
/// fails above it, so the download cannot grow unnoticed. The budget above is not
/// met yet (ARCHITECTURE.md, "Where the bytes go", says why and what it would take);
/// lower this with every saving, down to the budget. Raised once, from 790 to
/// 800 KiB, knowingly: the app-level edit lock, "Import all", shared cases and reading
/// only changed records added 13.5 KiB (measured commit by commit; see
/// ARCHITECTURE.md).
pub const INITIAL_CEILING: u64 = 800 * 1024;

/// The files the app's page loads before its first screen, read from index.html
/// (its scripts, stylesheet, and the preloaded glue and wasm): HTML, JS, CSS and wasm.
/// English is inside the wasm; any other first language is fetched when chosen.
pub fn initial_download(dir: &Path) -> Result<Vec<(String, u64, u64)>, String> {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{index:?}: {e}"))?;
    let mut names = vec!["index.html".to_string()];
    for part in html.split("\"./").skip(1) {
        let name = part.split('"').next().unwrap_or_default();
        let wanted = [".js", ".css", ".wasm"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if wanted && !name.contains('/') && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    if !names.iter().any(|n| n.ends_with(".wasm")) {
        return Err("index.html preloads no wasm: the build's layout changed".into());
    }
    names
        .into_iter()
        .map(|name| {
            let path = dir.join(&name);
            let bytes = std::fs::read(&path).map_err(|e| format!("{path:?}: {e}"))?;
            let gzip = server::gzip_bytes(&bytes).len() as u64;
            Ok((name, bytes.len() as u64, gzip))
        })
        .collect()
}

/// Raw and gzip bytes of the wasm, the JS, the CSS, and of everything the first
/// screen loads together; then what the widget adds to a host page.
fn sizes(dir: &Path) -> Result<Vec<(String, u64, u64)>, String> {
    let mut groups: Vec<(String, u64, u64)> = Vec::new();
    let mut total = (0, 0);
    let mut widget = (0, 0);
    for (label, ext) in [
        ("wasm", "wasm"),
        ("JavaScript", "js"),
        ("CSS", "css"),
        ("HTML", "html"),
    ] {
        let mut raw = 0;
        let mut gzip = 0;
        for entry in std::fs::read_dir(dir).map_err(|e| format!("{dir:?}: {e}"))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().and_then(|e| e.to_str()) != Some(ext) {
                continue;
            }
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let bytes = std::fs::read(&path).map_err(|e| format!("{path:?}: {e}"))?;
            let (r, g) = (bytes.len() as u64, server::gzip_bytes(&bytes).len() as u64);
            // The widget loads embed.js, the glue, the wasm and its stylesheet.
            let for_widget = name == "embed.js"
                || name.starts_with("trygg-widget-")
                || (name.starts_with("trygg-") && !name.starts_with("trygg-loader-"));
            if for_widget {
                widget.0 += r;
                widget.1 += g;
            }
            // The app's files: everything but the widget's own two.
            if name == "embed.js" || name.starts_with("trygg-widget-") {
                continue;
            }
            raw += r;
            gzip += g;
        }
        total.0 += raw;
        total.1 += gzip;
        groups.push((label.to_string(), raw, gzip));
    }
    groups.push((
        "the app's files (all of the above, sw.js included)".into(),
        total.0,
        total.1,
    ));
    groups.push((
        "widget: embed.js + glue + wasm + its css".into(),
        widget.0,
        widget.1,
    ));
    Ok(groups)
}

fn kib(bytes: u64) -> f64 {
    bytes as f64 / KIB
}

fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Now as ISO 8601 UTC (days to civil date: Howard Hinnant's algorithm), so the
/// results need no date crate.
fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default();
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}
