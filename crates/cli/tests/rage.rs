//! Interoperability with the reference implementation `rage` (and `rage-keygen`),
//! pinned by `cargo xtask` (xtask/src/tools.rs, `RAGE_VERSION`). These tests FAIL when
//! rage is missing: `cargo xtask setup` (or `cargo xtask test`) installs it.
//!
//! rage asks for passphrases through a `pinentry` program (or the terminal). The tests
//! point `PINENTRY_PROGRAM` at a tiny stand-in that answers the Assuan `GETPIN` request
//! with a passphrase, so both passphrase directions are tested without a terminal.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

/// The rage programs: on PATH, else in Cargo's bin folder, else the test fails.
fn tool(name: &str) -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .unwrap_or_default();
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"));
    on_path
        .into_iter()
        .chain(cargo_bin)
        .map(|dir| dir.join(name))
        .find(|path| path.is_file())
        .unwrap_or_else(|| {
            panic!(
                "`{name}` (the reference age implementation) is not on PATH. \
                 Install it with `cargo xtask setup`, or \
                 `cargo install rage --version 0.12.1 --locked`."
            )
        })
}

fn run(program: &str, args: &[&str], pin: Option<&str>, pinentry: Option<&Path>) -> Output {
    let mut command = Command::new(tool(program));
    command.args(args).stdin(std::process::Stdio::null());
    command.env_remove("PINENTRY_PROGRAM");
    if let (Some(pin), Some(pinentry)) = (pin, pinentry) {
        command
            .env("PINENTRY_PROGRAM", pinentry)
            .env("TRYGG_TEST_PIN", pin);
    }
    let output = command.output().expect("rage runs");
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn rage(args: &[&str]) -> Output {
    run("rage", args, None, None)
}

fn p(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 test path")
}

/// A pinentry stand-in: greets, says OK to everything, answers GETPIN with $TRYGG_TEST_PIN.
fn fake_pinentry(dir: &Path) -> PathBuf {
    let path = dir.join("pinentry-for-tests");
    std::fs::write(
        &path,
        "#!/bin/sh\n\
         echo 'OK pinentry stand-in'\n\
         while IFS= read -r line; do\n\
         \x20 case \"$line\" in\n\
         \x20   GETPIN*) printf 'D %s\\nOK\\n' \"$TRYGG_TEST_PIN\" ;;\n\
         \x20   BYE*) echo OK; exit 0 ;;\n\
         \x20   *) echo OK ;;\n\
         \x20 esac\n\
         done\n",
    )
    .expect("the pinentry stand-in is written");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .expect("the stand-in is executable");
    }
    path
}

fn assert_is_the_document(json: &[u8], cases: usize) {
    let value: serde_json::Value = serde_json::from_slice(json).expect("rage's output is JSON");
    assert_eq!(value["kind"], "trygg-export");
    assert_eq!(value["format"], 1);
    assert_eq!(value["cases"].as_array().map(Vec::len), Some(cases));
    assert_eq!(value["cases"][0]["case"]["code"], "K7M-4QX");
}

#[test]
fn rage_is_the_pinned_version() {
    let output = rage(&["--version"]);
    let version = String::from_utf8_lossy(&output.stdout);
    assert!(version.contains("0.12."), "rage {version}");
}

#[test]
fn an_export_sealed_by_trygg_to_a_rage_keygen_key_opens_with_rage() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("rage.key");
    run("rage-keygen", &["-o", p(&key)], None, None);
    let public = String::from_utf8(run("rage-keygen", &["-y", p(&key)], None, None).stdout)
        .unwrap()
        .trim()
        .to_string();
    assert!(public.starts_with("age1"));

    // Core seals (as the app does) → rage decrypts → the JSON is the export.
    let document = document(2);
    let sealed = write(dir.path(), "a.trygg.age", sealed_to(&public, &document));
    let out = dir.path().join("a.json");
    rage(&["-d", "-i", p(&key), "-o", p(&out), p(&sealed)]);
    let json = std::fs::read(&out).unwrap();
    assert_is_the_document(&json, 3);
    assert_eq!(
        json,
        document.to_json().unwrap(),
        "rage reads exactly what was sealed"
    );

    // The CLI's own sealing (trygg example) → rage.
    let example = dir.path().join("example.trygg.age");
    let made = trygg(
        ["example", "-r", &public, "--cases", "2", "-o", p(&example)],
        &[],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let json = rage(&["-d", "-i", p(&key), p(&example)]).stdout;
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(value["kind"], "trygg-export");
    assert_eq!(value["cases"].as_array().map(Vec::len), Some(2));

    // And a rage-keygen identity file works as trygg's -i.
    let shown = trygg(["show", p(&sealed), "-i", p(&key)], &[]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(shown.stdout.contains("Case K7M-4QX"));
}

#[test]
fn files_rage_encrypts_to_a_trygg_key_open_in_trygg() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("org.key");
    let made = trygg(["keygen", "-o", p(&key)], &[]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let public = made.stdout.trim().to_string();
    let plain = write(dir.path(), "export.json", document(1).to_json().unwrap());
    let recipients = write(dir.path(), "recipients.txt", format!("# org\n{public}\n"));

    let by_key = dir.path().join("r.trygg.age");
    rage(&["-r", &public, "-o", p(&by_key), p(&plain)]);
    let by_file = dir.path().join("f.trygg.age");
    rage(&["-R", p(&recipients), "-o", p(&by_file), p(&plain)]);
    let armored = dir.path().join("a.trygg.age");
    rage(&["-a", "-r", &public, "-o", p(&armored), p(&plain)]);

    for file in [&by_key, &by_file, &armored] {
        let shown = trygg(["show", p(file), "-i", p(&key)], &[]);
        assert_eq!(shown.code, 0, "{file:?}: {}", shown.stderr);
        assert!(shown.stdout.contains("Case K7M-4QX"));
        let table = trygg(["csv", p(file), "-i", p(&key)], &[]);
        assert_eq!(table.code, 0, "{file:?}: {}", table.stderr);
        assert_eq!(table.stdout.lines().count(), 1 + 6, "header + 2 cases x 3");
    }

    // A file rage made for someone else is named as such.
    let other = dir.path().join("other.key");
    run("rage-keygen", &["-o", p(&other)], None, None);
    let run = trygg(["show", p(&by_key), "-i", p(&other)], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("none of the given keys"));
}

#[test]
fn a_trygg_keygen_identity_decrypts_with_rage() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("org.key");
    let made = trygg(["keygen", "-o", p(&key)], &[]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let public = made.stdout.trim();
    let document = document(0);
    let sealed = write(dir.path(), "x.trygg.age", sealed_to(public, &document));
    let json = rage(&["-d", "-i", p(&key), p(&sealed)]).stdout;
    assert_eq!(json, document.to_json().unwrap());
    // rage-keygen derives the same public key from trygg's identity file.
    let derived = run("rage-keygen", &["-y", p(&key)], None, None).stdout;
    assert_eq!(String::from_utf8_lossy(&derived).trim(), public);
}

#[test]
fn passphrase_files_go_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let pinentry = fake_pinentry(dir.path());
    let document = document(1);

    // Trygg's passphrase export → rage -d.
    let sealed = write(dir.path(), "p.trygg.age", sealed_with_passphrase(&document));
    let json = run(
        "rage",
        &["-d", p(&sealed)],
        Some(PASSPHRASE),
        Some(&pinentry),
    )
    .stdout;
    assert_eq!(json, document.to_json().unwrap());

    // rage -p (its own work factor, calibrated to this machine) → trygg -p and the variable.
    let plain = write(dir.path(), "export.json", document.to_json().unwrap());
    let by_rage = dir.path().join("r.trygg.age");
    run(
        "rage",
        &["-p", "-o", p(&by_rage), p(&plain)],
        Some(PASSPHRASE),
        Some(&pinentry),
    );
    let pass = write(dir.path(), "pass.txt", format!("{PASSPHRASE}\n"));
    let shown = trygg(["show", p(&by_rage), "-p", p(&pass)], &[]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(shown.stdout.contains("Case K7M-4QX"));
    let counted = trygg(["stats", p(&by_rage)], &[("TRYGG_PASSPHRASE", PASSPHRASE)]);
    assert_eq!(counted.code, 0, "{}", counted.stderr);
    let wrong = trygg(
        ["stats", p(&by_rage)],
        &[("TRYGG_PASSPHRASE", "not the passphrase")],
    );
    assert_eq!(wrong.code, 1);
    assert!(wrong.stderr.contains("passphrase is wrong"));
}
