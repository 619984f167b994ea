//! `trygg`: the organisation's side of Trygg, on a desktop computer.

use std::process::ExitCode;

const USAGE: &str = "\
trygg — Trygg's command line for organisations

USAGE:
    trygg --version
    trygg --help

Commands for keys and exports (keygen, show, csv, stats) are not built yet.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("trygg {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("trygg: unknown command '{other}'. Run 'trygg --help'.");
            ExitCode::from(2)
        }
    }
}
