//! A small static file server for `dist/`, on loopback only. It sends the headers
//! a deployment should send (README, "Deploying"), so tests see the real policy.

use std::path::{Component, Path, PathBuf};

use tiny_http::{Header, Response, Server};

pub const CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub struct Static {
    server: Server,
    root: PathBuf,
}

impl Static {
    pub fn bind(root: &Path, port: u16) -> Result<Self, String> {
        let server = Server::http(("127.0.0.1", port))
            .map_err(|error| format!("cannot listen on 127.0.0.1:{port}: {error}"))?;
        Ok(Static {
            server,
            root: root.to_path_buf(),
        })
    }

    pub fn address(&self) -> String {
        self.server.server_addr().to_string()
    }

    /// Answers each request on its own thread, so one slow transfer (the wasm to a
    /// busy browser) never holds up the others.
    pub fn run_forever(self) {
        for request in self.server.incoming_requests() {
            let root = self.root.clone();
            std::thread::spawn(move || {
                let response = respond(&root, request.url());
                let _ = request.respond(response);
            });
        }
    }

    /// Serves on a background thread until the process ends.
    pub fn spawn(self) {
        std::thread::spawn(move || self.run_forever());
    }
}

fn respond(root: &Path, url: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let Some(file) = resolve(root, path) else {
        return with_headers(
            Response::from_string("not found").with_status_code(404),
            "text/plain",
        );
    };
    match std::fs::read(&file) {
        Ok(bytes) => with_headers(Response::from_data(bytes), content_type(&file)),
        Err(_) => with_headers(
            Response::from_string("not found").with_status_code(404),
            "text/plain",
        ),
    }
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
) -> Response<std::io::Cursor<Vec<u8>>> {
    let headers = [
        ("Content-Type", content_type),
        ("Content-Security-Policy", CSP),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        ("Cache-Control", "no-cache"),
    ];
    headers.iter().fold(
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
    fn wasm_is_served_as_wasm() {
        assert_eq!(content_type(Path::new("a_bg.wasm")), "application/wasm");
    }
}
