//! Every language has exactly the messages of English, each with the same
//! variables, in files that parse cleanly; every language has every message the
//! instruments need (core's lists of message ids); the languages in `locales/`,
//! in `core::locale` and in `locales/STATUS.md` are the same, with the same review
//! state; and every message of the app's own file is used by the app.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use trygg_core::instrument::{self, messages};
use trygg_core::locale::{Review, LANGUAGES, LANGUAGE_DETAILS, LOCALE_FILES, SOURCE_LANGUAGE};

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// Variable names a pattern uses, inside select expressions too.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// file name -> message id -> variables; panics on a file that does not parse.
fn messages(language_dir: &Path) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(language_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", language_dir.display()))
    {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        let mut ids = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                assert!(
                    ids.insert(m.id.name.to_string(), vars).is_none(),
                    "{} defines {} twice",
                    path.display(),
                    m.id.name
                );
            }
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        files.insert(name, ids);
    }
    files
}

#[test]
fn every_language_has_the_messages_and_variables_of_english() {
    let english = messages(&locales().join("en"));
    let mut checked = 0;
    for language in LANGUAGES.iter().filter(|l| **l != SOURCE_LANGUAGE) {
        let dir = locales().join(language);
        assert!(dir.is_dir(), "{language} is in LANGUAGES but has no folder");
        checked += 1;
        let other = messages(&dir);
        assert_eq!(
            english.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>(),
            "{language}: not the same files as English"
        );
        for (file, ids) in &english {
            let theirs = &other[file];
            let missing: Vec<_> = ids.keys().filter(|id| !theirs.contains_key(*id)).collect();
            let extra: Vec<_> = theirs.keys().filter(|id| !ids.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{language}/{file} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language}/{file} has ids English does not: {extra:?}"
            );
            for (id, vars) in ids {
                assert_eq!(
                    vars, &theirs[id],
                    "{language}/{file}: {id} uses other variables than English"
                );
            }
        }
    }
    assert!(checked >= 1, "no translation found to check");
}

#[test]
fn every_folder_is_a_shipped_language_with_the_same_files() {
    let mut folders: Vec<String> = std::fs::read_dir(locales())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    folders.sort();
    let mut shipped: Vec<String> = LANGUAGES.iter().map(|l| l.to_string()).collect();
    shipped.sort();
    assert_eq!(
        folders, shipped,
        "locales/ and core::locale::LANGUAGES differ"
    );
    let mut expected: Vec<String> = LOCALE_FILES.iter().map(|f| format!("{f}.ftl")).collect();
    expected.sort();
    for language in LANGUAGES {
        let found: Vec<String> = messages(&locales().join(language)).into_keys().collect();
        assert_eq!(found, expected, "{language}: not the files of LOCALE_FILES");
    }
}

#[test]
fn every_language_has_every_message_the_instruments_need() {
    let instruments = instrument::shipped().unwrap();
    let mut required = BTreeSet::new();
    for i in &instruments {
        required.extend(messages::required_message_ids(i));
        required.extend(messages::required_result_message_ids(i));
    }
    required.extend(messages::common_message_ids());
    for language in LANGUAGES {
        let defined: BTreeSet<String> = messages(&locales().join(language))
            .into_values()
            .flat_map(BTreeMap::into_keys)
            .collect();
        let missing: Vec<_> = required.difference(&defined).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
    }
}

/// The table of `locales/STATUS.md`: folder -> (English name, state).
fn status_table() -> BTreeMap<String, (String, String)> {
    let text = std::fs::read_to_string(locales().join("STATUS.md")).unwrap();
    let mut rows = BTreeMap::new();
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let Some(folder) = cells
            .get(1)
            .and_then(|c| c.strip_prefix('`')?.strip_suffix('`'))
        else {
            continue;
        };
        let state = cells.get(2).copied().unwrap_or_default().to_string();
        rows.insert(folder.to_string(), (cells[0].to_string(), state));
    }
    rows
}

#[test]
fn review_states_match_locales_status_md() {
    let table = status_table();
    let listed: BTreeSet<&str> = table.keys().map(String::as_str).collect();
    let shipped: BTreeSet<&str> = LANGUAGES.iter().copied().collect();
    assert_eq!(
        listed, shipped,
        "STATUS.md lists other languages than LANGUAGES"
    );
    for language in LANGUAGE_DETAILS {
        let (name, state) = &table[language.tag];
        assert_eq!(
            name, language.english_name,
            "{}: name in STATUS.md",
            language.tag
        );
        let expected = match language.review {
            Review::Source => state == "source",
            Review::Draft => state.starts_with("draft"),
            Review::Reviewed => state.starts_with("reviewed"),
        };
        assert!(
            expected,
            "{}: STATUS.md says {state:?}, core::locale says {:?}",
            language.tag, language.review
        );
    }
}

#[test]
fn every_fetched_language_is_copied_into_the_build() {
    let page = std::fs::read_to_string(locales().join("../index.html")).unwrap();
    for language in LANGUAGES.iter().filter(|l| **l != SOURCE_LANGUAGE) {
        let link = format!(
            "<link data-trunk rel=\"copy-dir\" href=\"locales/{language}\" data-target-path=\"locales/{language}\" />"
        );
        assert!(
            page.contains(&link),
            "index.html does not copy locales/{language}: add {link}"
        );
    }
    assert!(
        !page.contains("href=\"locales/en\""),
        "English is inside the program; its files need not be in the build"
    );
    // Except its training texts, fetched when training starts.
    assert!(page.contains(
        "<link data-trunk rel=\"copy-file\" href=\"locales/en/training.ftl\" data-target-path=\"locales/en\" />"
    ));
}

/// Messages of `locales/en/trygg.ftl` that no screen uses yet. Keep this short:
/// a message nothing shows is work for every translator.
const NOT_YET_USED: &[&str] = &["app-tagline", "case-opening"];

#[test]
fn every_app_message_is_used_by_the_app() {
    let english = messages(&locales().join(SOURCE_LANGUAGE));
    let mut source = String::new();
    let mut dirs = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                source.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let unused: Vec<&String> = english["trygg.ftl"]
        .keys()
        .filter(|id| !source.contains(&format!("\"{id}\"")))
        .filter(|id| !NOT_YET_USED.contains(&id.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "messages in locales/en/trygg.ftl that nothing in src/ uses: {unused:?}"
    );
}

#[test]
fn a_missing_message_or_variable_is_caught() {
    let dir = std::env::temp_dir().join(format!("trygg-translation-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.ftl"),
        "greeting = Hello { $name }\nsection = { $count ->\n  [one] One\n *[other] { $count }\n}\n",
    )
    .unwrap();
    let parsed = messages(&dir);
    let ids = &parsed["a.ftl"];
    assert_eq!(ids["greeting"], BTreeSet::from(["name".to_string()]));
    assert_eq!(ids["section"], BTreeSet::from(["count".to_string()]));
    std::fs::remove_dir_all(&dir).unwrap();
}
