//! The `trygg` binary end to end: keys, show, csv, stats, and a plain message with a
//! non-zero exit code for every bad input, never a panic.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use trygg_core::export::MAX_EXPORT_BYTES;

struct Setup {
    dir: tempfile::TempDir,
    org: Org,
    key: PathBuf,
    export: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let org = org();
    let key = write(dir.path(), "org.key", &org.identity_file);
    let export = write(
        dir.path(),
        "a.trygg.age",
        sealed_to(&org.public, &document(2)),
    );
    Setup {
        dir,
        org,
        key,
        export,
    }
}

fn p(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 test path")
}

#[test]
fn help_and_version_exit_0_and_name_every_command() {
    let run = trygg(["--help"], &[]);
    assert_eq!(run.code, 0);
    for word in [
        "keygen",
        "show",
        "csv",
        "stats",
        "Exit codes",
        "TRYGG_PASSPHRASE",
    ] {
        assert!(run.stdout.contains(word), "--help lacks {word}");
    }
    for command in ["keygen", "show", "csv", "stats", "example"] {
        let run = trygg([command, "--help"], &[]);
        assert_eq!(run.code, 0, "{command} --help");
        assert!(run.stdout.contains("Usage: trygg"), "{command} --help");
    }
    let run = trygg(["--version"], &[]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("trygg "));
}

#[test]
fn usage_errors_exit_2() {
    let s = setup();
    for args in [
        vec!["frobnicate"],
        vec!["show"],
        vec!["csv", "--no-such-option", p(&s.export)],
        vec!["show", p(&s.export), "-i", p(&s.key), "-p", p(&s.key)],
        vec!["stats", p(&s.export), "-i", p(&s.key), "--format", "xml"],
        vec![],
    ] {
        let run = trygg(&args, &[]);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty());
    }
    // No key at all, and no TRYGG_PASSPHRASE.
    let run = trygg(["show", p(&s.export)], &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("-i IDENTITY"), "{}", run.stderr);
}

#[test]
fn keygen_writes_a_private_identity_and_prints_the_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("org.key");
    let run = trygg(["keygen", "-o", p(&path)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = run.stdout.trim();
    assert!(public.starts_with("age1"), "{public}");
    assert_eq!(
        run.stdout.lines().count(),
        1,
        "only the public key on stdout"
    );
    assert!(run.stderr.contains("OFFLINE"));
    assert!(run.stderr.contains("never be read again"));
    assert!(run.stderr.contains(p(&path)));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(public));
    assert!(!run.stdout.contains("AGE-SECRET-KEY") && !run.stderr.contains("AGE-SECRET-KEY"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The new key opens an export made to its public key.
    let export = write(dir.path(), "x.trygg.age", sealed_to(public, &document(0)));
    let run = trygg(["show", p(&export), "-i", p(&path)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("K7M-4QX"));
    // Never overwrites.
    let run = trygg(["keygen", "-o", p(&path)], &[]);
    assert_eq!(run.code, 4);
    assert!(run.stderr.contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn show_reports_cases_without_notes_unless_asked() {
    let s = setup();
    let run = trygg(["show", p(&s.export), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for expected in [
        "Case K7M-4QX (FollowUp)",
        "AgreementToShareData: given",
        "result: insufficient information",
        "result: risk level HIGH",
        "raised by professional judgement",
        "forced-clients-or-acts",
        "declined",
    ] {
        assert!(run.stdout.contains(expected), "missing {expected}");
    }
    assert!(!run.stdout.contains("hotel kitchen"));
    assert!(!run.stdout.contains("Next meeting"));
    let run = trygg(["show", p(&s.export), "-i", p(&s.key), "--with-notes"], &[]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("hotel kitchen"));
    assert!(run.stdout.contains("Next meeting"));
}

#[test]
fn identity_files_may_hold_several_keys_and_comments_and_repeat() {
    let s = setup();
    let other = org();
    let both = write(
        s.dir.path(),
        "both.key",
        format!(
            "# two keys\n\n{}\n  # indented comment\n{}",
            other.identity_file, s.org.identity_file
        ),
    );
    let run = trygg(["show", p(&s.export), "-i", p(&both)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let other_key = write(s.dir.path(), "other.key", &other.identity_file);
    let run = trygg(
        [
            "csv",
            p(&s.export),
            "-i",
            p(&other_key),
            "--identity",
            p(&s.key),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn passphrase_exports_open_with_a_file_or_the_environment() {
    let s = setup();
    let export = write(
        s.dir.path(),
        "p.trygg.age",
        sealed_with_passphrase(&document(0)),
    );
    let pass = write(s.dir.path(), "pass.txt", format!("{PASSPHRASE}\r\n"));
    let run = trygg(["show", p(&export), "-p", p(&pass)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("K7M-4QX"));
    let run = trygg(["stats", p(&export)], &[("TRYGG_PASSPHRASE", PASSPHRASE)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("1 case(s)"));
}

#[test]
fn csv_has_one_row_per_assessment_and_a_private_output_file() {
    let s = setup();
    let second = write(
        s.dir.path(),
        "b.trygg.age",
        sealed_to(&s.org.public, &document(1)),
    );
    let out = s.dir.path().join("out.csv");
    let run = trygg(
        [
            "csv",
            p(&s.export),
            p(&second),
            "-i",
            p(&s.key),
            "-o",
            p(&out),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], ["file", "case_id", "case_code"]);
    assert!(!header.contains(&"case_notes".to_string()));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    // (1 sample + 2 examples) + (1 sample + 1 example) cases, 3 assessments each.
    assert_eq!(rows.len(), 15);
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("hotel kitchen"));
    // To stdout, with notes.
    let run = trygg(["csv", p(&s.export), "-i", p(&s.key), "--with-notes"], &[]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("file,case_id,"));
    assert!(run.stdout.contains("hotel kitchen"));
}

#[test]
fn stats_count_without_identifying_anyone() {
    let s = setup();
    for format in ["text", "csv", "json"] {
        let run = trygg(
            [
                "stats",
                p(&s.export),
                p(&s.export),
                "-i",
                p(&s.key),
                "--format",
                format,
            ],
            &[],
        );
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert!(
            !run.stdout.contains("K7M-4QX"),
            "{format} shows a case code"
        );
        assert!(!run.stdout.contains("3f2b8c1e"), "{format} shows a case id");
        assert!(!run.stdout.contains("2026-01-05"), "{format} shows a day");
        assert!(!run.stdout.contains("hotel kitchen"));
    }
    let run = trygg(
        [
            "stats",
            p(&s.export),
            p(&s.export),
            "-i",
            p(&s.key),
            "--format",
            "json",
        ],
        &[],
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["files"], 2);
    assert_eq!(json["cases"], 3);
    assert_eq!(json["duplicate_copies"], 3);
    assert_eq!(json["assessments"], 9);
}

#[test]
fn the_example_command_writes_an_export_the_key_opens() {
    let s = setup();
    let out = s.dir.path().join("ex.trygg.age");
    let run = trygg(
        [
            "example",
            "-r",
            &s.org.public,
            "--cases",
            "4",
            "-o",
            p(&out),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = trygg(["stats", p(&out), "-i", p(&s.key)], &[]);
    assert!(
        run.stdout.contains("4 case(s), 12 assessment(s)"),
        "{}",
        run.stdout
    );
    let run = trygg(["example", "-r", &s.org.public, "-o", p(&out)], &[]);
    assert_eq!(run.code, 4, "never overwrites");
    let run = trygg(["example", "-r", "age1nonsense", "-o", p(&out)], &[]);
    assert_eq!(run.code, 3);
}

/// A bad export file, and what the message must say.
struct Bad {
    name: &'static str,
    bytes: Vec<u8>,
    says: &'static str,
}

fn bad_exports(s: &Setup) -> Vec<Bad> {
    let sealed = std::fs::read(&s.export).unwrap();
    let mut flipped = sealed.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x20;
    let mut newer: serde_json::Value =
        serde_json::from_slice(&document(0).to_json().unwrap()).unwrap();
    newer["format"] = serde_json::json!(7);
    let mut broken: serde_json::Value =
        serde_json::from_slice(&document(0).to_json().unwrap()).unwrap();
    broken["cases"][0]["case"]["status"] = serde_json::json!("Lost");
    vec![
        Bad {
            name: "not-age.trygg.age",
            bytes: b"%PDF-1.7 this is a report, not an export".to_vec(),
            says: "not in the age format",
        },
        Bad {
            name: "binary-noise.trygg.age",
            bytes: (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect(),
            says: "not in the age format",
        },
        Bad {
            name: "truncated.trygg.age",
            bytes: sealed[..sealed.len() / 2].to_vec(),
            says: "damaged or incomplete",
        },
        Bad {
            name: "header-only.trygg.age",
            bytes: sealed[..60].to_vec(),
            says: "damaged or incomplete",
        },
        Bad {
            name: "flipped.trygg.age",
            bytes: flipped,
            says: "damaged or incomplete",
        },
        Bad {
            name: "empty.trygg.age",
            bytes: Vec::new(),
            says: "the file is empty",
        },
        Bad {
            name: "other-key.trygg.age",
            bytes: sealed_to(&org().public, &document(0)),
            says: "none of the given keys can open this file",
        },
        Bad {
            name: "passphrase.trygg.age",
            bytes: sealed_with_passphrase(&document(0)),
            says: "protected by a passphrase",
        },
        Bad {
            name: "not-trygg.trygg.age",
            bytes: age_encrypt(&s.org.public, b"{\"hello\": \"world\"}"),
            says: "not a Trygg export",
        },
        Bad {
            name: "newer.trygg.age",
            bytes: age_encrypt(&s.org.public, &serde_json::to_vec(&newer).unwrap()),
            says: "newer Trygg (export format 7",
        },
        Bad {
            name: "broken-case.trygg.age",
            bytes: age_encrypt(&s.org.public, &serde_json::to_vec(&broken).unwrap()),
            says: "damaged or was changed",
        },
        Bad {
            name: "bad-armor.trygg.age",
            bytes: b"-----BEGIN AGE ENCRYPTED FILE-----\nnot base64 !!\n-----END AGE ENCRYPTED FILE-----\n"
                .to_vec(),
            says: "damaged or incomplete",
        },
    ]
}

#[test]
fn every_bad_export_gets_its_own_message_and_exit_1() {
    let s = setup();
    for bad in bad_exports(&s) {
        let path = write(s.dir.path(), bad.name, &bad.bytes);
        for command in ["show", "csv", "stats"] {
            let run = trygg([command, p(&path), "-i", p(&s.key)], &[]);
            assert_eq!(run.code, 1, "{command} {}: {}", bad.name, run.stderr);
            assert!(
                run.stderr.contains(bad.name) && run.stderr.contains(bad.says),
                "{command} {}: expected {:?} in\n{}",
                bad.name,
                bad.says,
                run.stderr
            );
            assert!(run.stdout.is_empty(), "{command} {} wrote output", bad.name);
        }
    }
}

#[test]
fn passphrase_mistakes_are_named() {
    let s = setup();
    let export = write(
        s.dir.path(),
        "p.trygg.age",
        sealed_with_passphrase(&document(0)),
    );
    let wrong = write(s.dir.path(), "wrong.txt", "correct horse battery stapler\n");
    let run = trygg(["show", p(&export), "-p", p(&wrong)], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("passphrase is wrong"), "{}", run.stderr);
    let run = trygg(["show", p(&s.export), "-p", p(&wrong)], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("protected by organisation keys"),
        "{}",
        run.stderr
    );
    let empty = write(s.dir.path(), "empty.txt", "\n");
    let run = trygg(["show", p(&export), "-p", p(&empty)], &[]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("passphrase file is empty"));
    let run = trygg(["show", p(&export)], &[("TRYGG_PASSPHRASE", "")]);
    assert_eq!(run.code, 3);
    let run = trygg(["show", p(&export)], &[("TRYGG_PASSPHRASE", "nope, wrong")]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("passphrase is wrong"));
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let s = setup();
    let path = s.dir.path().join("huge.trygg.age");
    // Sparse: no disk space is used, and reading it would take long.
    std::fs::File::create(&path)
        .and_then(|f| f.set_len(MAX_EXPORT_BYTES * 64))
        .unwrap();
    let started = std::time::Instant::now();
    let run = trygg(["show", p(&path), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("larger than 64 MiB"), "{}", run.stderr);
    assert!(started.elapsed().as_secs() < 5, "the file was read");
}

#[test]
fn missing_files_and_folders_are_named() {
    let s = setup();
    let missing = s.dir.path().join("missing.trygg.age");
    let run = trygg(["show", p(&missing), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 1);
    assert!(run
        .stderr
        .contains("missing.trygg.age: cannot read it: no such file"));
    let run = trygg(["show", p(s.dir.path()), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("folder"), "{}", run.stderr);
}

#[test]
fn one_bad_file_among_good_ones_writes_nothing_and_names_it() {
    let s = setup();
    let bad = write(s.dir.path(), "bad.trygg.age", b"nonsense");
    let out = s.dir.path().join("out.csv");
    let run = trygg(
        ["csv", p(&s.export), p(&bad), "-i", p(&s.key), "-o", p(&out)],
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("bad.trygg.age"));
    assert!(run.stderr.contains("1 of 2 file(s) could not be opened"));
    assert!(!out.exists());
    // show still shows the good one, and says which failed.
    let run = trygg(["show", p(&s.export), p(&bad), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("K7M-4QX"));
    assert!(run.stderr.contains("bad.trygg.age"));
}

#[test]
fn bad_identity_files_exit_3_without_echoing_secrets() {
    let s = setup();
    let public_only = write(s.dir.path(), "public.txt", format!("{}\n", s.org.public));
    let empty = write(s.dir.path(), "empty.key", "# nothing here\n");
    let binary = write(s.dir.path(), "binary.key", [0xff, 0xfe, 0x00, 0x01]);
    let missing = s.dir.path().join("missing.key");
    let mangled = write(
        s.dir.path(),
        "mangled.key",
        s.org
            .identity_file
            .replace("AGE-SECRET-KEY-1", "AGE-SECRET-KEY-1X"),
    );
    let huge = s.dir.path().join("huge.key");
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(10 * 1024 * 1024))
        .unwrap();
    for (path, says) in [
        (&public_only, "not an age secret key"),
        (&empty, "no secret key"),
        (&binary, "not a text file"),
        (&missing, "no such file"),
        (&mangled, "not an age secret key"),
        (&huge, "too large"),
    ] {
        let run = trygg(["show", p(&s.export), "-i", p(path)], &[]);
        assert_eq!(run.code, 3, "{path:?}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{path:?}: {}", run.stderr);
        assert!(
            !run.stderr.contains("AGE-SECRET-KEY-1X"),
            "a secret was echoed"
        );
    }
}

#[test]
fn unusual_cases_are_shown_not_refused() {
    let s = setup();
    let instruments = instruments();
    let mut unknown = sample_case();
    let mut quiz = trygg_core::case::Assessment::new(&instruments[0], NOW, "en", "en");
    quiz.instrument = "training-quiz".into();
    quiz.answers
        .set("first", trygg_core::answer::Answer::DontKnow);
    unknown.assessments.push(quiz);
    let document = trygg_core::export::ExportDocument::new(
        "0.1.0",
        NOW,
        vec![
            trygg_core::export::ExportedCase::new(odd_case(), &instruments),
            trygg_core::export::ExportedCase::new(unknown, &instruments),
        ],
    );
    let path = write(
        s.dir.path(),
        "odd.trygg.age",
        sealed_to(&s.org.public, &document),
    );
    let run = trygg(["show", p(&path), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for expected in [
        "invalid: 3 (does not fit the question)",
        "question-from-a-newer-version",
        "not in this instrument version",
        "does not know the instrument 'training-quiz'",
        "result: none",
    ] {
        assert!(run.stdout.contains(expected), "missing {expected}");
    }
    let run = trygg(["csv", p(&path), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("(invalid)"));
    assert!(run.stdout.contains("training-quiz"));
    let run = trygg(["stats", p(&path), "-i", p(&s.key)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Assessments without a result"));
}
