//! `trygg`: the organisation's side of Trygg, on a desktop computer. It creates
//! organisation keys and opens the encrypted exports (`*.trygg.age`) workers send:
//! as a readable report, as a CSV table, or as counts. Everything that decides
//! something lives in `trygg_core::export`; this file only reads files and arguments,
//! and words errors.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use age::secrecy::SecretString;
use clap::{Args, Parser, Subcommand, ValueEnum};
use trygg_core::export::stats::Statistics;
use trygg_core::export::table::Table;
use trygg_core::export::{
    self, dates, report, ExportDocument, KeyError, OpenError, OpeningKey, MAX_EXPORT_BYTES,
};
use trygg_core::instrument::{self, Instrument};

/// The environment variable read for a passphrase when neither -i nor -p is given.
const PASSPHRASE_VAR: &str = "TRYGG_PASSPHRASE";
/// The highest scrypt work factor a passphrase file may ask for here: 2^21 (2 GiB of
/// memory, a few seconds). Trygg writes 16; rage and age calibrate theirs to about a
/// second on the machine that encrypts (19 on a 2024 laptop). The app stops at 18.
const MAX_WORK_FACTOR: u8 = 21;
/// Identity and passphrase files are small; anything larger is not one.
const MAX_KEY_FILE_BYTES: u64 = 1024 * 1024;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  an export could not be opened or read (each file's reason is printed)
  2  usage: unknown command or option, missing argument
  3  the identity file or passphrase could not be read or used
  4  an output file could not be written (keygen never overwrites a key)";

#[derive(Parser)]
#[command(
    name = "trygg",
    version,
    about = "Trygg's command line for organisations: keys, and opening encrypted exports",
    long_about = "Trygg's command line for organisations.\n\n\
        Workers export assessments from the Trygg app as files named <random>.trygg.age,\n\
        encrypted in the standard age format to the public keys of the organisations they\n\
        chose (or to a passphrase). This tool creates an organisation key, and opens such\n\
        files with it: as a readable report (show), a CSV table (csv) or counts (stats).\n\n\
        Open exports with the organisation's identity file (-i FILE, may be repeated) or,\n\
        for a passphrase export, with a file holding the passphrase (-p FILE) or the\n\
        environment variable TRYGG_PASSPHRASE.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create an organisation key: an identity file, and its public key on stdout
    #[command(after_help = EXIT_CODES)]
    Keygen {
        /// Where to write the identity file (the secret key); never overwritten
        #[arg(short, long, value_name = "FILE", default_value = "trygg-identity.txt")]
        output: PathBuf,
    },
    /// Write a fictional example export, to try a key or for training
    #[command(after_help = EXIT_CODES)]
    Example {
        /// Organisation public key to encrypt to (age1…); may be repeated
        #[arg(short, long = "recipient", value_name = "RECIPIENT", required = true)]
        recipient: Vec<String>,
        /// How many fictional cases (1 to 5000)
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=5000))]
        cases: u32,
        /// Where to write the export; never overwritten
        #[arg(short, long, value_name = "FILE", default_value = "example.trygg.age")]
        output: PathBuf,
    },
    /// Show exports as a readable report: cases, consents, results and answers
    #[command(after_help = EXIT_CODES)]
    Show {
        /// Export files (*.trygg.age)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        key: KeyArgs,
        /// Also show the worker's notes (on questions, needs and the case)
        #[arg(long)]
        with_notes: bool,
    },
    /// Write a CSV table of exports: one row per assessment (columns: see README)
    #[command(after_help = EXIT_CODES)]
    Csv {
        /// Export files (*.trygg.age)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        key: KeyArgs,
        /// Add the columns assessment_notes and case_notes
        #[arg(long)]
        with_notes: bool,
        /// Write to FILE (created readable by you only) instead of stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Count assessments, outcomes, risk levels and needs: nothing that identifies a person
    #[command(after_help = EXIT_CODES)]
    Stats {
        /// Export files (*.trygg.age)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        key: KeyArgs,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Tables for the terminal
    Text,
    /// measure,category,subcategory,count
    Csv,
    /// One JSON object
    Json,
}

#[derive(Args)]
struct KeyArgs {
    /// Identity file with the organisation's secret key(s) (AGE-SECRET-KEY-1…); may be repeated
    #[arg(short, long = "identity", value_name = "IDENTITY")]
    identity: Vec<PathBuf>,
    /// File whose first line is the passphrase of a passphrase export
    /// [default: the environment variable TRYGG_PASSPHRASE]
    #[arg(
        short,
        long = "passphrase-file",
        value_name = "FILE",
        conflicts_with = "identity"
    )]
    passphrase_file: Option<PathBuf>,
}

/// What went wrong, and with which exit code.
enum Failure {
    /// Exit 1: the per-file messages were already printed.
    Exports,
    Usage(String),
    Key(String),
    Output(String),
}

impl Failure {
    fn code(&self) -> u8 {
        match self {
            Self::Exports => 1,
            Self::Usage(_) => 2,
            Self::Key(_) => 3,
            Self::Output(_) => 4,
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            match &failure {
                Failure::Exports => {}
                Failure::Usage(message) | Failure::Key(message) | Failure::Output(message) => {
                    eprintln!("trygg: {message}");
                }
            }
            ExitCode::from(failure.code())
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Keygen { output } => keygen(&output),
        Command::Example {
            recipient,
            cases,
            output,
        } => example(&recipient, cases, &output),
        Command::Show {
            files,
            key,
            with_notes,
        } => {
            let instruments = instruments()?;
            let key = opening_key(&key)?;
            let mut failed = false;
            let mut first = true;
            for path in &files {
                match open_export(path, &key) {
                    Ok(document) => {
                        let mut text =
                            report::render(&name(path), &document, &instruments, with_notes);
                        if !first {
                            text.insert(0, '\n');
                        }
                        first = false;
                        write_stdout(text.as_bytes())?;
                    }
                    Err(message) => {
                        failed = true;
                        eprintln!("trygg: {message}");
                    }
                }
            }
            if failed {
                Err(Failure::Exports)
            } else {
                Ok(())
            }
        }
        Command::Csv {
            files,
            key,
            with_notes,
            output,
        } => {
            let instruments = instruments()?;
            let documents = open_all(&files, &opening_key(&key)?)?;
            let mut bytes = Vec::new();
            Table::new(&instruments, with_notes)
                .write_csv(&mut bytes, &documents)
                .map_err(|error| Failure::Output(format!("could not write the CSV: {error}")))?;
            match output {
                Some(path) => write_private(&path, &bytes),
                None => write_stdout(&bytes),
            }
        }
        Command::Stats { files, key, format } => {
            let instruments = instruments()?;
            let documents: Vec<ExportDocument> = open_all(&files, &opening_key(&key)?)?
                .into_iter()
                .map(|(_, document)| document)
                .collect();
            let stats = Statistics::of(&documents, &instruments);
            let bytes = match format {
                Format::Text => stats.render_text().into_bytes(),
                Format::Csv => {
                    let mut bytes = Vec::new();
                    stats.write_csv(&mut bytes).map_err(|error| {
                        Failure::Output(format!("could not write the CSV: {error}"))
                    })?;
                    bytes
                }
                Format::Json => {
                    let mut bytes = serde_json::to_vec_pretty(&stats).map_err(|error| {
                        Failure::Output(format!("could not write the JSON: {error}"))
                    })?;
                    bytes.push(b'\n');
                    bytes
                }
            };
            write_stdout(&bytes)
        }
    }
}

fn instruments() -> Result<Vec<Instrument>, Failure> {
    // Validated by the test suite: an error here is a broken build, still no panic.
    instrument::shipped().map_err(|errors| {
        Failure::Output(format!("this trygg's instruments do not load: {errors}"))
    })
}

/// A file name as messages show it.
fn name(path: &Path) -> String {
    path.display().to_string()
}

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Creates a new file readable by its owner only (on Unix) and writes `bytes`;
/// an existing file is never replaced.
fn write_new_private(path: &Path, bytes: &[u8], what: &str) -> Result<(), Failure> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|error| {
        Failure::Output(if error.kind() == io::ErrorKind::AlreadyExists {
            format!(
                "{} already exists; trygg never overwrites {what}. Move it away or choose another name with -o.",
                name(path)
            )
        } else {
            format!("could not create {}: {}", name(path), io_reason(&error))
        })
    })?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|error| {
            Failure::Output(format!(
                "could not write {}: {}",
                name(path),
                io_reason(&error)
            ))
        })
}

fn example(recipients: &[String], cases: u32, output: &Path) -> Result<(), Failure> {
    let keys = recipients
        .iter()
        .map(|text| {
            export::parse_recipient(text).map_err(|error| Failure::Key(format!("{text}: {error}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let instruments = instruments()?;
    let now = now_millis();
    let exported = (0..u64::from(cases))
        .map(|seed| {
            let case = export::example::example_case(&instruments, (now as u64) ^ seed, now);
            export::ExportedCase::new(case, &instruments)
        })
        .collect();
    let document = ExportDocument::new(env!("CARGO_PKG_VERSION"), now, exported);
    let sealed = export::seal(&document, &export::Protection::Keys(keys))
        .map_err(|error| Failure::Output(format!("could not seal the example: {error}")))?;
    write_new_private(output, &sealed, "an existing file")?;
    eprintln!(
        "trygg: wrote {} with {cases} fictional case(s)",
        name(output)
    );
    Ok(())
}

fn keygen(output: &Path) -> Result<(), Failure> {
    let (identity, public) = export::generate_key(&dates::utc(now_millis()));
    {
        use age::secrecy::ExposeSecret;
        write_new_private(output, identity.expose_secret().as_bytes(), "a key")?;
    }
    write_stdout(format!("{public}\n").as_bytes())?;
    eprintln!(
        "trygg: wrote the organisation's secret key to {file}.\n\
         Its public key (above) is what workers enter in Trygg; it can be shared freely.\n\
         \n\
         Keep {file} OFFLINE and safe: anyone who has it can read every export made to\n\
         this key, and if it is lost, those exports can never be read again, by anyone.\n\
         Keep a second copy in a safe place (e.g. an encrypted USB stick in a locked drawer).",
        file = name(output)
    );
    Ok(())
}

/// The key the user gave: identity files, a passphrase file, or TRYGG_PASSPHRASE.
fn opening_key(args: &KeyArgs) -> Result<OpeningKey, Failure> {
    if let Some(path) = &args.passphrase_file {
        let text = read_key_file(path)?;
        let first = text.lines().next().unwrap_or_default();
        if first.is_empty() {
            return Err(Failure::Key(format!(
                "{}: the passphrase file is empty (its first line is the passphrase)",
                name(path)
            )));
        }
        return Ok(OpeningKey::Passphrase(SecretString::from(
            first.to_string(),
        )));
    }
    if !args.identity.is_empty() {
        let mut identities = Vec::new();
        for path in &args.identity {
            let text = read_key_file(path)?;
            let parsed = export::parse_identities(&text).map_err(|error| {
                Failure::Key(format!(
                    "{}: {}",
                    name(path),
                    match error {
                        KeyError::Empty => {
                            "no secret key in this file (a line AGE-SECRET-KEY-1…)".to_string()
                        }
                        KeyError::NotASecretKey => "a line is not an age secret key \
                             (AGE-SECRET-KEY-1…): give the organisation's identity file, \
                             not its public key (age1…)"
                            .to_string(),
                        other => other.to_string(),
                    }
                ))
            })?;
            identities.extend(parsed);
        }
        return Ok(OpeningKey::Identities(identities));
    }
    match std::env::var(PASSPHRASE_VAR) {
        Ok(passphrase) if !passphrase.is_empty() => {
            Ok(OpeningKey::Passphrase(SecretString::from(passphrase)))
        }
        Ok(_) => Err(Failure::Key(format!("{PASSPHRASE_VAR} is set but empty"))),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(Failure::Key(format!("{PASSPHRASE_VAR} is not valid text")))
        }
        Err(std::env::VarError::NotPresent) => Err(Failure::Usage(format!(
            "say how to open the exports: -i IDENTITY (the organisation's key file), \
             -p FILE (a file holding the passphrase) or the variable {PASSPHRASE_VAR}. \
             See 'trygg help'."
        ))),
    }
}

fn read_key_file(path: &Path) -> Result<String, Failure> {
    let fail = |reason: String| Failure::Key(format!("{}: {reason}", name(path)));
    let bytes = read_limited(path, MAX_KEY_FILE_BYTES).map_err(|error| match error {
        ReadFailure::TooLarge => fail("too large to be an identity or passphrase file".into()),
        ReadFailure::Io(reason) => fail(reason),
    })?;
    String::from_utf8(bytes).map_err(|_| fail("not a text file".into()))
}

enum ReadFailure {
    TooLarge,
    Io(String),
}

/// Reads a regular file of at most `limit` bytes, checking its size before reading.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let metadata = std::fs::metadata(path).map_err(|error| ReadFailure::Io(io_reason(&error)))?;
    if metadata.is_dir() {
        return Err(ReadFailure::Io("this is a folder, not a file".into()));
    }
    if metadata.len() > limit {
        return Err(ReadFailure::TooLarge);
    }
    let file = File::open(path).map_err(|error| ReadFailure::Io(io_reason(&error)))?;
    let mut bytes = Vec::new();
    // The file may grow between the check and the read: never read past the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ReadFailure::Io(io_reason(&error)))?;
    if bytes.len() as u64 > limit {
        return Err(ReadFailure::TooLarge);
    }
    Ok(bytes)
}

fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "this is a folder, not a file".into(),
        _ => error.to_string(),
    }
}

/// Opens one export; the error is a whole message naming the file.
fn open_export(path: &Path, key: &OpeningKey) -> Result<ExportDocument, String> {
    let file = name(path);
    let bytes = read_limited(path, MAX_EXPORT_BYTES).map_err(|error| match error {
        ReadFailure::TooLarge => format!("{file}: {}", open_message(&OpenError::TooLarge)),
        ReadFailure::Io(reason) => format!("{file}: cannot read it: {reason}"),
    })?;
    let bytes = dearmor(bytes).map_err(|error| format!("{file}: {}", open_message(&error)))?;
    export::open_with_max_work_factor(&bytes, key, MAX_WORK_FACTOR)
        .map_err(|error| format!("{file}: {}", open_message(&error)))
}

/// The binary age file inside an ASCII-armored one (`-----BEGIN AGE ENCRYPTED FILE-----`,
/// as `rage -a` writes); any other bytes are returned as they are.
fn dearmor(bytes: Vec<u8>) -> Result<Vec<u8>, OpenError> {
    const ARMOR: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    if !bytes.get(start..).unwrap_or_default().starts_with(ARMOR) {
        return Ok(bytes);
    }
    let mut binary = Vec::new();
    age::armor::ArmoredReader::new(&bytes[..])
        .take(MAX_EXPORT_BYTES + 1)
        .read_to_end(&mut binary)
        .map_err(|_| OpenError::Damaged)?;
    Ok(binary)
}

/// Opens every file; on any failure, prints each file's reason and writes nothing.
fn open_all(files: &[PathBuf], key: &OpeningKey) -> Result<Vec<(String, ExportDocument)>, Failure> {
    let mut documents = Vec::with_capacity(files.len());
    let mut failed = 0usize;
    for path in files {
        match open_export(path, key) {
            Ok(document) => documents.push((name(path), document)),
            Err(message) => {
                failed += 1;
                eprintln!("trygg: {message}");
            }
        }
    }
    if failed > 0 {
        eprintln!(
            "trygg: {failed} of {} file(s) could not be opened; nothing was written",
            files.len()
        );
        return Err(Failure::Exports);
    }
    Ok(documents)
}

/// Plain English for every way an export can fail to open, with what to do.
fn open_message(error: &OpenError) -> String {
    match error {
        OpenError::Empty => "the file is empty (0 bytes): it is not an export, or copying it failed".into(),
        OpenError::TooLarge => format!(
            "the file is larger than {} MiB, more than any Trygg export; it was not read",
            MAX_EXPORT_BYTES / 1024 / 1024
        ),
        OpenError::NotAge => "this is not an encrypted Trygg export (it is not in the age format)".into(),
        OpenError::Damaged => "the file is damaged or incomplete (cut short or changed on the way); ask for it to be sent again".into(),
        OpenError::NeedsPassphrase => "the file is protected by a passphrase, not by a key: give -p FILE (a file holding the passphrase) or set TRYGG_PASSPHRASE".into(),
        OpenError::NeedsKey => "the file is protected by organisation keys, not by a passphrase: give -i IDENTITY (the organisation's key file)".into(),
        OpenError::WrongKey => "none of the given keys can open this file: it was made for other organisations' keys (or its header is damaged)".into(),
        OpenError::WrongPassphrase => "the passphrase is wrong, or the file is damaged".into(),
        OpenError::TooMuchWork => format!(
            "the file's passphrase protection asks for more work than trygg allows \
             (scrypt work factor above {MAX_WORK_FACTOR}; Trygg itself uses {}): it was not made by Trygg",
            export::PASSPHRASE_WORK_FACTOR
        ),
        OpenError::NotTrygg => "the file opened, but what is inside is not a Trygg export".into(),
        OpenError::TooNew { found } => format!(
            "the export was written by a newer Trygg (export format {found}; this trygg reads up to {}): update trygg",
            export::EXPORT_FORMAT
        ),
        OpenError::Invalid(reason) => format!("the export is damaged or was changed: {reason}"),
    }
}

/// Writes to stdout; a closed pipe (`trygg show … | head`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(Failure::Output(format!(
            "could not write to standard output: {error}"
        ))),
    }
}

/// Writes a file that holds case data: readable by its owner only (on Unix).
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()))
        .map_err(|error| {
            Failure::Output(format!(
                "could not write {}: {}",
                name(path),
                io_reason(&error)
            ))
        })?;
    eprintln!("trygg: wrote {}", name(path));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_open_error_has_its_own_message() {
        let errors = [
            OpenError::Empty,
            OpenError::TooLarge,
            OpenError::NotAge,
            OpenError::Damaged,
            OpenError::NeedsPassphrase,
            OpenError::NeedsKey,
            OpenError::WrongKey,
            OpenError::WrongPassphrase,
            OpenError::TooMuchWork,
            OpenError::NotTrygg,
            OpenError::TooNew { found: 2 },
            OpenError::Invalid("x".into()),
        ];
        let messages: std::collections::BTreeSet<String> =
            errors.iter().map(open_message).collect();
        assert_eq!(messages.len(), errors.len());
    }
}
