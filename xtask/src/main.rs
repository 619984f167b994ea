//! `cargo xtask …`: the project's own commands. Each installs what it needs.
//!
//! - `serve [--dev] [--port N]`: build the app and serve it on http://127.0.0.1:8080
//! - `test`: every check and test layer, ending with one `N passed, N failed` line
//! - `e2e [--no-build] [ARGS]`: release build (unless --no-build) and the end-to-end tests only (ARGS go to Playwright)
//! - `bench [--no-build] [--dist DIR] [--no-criterion]`: every figure of issue 10 against its budget (sizes, browser timings of the release build, 1,000 cases), then core benchmarks; `--no-build` measures the dist/ already built, `--dist DIR` another built folder (no build)
//! - `build [--dev]`: build the app into `dist/`
//! - `setup`: install the tools only

mod bench;
mod dist;
mod headers;
mod server;
mod testing;
mod tools;
mod widget;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev = args.iter().any(|a| a == "--dev");
    let port = args
        .windows(2)
        .find(|pair| pair[0] == "--port")
        .and_then(|pair| pair[1].parse::<u16>().ok())
        .unwrap_or(8080);
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(dev, port),
        Some("test") => testing::run_all(),
        // Development shortcut: release build + end-to-end tests only, with
        // Playwright's own arguments passed through (e.g. a spec file or -g).
        // `e2e --no-build [ARGS]` tests the dist/ already built.
        Some("e2e") if args.get(1).is_some_and(|a| a == "--no-build") => {
            tools::ensure_test_tools().and_then(|_| testing::end_to_end_only(&args[2..]))
        }
        Some("e2e") => tools::ensure_build_tools()
            .and_then(|env| tools::ensure_test_tools().map(|_| env))
            .and_then(|env| dist::build(&env, true))
            .and_then(|_| testing::end_to_end_only(&args[1..])),
        Some("bench") => bench_options(&args).and_then(|options| bench::run_all(&options)),
        Some("build") => tools::ensure_build_tools().and_then(|env| dist::build(&env, !dev)),
        Some("setup") => tools::ensure_build_tools()
            .and_then(|_| tools::ensure_test_tools())
            .map(|_| ()),
        _ => {
            eprintln!(
                "usage: cargo xtask <serve [--dev] [--port N] | test | build [--dev] | setup>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(dev: bool, port: u16) -> Result<(), String> {
    let env = tools::ensure_build_tools()?;
    dist::build(&env, !dev)?;
    let server = server::Static::bind(&dist::dir(), port)?;
    println!(
        "Trygg is served at http://{}/  (Ctrl+C stops)",
        server.address()
    );
    server.run_forever();
    Ok(())
}

/// `bench [--no-build] [--dist DIR] [--no-criterion]`: a folder given with `--dist`
/// is measured as it is, never built into.
fn bench_options(args: &[String]) -> Result<bench::Options, String> {
    let given = match args.iter().position(|a| a == "--dist") {
        Some(at) => Some(
            args.get(at + 1)
                .map(PathBuf::from)
                .ok_or("--dist needs a folder, e.g. --dist target/bench-dist")?,
        ),
        None => None,
    };
    let dist = match &given {
        Some(dir) if dir.is_relative() => std::env::current_dir()
            .map_err(|e| format!("the current folder: {e}"))?
            .join(dir),
        Some(dir) => dir.clone(),
        None => dist::dir(),
    };
    Ok(bench::Options {
        build: given.is_none() && !args.iter().any(|a| a == "--no-build"),
        dist,
        criterion: !args.iter().any(|a| a == "--no-criterion"),
    })
}

/// The workspace root (xtask lives one folder below it).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
