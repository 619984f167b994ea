//! Helpers shared by the CLI's tests: exports made with core, and runs of the
//! `trygg` binary that must never panic.

#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::{ExposeSecret, SecretString};
use trygg_core::answer::{Answer, Value};
use trygg_core::case::{self, Case};
use trygg_core::export::{
    example, generate_key, parse_recipient, seal, ExportDocument, ExportedCase, Protection,
};
use trygg_core::instrument::{self, Instrument};

pub const NOW: i64 = 1_790_000_000_000;
pub const PASSPHRASE: &str = "correct horse battery staple";
pub const SAMPLE: &str = include_str!("../../../core/tests/data/case-v1.json");

pub fn instruments() -> Vec<Instrument> {
    instrument::shipped().expect("the shipped instruments load")
}

/// The stored sample case (all answer states, consents, a raised risk level, notes)
/// and `extra` fictional, fully answered cases.
pub fn document(extra: u64) -> ExportDocument {
    let instruments = instruments();
    let mut cases = vec![ExportedCase::new(sample_case(), &instruments)];
    cases.extend((0..extra).map(|seed| {
        ExportedCase::new(example::example_case(&instruments, seed, NOW), &instruments)
    }));
    ExportDocument::new("0.1.0", NOW, cases)
}

pub fn sample_case() -> Case {
    case::from_json(SAMPLE).expect("the sample case opens")
}

/// A case with an answer of every value type and an invalid one.
pub fn odd_case() -> Case {
    let mut case = sample_case();
    case.code = trygg_core::code::CaseCode::from_random_bytes([9; 8]);
    case.id = trygg_core::code::CaseId::from_random_bytes([9; 16]);
    let a = &mut case.assessments[0];
    // An indicator stored with a value that does not fit it: state "invalid".
    a.answers.set(
        "deceived-about-earnings",
        Answer::Answered {
            value: Value::Number(3),
        },
    );
    a.answers.set(
        "question-from-a-newer-version",
        Answer::Answered {
            value: Value::Text("free text".into()),
        },
    );
    a.answers.set(
        "another-new-one",
        Answer::Answered {
            value: Value::Date("2025-03-01".into()),
        },
    );
    a.answers.set(
        "a-third-one",
        Answer::Answered {
            value: Value::Choices(vec!["a".into(), "b".into()]),
        },
    );
    case
}

pub struct Org {
    pub identity_file: String,
    pub public: String,
}

pub fn org() -> Org {
    let (file, public) = generate_key("2026-11-24");
    Org {
        identity_file: file.expose_secret().to_string(),
        public,
    }
}

pub fn sealed_to(public: &str, document: &ExportDocument) -> Vec<u8> {
    let key = parse_recipient(public).expect("a public key");
    seal(document, &Protection::Keys(vec![key])).expect("sealing works")
}

pub fn sealed_with_passphrase(document: &ExportDocument) -> Vec<u8> {
    seal(
        document,
        &Protection::Passphrase(SecretString::from(PASSPHRASE.to_string())),
    )
    .expect("sealing works")
}

/// Plain age encryption of any bytes to a key (for files that are not exports).
pub fn age_encrypt(public: &str, plaintext: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let key = parse_recipient(public).expect("a public key");
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&key as &dyn age::Recipient))
        .expect("an encryptor");
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).expect("a writer");
    writer.write_all(plaintext).expect("written");
    writer.finish().expect("finished");
    out
}

pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("a test file is written");
    path
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `trygg` with no passphrase in the environment, unless `env` sets one.
pub fn trygg<I, S>(args: I, env: &[(&str, &str)]) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut command = Command::new(env!("CARGO_BIN_EXE_trygg"));
    command.args(args).env_remove("TRYGG_PASSPHRASE");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("trygg runs");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stdout.contains("panicked"),
        "trygg panicked:\n{}",
        run.stderr
    );
    run
}
