//! Builds the app with Trunk into `dist/`, then makes the page fit a strict
//! Content-Security-Policy: Trunk writes its loader as an inline module script,
//! which the policy blocks, so it moves into a hashed file with an integrity check.

use std::path::PathBuf;

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

use crate::root;
use crate::tools::{run, ToolEnv};

pub fn dir() -> PathBuf {
    root().join("dist")
}

pub fn build(env: &ToolEnv, release: bool) -> Result<(), String> {
    let mut trunk = env.command("trunk");
    trunk.arg("build").current_dir(root());
    if release {
        trunk.arg("--release");
    }
    run(&mut trunk, "trunk build")?;
    externalise_loader()
}

/// Moves every inline `<script type="module">` of dist/index.html into its own file.
fn externalise_loader() -> Result<(), String> {
    let index = dir().join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("reading {index:?}: {e}"))?;
    let (html, loaders) = split_inline_modules(&html);
    for (name, body) in &loaders {
        std::fs::write(dir().join(name), body).map_err(|e| format!("writing {name}: {e}"))?;
    }
    std::fs::write(&index, html).map_err(|e| format!("writing {index:?}: {e}"))
}

/// Returns the page with inline module scripts replaced by `src` references, and
/// the files to write (name, content).
pub fn split_inline_modules(html: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(tag_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &rest[start..tag_end];
        let Some(close) = rest[tag_end..].find("</script>").map(|i| tag_end + i) else {
            break;
        };
        out.push_str(&rest[..start]);
        let body = &rest[tag_end..close];
        if tag.contains("type=\"module\"") && !tag.contains("src=") && !body.trim().is_empty() {
            let digest = Sha256::digest(body.as_bytes());
            let name = format!("trygg-loader-{}.js", hex8(&digest));
            let integrity = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(body));
            out.push_str(&format!(
                "<script type=\"module\" src=\"./{name}\" integrity=\"sha384-{integrity}\"></script>"
            ));
            files.push((name, body.to_string()));
        } else {
            out.push_str(&rest[start..close + "</script>".len()]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    out.push_str(rest);
    (strip_nonces(&out), files)
}

/// Trunk stamps a fixed nonce on its tags; a nonce known in advance protects
/// nothing, so it goes.
fn strip_nonces(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" nonce=\"") {
        out.push_str(&rest[..at]);
        let value_start = at + " nonce=\"".len();
        match rest[value_start..].find('"') {
            Some(end) => rest = &rest[value_start + end + 1..],
            None => {
                rest = &rest[at..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

fn hex8(bytes: &[u8]) -> String {
    bytes.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_module_moves_to_a_file_with_integrity() {
        let page =
            "<head><script type=\"module\" nonce=\"abc\">import init from './a.js';</script>\
                    <script src=\"./x.js\"></script></head>";
        let (html, files) = split_inline_modules(page);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].1, "import init from './a.js';");
        assert!(html.contains(&format!("src=\"./{}\"", files[0].0)));
        assert!(html.contains("integrity=\"sha384-"));
        assert!(html.contains("<script src=\"./x.js\"></script>"));
        assert!(!html.contains("nonce"));
        assert!(!html.contains("import init"));
    }
}
