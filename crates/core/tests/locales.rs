//! The English locale covers every message the instruments need, and has no
//! instrument message that nothing uses (a renamed question leaves one behind).

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_syntax::ast::Entry;
use trygg_core::instrument::{self, messages};

fn english_message_ids() -> BTreeSet<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales/en");
    let mut ids = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                assert!(
                    ids.insert(m.id.name.to_string()),
                    "{} defines {} twice",
                    path.display(),
                    m.id.name
                );
            }
        }
    }
    ids
}

#[test]
fn english_covers_every_required_message_and_nothing_unused() {
    let defined = english_message_ids();
    let instruments = instrument::shipped().unwrap();
    let mut required = BTreeSet::new();
    for i in &instruments {
        required.extend(messages::required_message_ids(i));
        required.extend(messages::required_result_message_ids(i));
    }
    required.extend(messages::common_message_ids());

    let missing: Vec<_> = required.difference(&defined).collect();
    assert!(missing.is_empty(), "missing in locales/en: {missing:#?}");

    let prefixes: Vec<String> = instruments
        .iter()
        .map(|i| format!("{}-", i.id))
        .chain(messages::COMMON_PREFIXES.iter().map(|p| p.to_string()))
        .collect();
    let unused: Vec<_> = defined
        .iter()
        .filter(|id| prefixes.iter().any(|p| id.starts_with(p.as_str())))
        .filter(|id| !required.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "unused instrument messages in locales/en: {unused:#?}"
    );
}
