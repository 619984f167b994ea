//! Writes the app's instruments (see [`shipped_instruments`]), builds the app with
//! Trunk into `dist/`, then makes the page fit a strict
//! Content-Security-Policy: Trunk writes its loader as an inline module script,
//! which the policy blocks, so it moves into a hashed file with an integrity check.
//! Then it prepares working offline (see [`offline`]) and checks the result.

use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

use crate::root;
use crate::tools::{run, ToolEnv};

pub fn dir() -> PathBuf {
    root().join("dist")
}

pub fn build(env: &ToolEnv, release: bool) -> Result<(), String> {
    shipped_instruments()?;
    let mut trunk = env.command("trunk");
    trunk.arg("build").current_dir(root());
    if release {
        trunk.arg("--release");
    }
    run(&mut trunk, "trunk build")?;
    externalise_loader()?;
    crate::widget::build(&dir())?;
    offline()?;
    check_integrity()
}

/// The app reads its instruments from crates/core/instruments/shipped.json, the model
/// validated from the TOML files: written here from the TOML files this xtask was
/// compiled with (Cargo rebuilds it when they change), so a build never ships stale
/// instruments. Written only when it changes, so Cargo does not rebuild the app for
/// nothing. An invalid definition stops the build with every problem and its place.
fn shipped_instruments() -> Result<(), String> {
    let json = trygg_core::instrument::shipped_json().map_err(|errors| errors.to_string())?;
    let path = root().join(trygg_core::instrument::SHIPPED_JSON_PATH);
    if std::fs::read_to_string(&path).ok().as_deref() == Some(json.as_str()) {
        return Ok(());
    }
    std::fs::write(&path, json).map_err(|e| format!("writing {path:?}: {e}"))
}

/// Moves every inline `<script type="module">` of dist/index.html into its own file.
fn externalise_loader() -> Result<(), String> {
    let index = dir().join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("reading {index:?}: {e}"))?;
    let html = wasm_with_integrity(&html, |path| {
        let file = dir().join(path.trim_start_matches("./"));
        std::fs::read(&file)
            .map(|bytes| sri(&bytes))
            .map_err(|e| format!("reading {file:?}: {e}"))
    })?;
    let (html, loaders) = split_inline_modules(&html);
    for (name, body) in &loaders {
        std::fs::write(dir().join(name), body).map_err(|e| format!("writing {name}: {e}"))?;
    }
    std::fs::write(&index, html).map_err(|e| format!("writing {index:?}: {e}"))
}

/// Trunk's loader fetches the wasm by its path, and Chromium ignores the integrity
/// of the wasm's `<link rel="preload" as="fetch">`: so the loader asks for it with a
/// `Request` that carries the hash, and the browser refuses a changed module.
pub fn wasm_with_integrity(
    html: &str,
    integrity_of: impl Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    const KEY: &str = "module_or_path: '";
    if html.matches(KEY).count() != 1 {
        return Err(format!(
            "dist/index.html: expected Trunk's loader with one `{KEY}…'` (has Trunk changed?)"
        ));
    }
    let start = html.find(KEY).map(|i| i + KEY.len()).unwrap_or_default();
    let Some(end) = html[start..].find('\'').map(|i| start + i) else {
        return Err("dist/index.html: the wasm path of the loader has no end".into());
    };
    let path = &html[start..end];
    if !path.ends_with(".wasm") || path.contains(['\\', '\'', '"']) {
        return Err(format!("dist/index.html: unexpected wasm path `{path}`"));
    }
    let integrity = integrity_of(path)?;
    Ok(format!(
        "{}module_or_path: new Request('{path}', {{ integrity: '{integrity}' }}){}",
        &html[..start - KEY.len()],
        &html[end + 1..]
    ))
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

/// Files Trunk copies from `public/` that belong at the root of the site: the service
/// worker (its scope is its folder, and it must cover the page) and the host's
/// header rules.
const TO_ROOT: [&str; 2] = ["sw.js", "_headers"];

/// Working offline: moves the service worker and `_headers` from `dist/public/` to
/// the root of `dist/`, writes the build's version and the list of its files (with
/// their SHA-384) into the service worker, and checks that every file the site
/// serves gets the security headers and exactly one cache rule from `_headers`.
fn offline() -> Result<(), String> {
    let dist = dir();
    for name in TO_ROOT {
        let from = dist.join("public").join(name);
        std::fs::rename(&from, dist.join(name))
            .map_err(|e| format!("moving {from:?} to the root of dist/: {e}"))?;
    }
    let files = precache_list(&dist)?;
    let worker_file = dist.join("sw.js");
    let template = std::fs::read_to_string(&worker_file)
        .map_err(|e| format!("reading {worker_file:?}: {e}"))?;
    let worker = fill_service_worker(&template, &files)?;
    std::fs::write(&worker_file, worker).map_err(|e| format!("writing {worker_file:?}: {e}"))?;

    let headers = crate::headers::Headers::read(&dist.join("_headers"))?;
    let mut served: Vec<String> = files.iter().map(|(path, _)| url_path(path)).collect();
    served.push("/index.html".into());
    served.push("/sw.js".into());
    for path in &served {
        crate::headers::check_path(&headers, path).map_err(|e| format!("dist/_headers: {e}"))?;
    }
    Ok(())
}

/// The URL path of a precached file (`./` is the page).
fn url_path(relative: &str) -> String {
    format!("/{}", relative.trim_start_matches("./"))
}

/// Every file of `dist/` the app may need, as (path relative to the root with `/`,
/// `sha384-…`), sorted; the page is listed as `./`. Not listed: the service worker
/// itself and the host's header rules.
pub fn precache_list(dist: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    let mut folders = vec![dist.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|e| format!("reading {folder:?}: {e}"))?;
        for entry in entries {
            let path = entry
                .map_err(|e| format!("reading {folder:?}: {e}"))?
                .path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(dist)
                .map_err(|e| format!("{path:?}: {e}"))?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            if TO_ROOT.contains(&relative.as_str()) {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| format!("reading {path:?}: {e}"))?;
            let name = if relative == "index.html" {
                "./".to_string()
            } else {
                relative
            };
            files.push((name, sri(&bytes)));
        }
    }
    files.sort();
    Ok(files)
}

pub fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// The build's version: a hash over the names and contents of its files.
pub fn version(files: &[(String, String)]) -> String {
    let mut hasher = Sha256::new();
    for (path, integrity) in files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(integrity.as_bytes());
        hasher.update([b'\n']);
    }
    hex8(&hasher.finalize())
}

const VERSION_LINE: &str = "const VERSION = 'development';";
const FILES_LINE: &str = "const FILES = [];";

/// `public/sw.js` with the build's version and files written in. Any change to any
/// file changes the worker's bytes, which is how browsers notice a new version.
pub fn fill_service_worker(template: &str, files: &[(String, String)]) -> Result<String, String> {
    for line in [VERSION_LINE, FILES_LINE] {
        if template.matches(line).count() != 1 {
            return Err(format!("public/sw.js must contain the line `{line}` once"));
        }
    }
    let mut entries = Vec::with_capacity(files.len());
    for file in files {
        entries.push(serde_json::to_string(file).map_err(|e| e.to_string())?);
    }
    let list = if entries.is_empty() {
        "[]".to_string()
    } else {
        format!("[\n  {},\n]", entries.join(",\n  "))
    };
    Ok(template
        .replace(
            VERSION_LINE,
            &format!("const VERSION = '{}';", version(files)),
        )
        .replace(FILES_LINE, &format!("const FILES = {list};")))
}

/// Every `<script>` and `<link rel="modulepreload">`/`<link rel="preload">` of the
/// page must carry an integrity hash: the browser then refuses a changed file.
fn check_integrity() -> Result<(), String> {
    let index = dir().join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("reading {index:?}: {e}"))?;
    let missing = tags_without_integrity(&html);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "dist/index.html: tags without integrity: {}",
            missing.join(", ")
        ))
    }
}

/// The `<script>` and preload `<link>` tags of a page that carry no `integrity`.
pub fn tags_without_integrity(html: &str) -> Vec<String> {
    let mut missing = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &rest[start..end];
        let lower = tag.to_ascii_lowercase();
        let checked = lower.starts_with("<script")
            || (lower.starts_with("<link")
                && (lower.contains("rel=\"modulepreload\"") || lower.contains("rel=\"preload\"")));
        if checked && !lower.contains(" integrity=\"sha384-") {
            missing.push(tag.to_string());
        }
        rest = &rest[end..];
    }
    missing
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

    #[test]
    fn the_loader_fetches_the_wasm_with_its_hash() {
        let page = "<script type=\"module\">const wasm = await init({ module_or_path: './t-0123_bg.wasm' });</script>";
        let html = wasm_with_integrity(page, |path| {
            assert_eq!(path, "./t-0123_bg.wasm");
            Ok("sha384-XYZ".into())
        })
        .expect("rewritten");
        assert!(html.contains(
            "init({ module_or_path: new Request('./t-0123_bg.wasm', { integrity: 'sha384-XYZ' }) });"
        ));
        assert!(wasm_with_integrity("<p>no loader</p>", |_| Ok(String::new())).is_err());
    }

    #[test]
    fn the_service_worker_gets_the_version_and_files() {
        let files = vec![
            ("./".to_string(), "sha384-AAA".to_string()),
            (
                "trygg-0123456789abcdef.js".to_string(),
                "sha384-BBB".to_string(),
            ),
        ];
        let template = "const VERSION = 'development';\nconst FILES = [];\nself.x = 1;\n";
        let worker = fill_service_worker(template, &files).expect("filled");
        assert!(!worker.contains("development"));
        assert!(worker.contains(&format!("const VERSION = '{}';", version(&files))));
        assert!(worker.contains("\n  [\"trygg-0123456789abcdef.js\",\"sha384-BBB\"],\n"));
        assert!(worker.contains("self.x = 1;"));
        // Any change to a file is a new version.
        let mut changed = files.clone();
        changed[1].1 = "sha384-CCC".into();
        assert_ne!(version(&files), version(&changed));
        assert!(fill_service_worker("const FILES = [];", &files).is_err());
    }

    #[test]
    fn the_shipped_service_worker_has_the_lines_to_fill() {
        let template = std::fs::read_to_string(crate::root().join("public").join("sw.js"))
            .expect("public/sw.js");
        assert!(fill_service_worker(&template, &[]).is_ok());
    }

    #[test]
    fn scripts_and_preloads_without_integrity_are_found() {
        let page = "<script type=\"module\" src=\"./a.js\" integrity=\"sha384-x\"></script>\
            <link rel=\"modulepreload\" href=\"./b.js\" integrity=\"sha384-y\">\
            <link rel=\"preload\" href=\"./c.wasm\" as=\"fetch\">\
            <script src=\"./d.js\"></script>\
            <link rel=\"stylesheet\" href=\"./e.css\">";
        let missing = tags_without_integrity(page);
        assert_eq!(missing.len(), 2, "{missing:?}");
        assert!(missing[0].contains("c.wasm"));
        assert!(missing[1].contains("d.js"));
    }
}
