//! A small static file server for `dist/`, on loopback only. It sends the headers
//! a deployment should send, read from `dist/_headers` (a copy of `public/_headers`,
//! see `headers.rs`), so tests see the real policy and cache rules.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use flate2::write::GzEncoder;
use flate2::Compression;
use tiny_http::{Header, Response, Server};

use crate::headers::Headers;

/// Compressed bodies, per file: only the first request pays for compressing.
type Compressed = Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>;

pub struct Static {
    server: Server,
    root: PathBuf,
    headers: Arc<Headers>,
    /// Set by [`Static::compressing`].
    gzip: Option<Arc<Compressed>>,
}

impl Static {
    pub fn bind(root: &Path, port: u16) -> Result<Self, String> {
        let headers = Headers::read(&root.join("_headers"))
            .map_err(|e| format!("{e} (run `cargo xtask build` first)"))?;
        let server = Server::http(("127.0.0.1", port))
            .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
        Ok(Static {
            server,
            root: root.to_path_buf(),
            headers: Arc::new(headers),
            gzip: None,
        })
    }

    /// Sends text, scripts and wasm gzip-compressed to browsers that accept it, as
    /// a web host does (the benchmark's budgets count gzip bytes, and a throttled
    /// network moves the bytes on the wire). The tests keep plain responses.
    pub fn compressing(mut self) -> Self {
        self.gzip = Some(Arc::default());
        self
    }

    pub fn address(&self) -> String {
        self.server.server_addr().to_string()
    }

    /// Answers each request on its own thread, so one slow transfer (the wasm to a
    /// busy browser) never holds up the others.
    pub fn run_forever(self) {
        for request in self.server.incoming_requests() {
            let root = self.root.clone();
            let headers = Arc::clone(&self.headers);
            let accepts_gzip = request
                .headers()
                .iter()
                .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("gzip"));
            let gzip = self.gzip.clone().filter(|_| accepts_gzip);
            std::thread::spawn(move || {
                let response = respond(&root, &headers, request.url(), gzip.as_deref());
                let _ = request.respond(response);
            });
        }
    }

    /// Serves on a background thread until the process ends.
    pub fn spawn(self) {
        std::thread::spawn(move || self.run_forever());
    }
}

/// The same files are also served below this folder, as when an NGO puts Trygg
/// below a sub-path of its site, so the tests can check that Trygg works there.
pub const SUB_PATH: &str = "/ngo-site/trygg/";

fn respond(
    root: &Path,
    headers: &Headers,
    url: &str,
    gzip: Option<&Compressed>,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let below = path.strip_prefix(SUB_PATH).map(|rest| format!("/{rest}"));
    let path = below.as_deref().unwrap_or(path);
    let not_found = || {
        with_headers(
            Response::from_string("not found").with_status_code(404),
            "text/plain",
            headers,
            path,
        )
    };
    // The host's header rules are read by the host, never served (as on Netlify).
    if path == "/_headers" {
        return not_found();
    }
    let Some(file) = resolve(root, path) else {
        return not_found();
    };
    let Ok(bytes) = std::fs::read(&file) else {
        return not_found();
    };
    let kind = content_type(&file);
    let compressible = ["text/", "javascript", "wasm", "json", "svg"]
        .iter()
        .any(|k| kind.contains(k));
    match gzip.filter(|_| compressible) {
        Some(compressed) => {
            let body = compressed
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .entry(file.clone())
                .or_insert_with(|| Arc::new(gzip_bytes(&bytes)))
                .as_ref()
                .clone();
            let response = with_headers(Response::from_data(body), kind, headers, path);
            [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
                .into_iter()
                .filter_map(|(name, value)| Header::from_bytes(name, value).ok())
                .fold(response, Response::with_header)
        }
        None => with_headers(Response::from_data(bytes), kind, headers, path),
    }
}

/// `bytes` compressed with gzip at its best level (as the size budgets count them).
pub fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    if encoder.write_all(bytes).is_err() {
        return Vec::new();
    }
    encoder.finish().unwrap_or_default()
}

/// Maps a URL path to a file below `root`, refusing anything that climbs out.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn with_headers(
    response: Response<std::io::Cursor<Vec<u8>>>,
    content_type: &str,
    headers: &Headers,
    path: &str,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let rules = headers.for_path(path);
    std::iter::once(("Content-Type", content_type))
        .chain(rules.iter().map(|(n, v)| (n.as_str(), v.as_str())))
        .fold(
            response,
            |response, (name, value)| match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                Ok(header) => response.with_header(header),
                Err(()) => response,
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_climb_out_of_the_root() {
        let root = std::env::temp_dir();
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/a/../../b"), None);
    }

    #[test]
    fn wasm_and_the_manifest_get_their_types() {
        assert_eq!(content_type(Path::new("a_bg.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("public/manifest.webmanifest")),
            "application/manifest+json"
        );
    }

    #[test]
    fn responses_carry_the_rules_of_their_path() {
        let headers = Headers::parse(
            "/*\n  X-Content-Type-Options: nosniff\n/sw.js\n  Cache-Control: no-cache\n",
        )
        .expect("parses");
        let root = std::env::temp_dir();
        let response = respond(&root, &headers, "/sw.js?x=1", None);
        let sent: Vec<String> = response
            .headers()
            .iter()
            .map(|h| format!("{}: {}", h.field, h.value))
            .collect();
        assert!(sent.contains(&"X-Content-Type-Options: nosniff".to_string()));
        assert!(sent.contains(&"Cache-Control: no-cache".to_string()));
        let hidden = respond(&root, &headers, "/_headers", None);
        assert_eq!(hidden.status_code().0, 404);
        let below = respond(&root, &headers, &format!("{SUB_PATH}sw.js"), None);
        assert!(below
            .headers()
            .iter()
            .any(|h| h.to_string() == "Cache-Control: no-cache"));
    }

    #[test]
    fn compressing_sends_gzip_of_the_same_file_with_its_rules() {
        use std::io::Read;
        let root = std::env::temp_dir().join(format!("trygg-gzip-{}", std::process::id()));
        std::fs::create_dir_all(&root).expect("dir");
        let text = "let answer = 42;\n".repeat(200);
        std::fs::write(root.join("app.js"), &text).expect("write");
        let headers = Headers::parse("/*\n  X-Content-Type-Options: nosniff\n").expect("parses");
        let cache = Compressed::default();
        let response = respond(&root, &headers, "/app.js", Some(&cache));
        let sent: Vec<String> = response.headers().iter().map(|h| h.to_string()).collect();
        assert!(sent.contains(&"Content-Encoding: gzip".to_string()));
        assert!(sent.contains(&"X-Content-Type-Options: nosniff".to_string()));
        let mut body = Vec::new();
        response.into_reader().read_to_end(&mut body).expect("body");
        let mut plain = String::new();
        flate2::read::GzDecoder::new(body.as_slice())
            .read_to_string(&mut plain)
            .expect("gzip");
        assert_eq!(plain, text);
        // Without the option (or a browser that does not ask for it): as stored.
        let plain_response = respond(&root, &headers, "/app.js", None);
        assert!(!plain_response
            .headers()
            .iter()
            .any(|h| h.field.equiv("Content-Encoding")));
        let _ = std::fs::remove_dir_all(&root);
    }
}
