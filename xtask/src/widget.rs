//! The embeddable widget's files, made from the app's build: `embed.js` (moved from
//! `dist/public/` to the root, with this build's file names and hashes written in)
//! and `trygg-widget-<hash>.css` (the app's stylesheet made fit for a shadow root,
//! plus `style/widget.css`). The widget loads the very same glue and wasm as the app.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::root;

/// The line of `public/embed.js` the build fills in.
const FILES_LINE: &str = "const FILES = {};";

/// Writes the widget's stylesheet and `embed.js` into `dist`.
pub fn build(dist: &Path) -> Result<(), String> {
    let glue = single(dist, |name| {
        name.starts_with("trygg-")
            && name.ends_with(".js")
            && !name.starts_with("trygg-loader-")
            && !name.starts_with("trygg-widget-")
    })?;
    let wasm = single(dist, |name| {
        name.starts_with("trygg-") && name.ends_with("_bg.wasm")
    })?;
    let main_css = single(dist, |name| {
        name.starts_with("main-") && name.ends_with(".css")
    })?;

    let app_css = read_text(&dist.join(&main_css))?;
    let own_css = read_text(&root().join("style").join("widget.css"))?;
    let css = stylesheet(&app_css, &own_css);
    let css_name = format!("trygg-widget-{}.css", hex8(&Sha256::digest(css.as_bytes())));
    std::fs::write(dist.join(&css_name), &css).map_err(|e| format!("writing {css_name}: {e}"))?;

    let from = dist.join("public").join("embed.js");
    let template = read_text(&from)?;
    let files = [
        ("glue", glue.as_str()),
        ("wasm", wasm.as_str()),
        ("css", css_name.as_str()),
    ]
    .into_iter()
    .map(|(kind, name)| {
        let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("reading {name}: {e}"))?;
        Ok((kind, name.to_string(), crate::dist::sri(&bytes)))
    })
    .collect::<Result<Vec<_>, String>>()?;
    let script = fill_embed(&template, &files)?;
    std::fs::write(dist.join("embed.js"), script).map_err(|e| format!("writing embed.js: {e}"))?;
    std::fs::remove_file(&from).map_err(|e| format!("removing {from:?}: {e}"))
}

/// The one file of `dist/` (not below it) whose name `matches`.
fn single(dist: &Path, matches: impl Fn(&str) -> bool) -> Result<String, String> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(dist).map_err(|e| format!("reading {dist:?}: {e}"))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("reading {dist:?}: {e}"))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() && matches(&name) {
            found.push(name);
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!(
            "dist/: expected one file for the widget, found {n}: {found:?} (has Trunk changed?)"
        )),
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("reading {path:?}: {e}"))
}

/// `public/embed.js` with `(kind, file name, sha384-…)` written into its FILES line.
pub fn fill_embed(template: &str, files: &[(&str, String, String)]) -> Result<String, String> {
    if template.matches(FILES_LINE).count() != 1 {
        return Err(format!(
            "public/embed.js must contain the line `{FILES_LINE}` once"
        ));
    }
    let mut map = serde_json::Map::new();
    for (kind, name, integrity) in files {
        map.insert(kind.to_string(), serde_json::json!([name, integrity]));
    }
    let json = serde_json::to_string(&map).map_err(|e| e.to_string())?;
    Ok(template.replace(FILES_LINE, &format!("const FILES = {json};")))
}

/// The widget's stylesheet: the app's rules, then the widget's own, with `:root`
/// read as the widget's container, `rem` as the widget's own unit (the host page's
/// root font size must not scale the widget), and width media queries as
/// container queries (the widget's width decides its layout, not the window's).
pub fn stylesheet(app_css: &str, widget_css: &str) -> String {
    let mut out = String::from(
        "/* Trygg widget: made by `cargo xtask build` from style/main.css and style/widget.css. */\n",
    );
    out.push_str(&transform(app_css));
    out.push('\n');
    out.push_str(&transform(widget_css));
    out
}

fn transform(css: &str) -> String {
    let mut out = String::with_capacity(css.len() * 5 / 4);
    let bytes = css.as_bytes();
    let mut i = 0;
    // Inside an at-rule's prelude (between `@` and `{` or `;`).
    let mut prelude: Option<usize> = None;
    while i < bytes.len() {
        let rest = &css[i..];
        if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
            out.push_str(&rest[..end]);
            i += end;
            continue;
        }
        let c = bytes[i];
        if c == b'"' || c == b'\'' {
            let end = rest[1..].find(c as char).map_or(rest.len(), |e| e + 2);
            out.push_str(&rest[..end]);
            i += end;
            continue;
        }
        if c == b'@' && prelude.is_none() {
            prelude = Some(out.len());
        }
        if (c == b'{' || c == b';') && prelude.is_some() {
            if let Some(start) = prelude.take() {
                let at_rule = out.split_off(start);
                out.push_str(&at_rule_prelude(&at_rule));
            }
        }
        if rest.starts_with(":root") && !is_name_char(rest.as_bytes().get(5).copied()) {
            out.push_str(".trygg-root");
            i += ":root".len();
            continue;
        }
        let starts_number = c.is_ascii_digit() || c == b'.' || c == b'-';
        if prelude.is_none() && starts_number && !is_name_char(prev(bytes, i)) {
            if let Some((number, len)) = rem_length(rest) {
                out.push_str(&format!("calc({number} * var(--trygg-rem))"));
                i += len;
                continue;
            }
        }
        // Copy one whole character (multi-byte ones too).
        let width = rest.chars().next().map_or(1, char::len_utf8);
        out.push_str(&rest[..width]);
        i += width;
    }
    out
}

/// `@media (max-width: …)` becomes `@container (max-width: …)`, with `rem` in it
/// as the browser reads it in a media query (16px); other preludes stay as they are.
fn at_rule_prelude(prelude: &str) -> String {
    let Some(condition) = prelude.strip_prefix("@media") else {
        return prelude.to_string();
    };
    let lower = condition.to_ascii_lowercase();
    let by_width = lower.contains("width") && !lower.contains("print") && !lower.contains("screen");
    if !by_width {
        return prelude.to_string();
    }
    let mut converted = String::new();
    let mut rest = condition;
    while let Some(at) = rest.find("rem") {
        let head = &rest[..at];
        let digits = head
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        let (before, number) = head.split_at(head.len() - digits);
        converted.push_str(before);
        match number.parse::<f64>() {
            Ok(n) if digits > 0 => converted.push_str(&format!("{}px", n * 16.0)),
            _ => {
                converted.push_str(number);
                converted.push_str("rem");
            }
        }
        rest = &rest[at + 3..];
    }
    converted.push_str(rest);
    format!("@container{converted}")
}

/// A number followed by `rem` (and not by more of a name): the number's text and
/// the length of the whole token.
fn rem_length(text: &str) -> Option<(&str, usize)> {
    let sign = usize::from(text.starts_with('-'));
    let number_len = sign
        + text[sign..]
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
    let number = &text[..number_len];
    let digits = &number[sign..];
    if digits.is_empty() || digits == "." || !text[number_len..].starts_with("rem") {
        return None;
    }
    let after = text.as_bytes().get(number_len + 3).copied();
    if is_name_char(after) {
        return None;
    }
    Some((number, number_len + 3))
}

fn prev(bytes: &[u8], i: usize) -> Option<u8> {
    i.checked_sub(1).map(|p| bytes[p])
}

fn is_name_char(byte: Option<u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'#')
}

fn hex8(bytes: &[u8]) -> String {
    bytes.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rem_becomes_the_widgets_own_unit() {
        let css = ".a { margin: 0 0 1.25rem; padding: .5rem -2rem; width: calc(100% - 2rem); }";
        let out = transform(css);
        assert_eq!(
            out,
            ".a { margin: 0 0 calc(1.25 * var(--trygg-rem)); padding: calc(.5 * var(--trygg-rem)) calc(-2 * var(--trygg-rem)); width: calc(100% - calc(2 * var(--trygg-rem))); }"
        );
        assert!(!out.contains("rem;"), "{out}");
    }

    #[test]
    fn names_strings_and_comments_are_left_alone() {
        let css = "/* 2rem */ .x2rem { content: \"3rem\"; color: #1rem0; }";
        assert_eq!(transform(css), css);
    }

    #[test]
    fn root_is_the_container_and_width_queries_ask_the_container() {
        let css = ":root { --space: 1rem; }\n@media (max-width: 600px) { .a { b: 1rem } }\n\
                   @media (min-width: 40rem) { .c { d: 0 } }\n@media print { :root { e: 1 } }\n\
                   @media (prefers-reduced-motion: reduce) { .f { g: 0 } }";
        let out = transform(css);
        assert!(
            out.starts_with(".trygg-root { --space: calc(1 * var(--trygg-rem)); }"),
            "{out}"
        );
        assert!(
            out.contains("@container (max-width: 600px) { .a { b: calc(1 * var(--trygg-rem)) } }"),
            "{out}"
        );
        assert!(out.contains("@container (min-width: 640px)"), "{out}");
        assert!(
            out.contains("@media print { .trygg-root { e: 1 } }"),
            "{out}"
        );
        assert!(
            out.contains("@media (prefers-reduced-motion: reduce)"),
            "{out}"
        );
        assert!(!out.contains(":root"));
    }

    #[test]
    fn the_shipped_stylesheets_leave_no_rem_and_no_root() {
        let main =
            std::fs::read_to_string(root().join("style").join("main.css")).expect("main.css");
        let own =
            std::fs::read_to_string(root().join("style").join("widget.css")).expect("widget.css");
        let css = stylesheet(&main, &own);
        let code: String = strip_comments(&css);
        assert!(!code.contains(":root"));
        for (at, _) in code.match_indices("rem") {
            let before = code[..at].chars().last().unwrap_or(' ');
            assert!(
                !before.is_ascii_digit(),
                "a rem length is left near: {}",
                &code[at.saturating_sub(40)..at + 3]
            );
        }
        assert!(code.contains("--trygg-rem: var(--trygg-font-size, 18px)"));
    }

    fn strip_comments(css: &str) -> String {
        let mut out = String::new();
        let mut rest = css;
        while let Some(start) = rest.find("/*") {
            out.push_str(&rest[..start]);
            rest = rest[start..]
                .find("*/")
                .map_or("", |e| &rest[start + e + 2..]);
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn embed_gets_the_files_and_hashes() {
        let template = "// x\nconst FILES = {};\nexport {};\n";
        let filled = fill_embed(
            template,
            &[("glue", "trygg-01.js".into(), "sha384-A".into())],
        )
        .expect("filled");
        assert!(filled.contains("const FILES = {\"glue\":[\"trygg-01.js\",\"sha384-A\"]};"));
        assert!(fill_embed("nothing", &[]).is_err());
    }

    #[test]
    fn the_shipped_embed_has_the_line_to_fill() {
        let template = std::fs::read_to_string(root().join("public").join("embed.js"))
            .expect("public/embed.js");
        assert!(fill_embed(&template, &[]).is_ok());
    }
}
