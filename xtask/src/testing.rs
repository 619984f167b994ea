//! `cargo xtask test`: every check and test layer in order, then one summary line
//! over all of them. A step that fails does not stop the later ones, so one run
//! shows everything that is wrong; the exit code is non-zero if anything failed.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::tools::{self, CHROMEDRIVER, CHROMIUM, WASM_TARGET};
use crate::{bench, dist, root, server};

#[derive(Default, Clone, Copy)]
struct Tally {
    passed: u64,
    failed: u64,
    skipped: u64,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }
    fn one(ok: bool) -> Tally {
        Tally {
            passed: u64::from(ok),
            failed: u64::from(!ok),
            skipped: 0,
        }
    }
}

struct Report {
    rows: Vec<(String, Tally)>,
}

impl Report {
    fn record(&mut self, layer: &str, tally: Tally) {
        self.rows.push((layer.to_string(), tally));
    }
}

pub fn run_all() -> Result<(), String> {
    let mut report = Report { rows: Vec::new() };
    let build_env = tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    let cargo = || {
        let mut command = Command::new("cargo");
        command.current_dir(root());
        command
    };

    step("format (cargo fmt --check)");
    let ok = succeeded(cargo().args(["fmt", "--all", "--check"]));
    report.record("check: format", Tally::one(ok));

    step("clippy, native");
    let ok = succeeded(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]));
    report.record("check: clippy native", Tally::one(ok));

    step("clippy, wasm32");
    let ok = succeeded(cargo().args([
        "clippy",
        "-p",
        "trygg",
        "-p",
        "trygg-core",
        "--target",
        WASM_TARGET,
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]));
    report.record("check: clippy wasm32", Tally::one(ok));

    step("native tests (cargo test --workspace)");
    let tally = cargo_tests(cargo().args(["test", "--workspace"]));
    report.record("native tests", tally);

    step("browser tests (wasm-bindgen-test, headless Chromium)");
    let tally = cargo_tests(
        cargo()
            .args(["test", "-p", "trygg", "--target", WASM_TARGET])
            .env("PATH", &build_env.path)
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            ),
    );
    report.record("browser tests", tally);

    step("release build (trunk build --release)");
    let built = dist::build(&build_env, true);
    if let Err(message) = &built {
        eprintln!("xtask: {message}");
    }
    report.record("check: release build", Tally::one(built.is_ok()));

    step("size of the first download (gzip)");
    let ok = built.is_ok() && download_fits(&dist::dir());
    report.record("check: download size", Tally::one(ok));

    step("end-to-end tests (Playwright, headless Chromium)");
    let tally = if built.is_ok() {
        end_to_end()
    } else {
        eprintln!("xtask: no build to test end to end; counted as one failure");
        Tally::one(false)
    };
    report.record("end-to-end tests", tally);

    summarise(&report)
}

/// Whether the first visit's download (HTML, JS, CSS, wasm) stays under the
/// ceiling; says how far it is from issue 10's budget either way. Size, unlike
/// time, is the same on every machine, so it is a test.
fn download_fits(dir: &Path) -> bool {
    let files = match bench::initial_download(dir) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("xtask: {message}");
            return false;
        }
    };
    for (name, raw, gzip) in &files {
        println!("{name:<48} {raw:>9} raw {gzip:>9} gzip");
    }
    let total: u64 = files.iter().map(|(_, _, gzip)| gzip).sum();
    let kib = |bytes: u64| bytes as f64 / 1024.0;
    println!(
        "first download: {:.1} KiB gzip; ceiling {:.1} KiB; issue 10's budget {:.1} KiB ({})",
        kib(total),
        kib(bench::INITIAL_CEILING),
        kib(bench::INITIAL_BUDGET),
        if total <= bench::INITIAL_BUDGET {
            "met"
        } else {
            "not met"
        }
    );
    if total > bench::INITIAL_CEILING {
        eprintln!(
            "xtask: the first download grew to {:.1} KiB gzip, above the ceiling of {:.1} KiB",
            kib(total),
            kib(bench::INITIAL_CEILING)
        );
    }
    total <= bench::INITIAL_CEILING
}

fn step(title: &str) {
    println!("\n== {title} ==");
}

fn succeeded(command: &mut Command) -> bool {
    command.status().map(|s| s.success()).unwrap_or(false)
}

/// Runs a `cargo test` style command, echoing its output and adding up its
/// `test result:` lines. A run that fails without such a line (a build error)
/// counts as one failure, so it can never pass unseen.
fn cargo_tests(command: &mut Command) -> Tally {
    let mut tally = Tally::default();
    let mut child = match command.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(error) => {
            eprintln!("xtask: could not start tests: {error}");
            return Tally::one(false);
        }
    };
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(result) = parse_test_result(&line) {
                tally.add(result);
            }
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    if !ok && tally.failed == 0 {
        tally.failed += 1;
    }
    tally
}

/// Reads `test result: ok. 3 passed; 0 failed; 1 ignored; ...`.
fn parse_test_result(line: &str) -> Option<Tally> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let mut tally = Tally::default();
    for part in rest.split(';') {
        let mut words = part.split_whitespace().rev();
        let (Some(label), Some(count)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(count) = count.parse::<u64>() else {
            continue;
        };
        match label {
            "passed" => tally.passed += count,
            "failed" => tally.failed += count,
            "ignored" => tally.skipped += count,
            _ => {}
        }
    }
    Some(tally)
}

/// The end-to-end layer alone, for development.
pub fn end_to_end_only(args: &[String]) -> Result<(), String> {
    let tally = end_to_end_with(args);
    summarise(&Report {
        rows: vec![("end-to-end tests".into(), tally)],
    })
}

fn end_to_end() -> Tally {
    end_to_end_with(&[])
}

fn end_to_end_with(args: &[String]) -> Tally {
    let server = match server::Static::bind(&dist::dir(), 0) {
        Ok(server) => server,
        Err(message) => {
            eprintln!("xtask: {message}");
            return Tally::one(false);
        }
    };
    let url = format!("http://{}/", server.address());
    server.spawn();
    let results = root().join("target").join("e2e-results.json");
    let _ = std::fs::remove_file(&results);
    let e2e = root().join("tests").join("e2e");
    let ran = Command::new("npx")
        .args(["playwright", "test"])
        .args(args)
        .current_dir(&e2e)
        .env("TRYGG_URL", &url)
        // The served folder: the update test puts a new service worker there.
        .env("TRYGG_DIST", dist::dir())
        .env("TRYGG_E2E_JSON", &results)
        // Playwright's transform cache defaults to one folder in /tmp for every
        // checkout on the machine; with several worktrees testing at once, runs
        // picked up each other's compiled specs (pages that never started).
        .env(
            "PWTEST_CACHE_DIR",
            root().join("target").join("playwright-transform-cache"),
        )
        .env("CHROMIUM", CHROMIUM)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    let mut tally = read_playwright_results(&results).unwrap_or_default();
    if !ran && tally.failed == 0 {
        tally.failed += 1;
    }
    tally
}

fn read_playwright_results(path: &Path) -> Option<Tally> {
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let stats = json.get("stats")?;
    let count = |key: &str| stats.get(key).and_then(|v| v.as_u64()).unwrap_or(0);
    Some(Tally {
        // A flaky test failed at least once: it is not counted as passing.
        passed: count("expected"),
        failed: count("unexpected") + count("flaky"),
        skipped: count("skipped"),
    })
}

fn summarise(report: &Report) -> Result<(), String> {
    let mut total = Tally::default();
    println!(
        "\n{:<24} {:>7} {:>7} {:>8}",
        "layer", "passed", "failed", "skipped"
    );
    for (layer, tally) in &report.rows {
        println!(
            "{layer:<24} {:>7} {:>7} {:>8}",
            tally.passed, tally.failed, tally.skipped
        );
        total.add(*tally);
    }
    println!();
    if total.skipped > 0 {
        println!(
            "summary: {} passed, {} failed, {} skipped",
            total.passed, total.failed, total.skipped
        );
    } else {
        println!("summary: {} passed, {} failed", total.passed, total.failed);
    }
    if total.failed == 0 && total.passed > 0 {
        Ok(())
    } else {
        Err(format!("{} failed", total.failed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_test_result_lines() {
        let tally = parse_test_result(
            "test result: FAILED. 3 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s",
        )
        .expect("a result line");
        assert_eq!((tally.passed, tally.failed, tally.skipped), (3, 2, 1));
        assert!(parse_test_result("running 3 tests").is_none());
    }
}
