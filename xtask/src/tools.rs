//! Installs the pinned tools when they are missing, and says how they are found.
//! Everything comes from the registries this project may use: crates.io, npm and
//! Debian's packages. Trunk and the wasm-bindgen CLI go to ~/.cargo/bin; npm tools
//! go below `target/tools`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::root;

pub const TRUNK_VERSION: &str = "0.21.14";
/// The reference age implementation, for the CLI's interoperability tests
/// (`crates/cli/tests/rage.rs`); the same release line as the `age` crate core uses.
pub const RAGE_VERSION: &str = "0.12.1";
pub const BINARYEN_VERSION: &str = "132.0.0";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Reads the text of the printed report in the end-to-end tests.
pub const PDFTOTEXT: &str = "/usr/bin/pdftotext";

/// The environment the build tools need: a PATH with the pinned tools first.
#[derive(Clone)]
pub struct ToolEnv {
    pub path: String,
}

impl ToolEnv {
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path);
        // Never let Trunk fetch anything: a missing tool must fail loudly here.
        command.env("TRUNK_OFFLINE", "true");
        command
    }
}

pub fn tools_dir() -> PathBuf {
    root().join("target").join("tools")
}

/// Runs a command, streaming its output; an error names what failed.
pub fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|error| format!("{what}: could not start ({error})"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// The first line a program prints for `args`, if it runs.
fn version_of(program: &str, args: &[&str], path: &str) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .env("PATH", path)
        .output()
        .ok()?;
    output.status.success().then(|| {
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    })
}

/// The wasm-bindgen version Cargo.lock pins: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|error| format!("reading Cargo.lock: {error}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn cargo_install(krate: &str, version: &str, locked: bool) -> Result<(), String> {
    println!("xtask: installing {krate} {version} (once; this takes a few minutes)");
    let mut command = Command::new("cargo");
    command.args(["install", krate, "--version", version]);
    if locked {
        command.arg("--locked");
    }
    run(&mut command, &format!("cargo install {krate}"))
}

fn ensure_wasm_target() -> Result<(), String> {
    let output = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|error| format!("rustup: {error}"))?;
    if String::from_utf8_lossy(&output.stdout)
        .lines()
        .any(|l| l.trim() == WASM_TARGET)
    {
        return Ok(());
    }
    run(
        Command::new("rustup").args(["target", "add", WASM_TARGET]),
        "rustup target add",
    )
}

fn ensure_wasm_opt() -> Result<PathBuf, String> {
    let dir = tools_dir().join("binaryen");
    let bin = dir.join("node_modules").join(".bin");
    let wanted = format!(
        "version {}",
        BINARYEN_VERSION.split('.').next().unwrap_or_default()
    );
    let path = prepend_path(&bin);
    let found = version_of("wasm-opt", &["--version"], &path).unwrap_or_default();
    if !(bin.join("wasm-opt").exists() && found.contains(&wanted)) {
        // Debian's binaryen is too old (its output fails at start-up); npm's runs on Node.
        println!("xtask: installing wasm-opt from npm binaryen@{BINARYEN_VERSION}");
        std::fs::create_dir_all(&dir).map_err(|error| format!("creating {dir:?}: {error}"))?;
        run(
            Command::new("npm")
                .args([
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--no-save",
                    "--prefix",
                ])
                .arg(&dir)
                .arg(format!("binaryen@{BINARYEN_VERSION}")),
            "npm install binaryen",
        )?;
    }
    Ok(bin)
}

fn prepend_path(dir: &Path) -> String {
    let current = std::env::var("PATH").unwrap_or_default();
    format!("{}:{current}", dir.display())
}

/// Everything `trunk build` needs: wasm target, Trunk, wasm-bindgen CLI, wasm-opt.
pub fn ensure_build_tools() -> Result<ToolEnv, String> {
    ensure_wasm_target()?;
    let base_path = std::env::var("PATH").unwrap_or_default();
    let trunk = version_of("trunk", &["--version"], &base_path).unwrap_or_default();
    if !trunk.contains(TRUNK_VERSION) {
        cargo_install("trunk", TRUNK_VERSION, true)?;
    }
    let bindgen_version = locked_wasm_bindgen_version()?;
    let bindgen = version_of("wasm-bindgen", &["--version"], &base_path).unwrap_or_default();
    if !bindgen.contains(&bindgen_version) {
        // Without --locked: one of the CLI's locked dependencies left the registry.
        cargo_install("wasm-bindgen-cli", &bindgen_version, false)?;
    }
    let wasm_opt_dir = ensure_wasm_opt()?;
    Ok(ToolEnv {
        path: prepend_path(&wasm_opt_dir),
    })
}

/// `rage` and `rage-keygen` at the pinned version, into ~/.cargo/bin.
fn ensure_rage() -> Result<(), String> {
    let path = std::env::var("PATH").unwrap_or_default();
    let rage = version_of("rage", &["--version"], &path).unwrap_or_default();
    let keygen = version_of("rage-keygen", &["--version"], &path).unwrap_or_default();
    if rage.contains(RAGE_VERSION) && keygen.contains(RAGE_VERSION) {
        return Ok(());
    }
    cargo_install("rage", RAGE_VERSION, true)
}

/// What the test layers need beyond the build: rage, Chromium, chromedriver, Playwright.
pub fn ensure_test_tools() -> Result<(), String> {
    ensure_rage()?;
    if !(Path::new(CHROMIUM).exists()
        && Path::new(CHROMEDRIVER).exists()
        && Path::new(PDFTOTEXT).exists())
    {
        println!("xtask: installing Debian's chromium, chromium-driver and poppler-utils");
        let sudo = !is_root();
        let apt = |args: &[&str]| {
            let mut command = if sudo {
                let mut c = Command::new("sudo");
                c.arg("apt-get");
                c
            } else {
                Command::new("apt-get")
            };
            command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            command
        };
        run(&mut apt(&["update"]), "apt-get update")?;
        run(
            &mut apt(&[
                "install",
                "-y",
                "chromium",
                "chromium-driver",
                "poppler-utils",
            ]),
            "apt-get install chromium",
        )?;
    }
    let e2e = root().join("tests").join("e2e");
    let stamp = e2e.join("node_modules").join(".package-lock.json");
    let lock = e2e.join("package-lock.json");
    let fresh = match (modified(&stamp), modified(&lock)) {
        (Some(installed), Some(locked)) => installed >= locked,
        _ => false,
    };
    if !fresh {
        println!("xtask: installing the end-to-end test packages (npm ci)");
        run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&e2e)
                // Playwright drives Debian's Chromium; it must not fetch a browser.
                .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
            "npm ci (tests/e2e)",
        )?;
    }
    Ok(())
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}
