//! Every language has exactly the messages of English, each with the same
//! variables, in files that parse cleanly. (Which languages exist is read from
//! `locales/`, so a new language is checked as soon as its folder is there.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use trygg_core::locale::LANGUAGES;

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
    for language in LANGUAGES.iter().filter(|l| **l != "en") {
        let dir = locales().join(language);
        if !dir.is_dir() {
            continue;
        }
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
