//! `cargo xtask bench`: sizes of the release build, and timings measured in headless
//! Chromium (first screen, unlock, autosave latency), plus the core crate's
//! criterion benchmarks. Figures, not pass/fail: timed tests flake on shared
//! machines, so budgets are checked by reading this table. Results also go to
//! `target/bench/results.json` for comparing runs.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::tools::{self, run, CHROMIUM};
use crate::{dist, root, server};

pub fn run_all(with_criterion: bool) -> Result<(), String> {
    let env = tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    dist::build(&env, true)?;
    let sizes = sizes(&dist::dir())?;

    let server = server::Static::bind(&dist::dir(), 0)?;
    let url = format!("http://{}/", server.address());
    server.spawn();
    let output = Command::new("node")
        .arg("scripts/bench.mjs")
        .current_dir(root().join("tests").join("e2e"))
        .env("TRYGG_URL", &url)
        .env("CHROMIUM", CHROMIUM)
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the browser benchmark failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let browser: serde_json::Value = stdout
        .lines()
        .last()
        .and_then(|line| serde_json::from_str(line).ok())
        .ok_or("the browser benchmark printed no result")?;

    println!(
        "\n{:<44} {:>12} {:>12}",
        "size of the release build", "raw", "gzip"
    );
    for (kind, raw, gzip) in &sizes {
        println!("{kind:<44} {:>10.1} K {:>10.1} K", kib(*raw), kib(*gzip));
    }
    println!(
        "\n{:<44} {:>10} {:>10} {:>10} {:>10}",
        "timing (ms)", "median", "p95", "min", "max"
    );
    for (label, key) in [
        ("first screen, cold load", "first_screen_ms"),
        ("unlock (Argon2id + decrypt the case list)", "unlock_ms"),
        ("autosave: answer to committed transaction", "autosave_ms"),
        ("widget: page load to its first screen", "widget_ready_ms"),
        (
            "widget: page load to its first question",
            "widget_question_ms",
        ),
    ] {
        let s = &browser[key];
        println!(
            "{label:<44} {:>10.1} {:>10.1} {:>10.1} {:>10.1}   (n={})",
            s["median"].as_f64().unwrap_or(f64::NAN),
            s["p95"].as_f64().unwrap_or(f64::NAN),
            s["min"].as_f64().unwrap_or(f64::NAN),
            s["max"].as_f64().unwrap_or(f64::NAN),
            s["n"]
        );
    }
    println!(
        "{:<44} {:>10}",
        "vault set-up (Argon2id)", browser["vault_setup_ms"]
    );

    let results = serde_json::json!({
        "sizes": sizes.iter().map(|(k, raw, gz)| serde_json::json!({"files": k, "raw": raw, "gzip": gz})).collect::<Vec<_>>(),
        "browser": browser,
    });
    let out = root().join("target").join("bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{out:?}: {e}"))?;
    std::fs::write(out.join("results.json"), results.to_string())
        .map_err(|e| format!("writing results: {e}"))?;
    println!("\nresults: target/bench/results.json");

    if with_criterion {
        println!("\n== core benchmarks (criterion) ==");
        run(
            Command::new("cargo")
                .args([
                    "bench",
                    "-p",
                    "trygg-core",
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
            let (r, g) = (bytes.len() as u64, gzip_len(&bytes));
            // The widget loads embed.js, the glue, the wasm and its stylesheet.
            let for_widget = name == "embed.js"
                || name.starts_with("trygg-widget-")
                || (name.starts_with("trygg-") && !name.starts_with("trygg-loader-"));
            if for_widget {
                widget.0 += r;
                widget.1 += g;
            }
            // The app's page loads everything but the widget's own two files.
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
        "initial download (all of the above)".into(),
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

fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    if encoder.write_all(bytes).is_err() {
        return 0;
    }
    encoder.finish().map(|v| v.len() as u64).unwrap_or(0)
}

fn kib(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}
