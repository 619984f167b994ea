//! The HTTP headers Trygg is served with, read from `public/_headers` (the format
//! Netlify and Cloudflare Pages read): the one source of truth for xtask's own
//! server, the build's checks and `deploy/nginx.conf` (compared by a test below).
//!
//! The format: a line starting with `/` is a path pattern (at most one `*`, which
//! matches anything, `/` included); the indented `Name: value` lines under it are
//! its headers; `#` starts a comment line. A path gets the headers of every rule it
//! matches, in file order.

use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub pattern: String,
    pub headers: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headers {
    pub rules: Vec<Rule>,
}

/// Header names every response must carry (lower case).
pub const REQUIRED: [&str; 5] = [
    "content-security-policy",
    "referrer-policy",
    "permissions-policy",
    "x-content-type-options",
    "cross-origin-opener-policy",
];

impl Headers {
    pub fn read(file: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(file).map_err(|e| format!("reading {file:?}: {e}"))?;
        Self::parse(&text).map_err(|e| format!("{file:?}: {e}"))
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let mut rules: Vec<Rule> = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let number = number + 1;
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indented = line.starts_with([' ', '\t']);
            if !indented {
                if !trimmed.starts_with('/') || trimmed.contains(char::is_whitespace) {
                    return Err(format!(
                        "line {number}: a path must start with / : {trimmed}"
                    ));
                }
                if trimmed.matches('*').count() > 1 {
                    return Err(format!("line {number}: at most one * in a path: {trimmed}"));
                }
                rules.push(Rule {
                    pattern: trimmed.to_string(),
                    headers: Vec::new(),
                });
                continue;
            }
            let Some(rule) = rules.last_mut() else {
                return Err(format!("line {number}: a header before any path"));
            };
            let Some((name, value)) = trimmed.split_once(':') else {
                return Err(format!("line {number}: expected `Name: value`: {trimmed}"));
            };
            let (name, value) = (name.trim(), value.trim());
            if name.is_empty()
                || value.is_empty()
                || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                return Err(format!("line {number}: expected `Name: value`: {trimmed}"));
            }
            rule.headers.push((name.to_string(), value.to_string()));
        }
        Ok(Headers { rules })
    }

    /// Every header for a URL path (e.g. `/index.html`), in file order.
    pub fn for_path(&self, path: &str) -> Vec<(String, String)> {
        self.rules
            .iter()
            .filter(|rule| matches(&rule.pattern, path))
            .flat_map(|rule| rule.headers.iter().cloned())
            .collect()
    }
}

/// Whether `path` matches `pattern` (exact, or with one `*` matching anything).
pub fn matches(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == path,
        Some((prefix, suffix)) => {
            path.len() >= prefix.len() + suffix.len()
                && path.starts_with(prefix)
                && path.ends_with(suffix)
        }
    }
}

/// The values of one header (case-insensitive name) among `headers`.
pub fn values<'a>(headers: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .collect()
}

/// Whether a file name carries the build's content hash (`name-<hex>…`), so that
/// it may be cached for good. Trunk writes the 64-bit hash without leading zeros,
/// so it has up to 16 digits (fewer about one build in sixteen).
pub fn is_hashed(file_name: &str) -> bool {
    file_name.split(['-', '.', '_']).any(|part| {
        (12..=16).contains(&part.len())
            && part
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    })
}

/// Checks the headers one served path gets: every required header once, the policy
/// forbids framing, and exactly one cache rule (immutable only for hashed files).
pub fn check_path(headers: &Headers, path: &str) -> Result<(), String> {
    let all = headers.for_path(path);
    for name in REQUIRED {
        let found = values(&all, name);
        if found.len() != 1 {
            return Err(format!(
                "{path}: {} `{name}` headers, expected 1",
                found.len()
            ));
        }
    }
    let csp = values(&all, "content-security-policy")[0];
    if !csp.contains("frame-ancestors 'none'") {
        return Err(format!("{path}: the policy does not forbid framing"));
    }
    let cache = values(&all, "cache-control");
    let [cache] = cache.as_slice() else {
        return Err(format!(
            "{path}: {} Cache-Control rules, expected exactly 1 (add a rule to public/_headers)",
            cache.len()
        ));
    };
    let name = path.rsplit('/').next().unwrap_or_default();
    let hashed = !path.starts_with("/public/") && is_hashed(name);
    if hashed != cache.contains("immutable") {
        return Err(format!(
            "{path}: Cache-Control `{cache}`, but its name {} a content hash",
            if hashed { "carries" } else { "does not carry" }
        ));
    }
    if !hashed && !cache.contains("no-cache") {
        return Err(format!("{path}: Cache-Control `{cache}` must say no-cache"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::root;

    fn shipped() -> Headers {
        Headers::read(&root().join("public").join("_headers")).expect("public/_headers parses")
    }

    #[test]
    fn patterns_match_like_netlify_and_cloudflare() {
        assert!(matches("/*", "/"));
        assert!(matches("/*", "/public/icons/a.png"));
        assert!(matches("/trygg-*", "/trygg-0123456789abcdef_bg.wasm"));
        assert!(!matches("/trygg-*", "/public/trygg-x"));
        assert!(matches("/index.html", "/index.html"));
        assert!(!matches("/", "/index.html"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let error = Headers::parse("/*\n  Broken header\n").expect_err("no colon");
        assert!(error.contains("line 2"), "{error}");
        assert!(Headers::parse("  X-A: b\n").is_err());
        assert!(Headers::parse("/a/*/b/*\n").is_err());
    }

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("trygg-5b768b1b5d0f8f9b_bg.wasm"));
        assert!(is_hashed("trygg-loader-de67e625c4f02b2b.js"));
        assert!(is_hashed("main-a84a284da1f27422.css"));
        // A hash with a leading zero, written without it.
        assert!(is_hashed("trygg-927c27bc11da4d3.js"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("icon-192.png"));
    }

    #[test]
    fn every_kind_of_file_gets_the_security_headers_and_one_cache_rule() {
        let headers = shipped();
        for path in [
            "/",
            "/index.html",
            "/sw.js",
            "/public/manifest.webmanifest",
            "/public/icons/icon-512.png",
            "/trygg-0123456789abcdef.js",
            "/trygg-0123456789abcdef_bg.wasm",
            "/trygg-loader-0123456789abcdef.js",
            "/main-0123456789abcdef.css",
            "/icon-0123456789abcdef.svg",
            "/embed.js",
            "/trygg-widget-0123456789abcdef.css",
            "/public/embed-demo.html",
        ] {
            check_path(&headers, path).unwrap_or_else(|e| panic!("{e}"));
        }
        let sw = headers.for_path("/sw.js");
        assert_eq!(values(&sw, "cache-control"), ["no-cache"]);
    }

    /// Other sites' pages load the widget's files: they must be readable cross-origin
    /// (module scripts, the wasm fetch and the stylesheet with its hash use CORS).
    #[test]
    fn the_widgets_files_may_be_read_cross_origin() {
        let headers = shipped();
        for path in [
            "/embed.js",
            "/trygg-0123456789abcdef.js",
            "/trygg-0123456789abcdef_bg.wasm",
            "/trygg-widget-0123456789abcdef.css",
            "/locales/lv/trygg.ftl",
        ] {
            let all = headers.for_path(path);
            assert_eq!(values(&all, "access-control-allow-origin"), ["*"], "{path}");
        }
        // The app's page is not for other sites.
        let page = headers.for_path("/index.html");
        assert!(values(&page, "access-control-allow-origin").is_empty());
    }

    #[test]
    fn the_page_policy_is_the_header_policy_without_frame_ancestors() {
        let headers = shipped();
        let all = headers.for_path("/index.html");
        let header = values(&all, "content-security-policy")[0];
        let page = std::fs::read_to_string(root().join("index.html")).expect("index.html");
        let meta = meta_policy(&page).expect("index.html has a policy <meta>");
        assert_eq!(format!("{meta}; frame-ancestors 'none'"), header);
    }

    /// The `content` of `<meta http-equiv="Content-Security-Policy">`.
    fn meta_policy(html: &str) -> Option<String> {
        let at = html.find("http-equiv=\"Content-Security-Policy\"")?;
        let rest = &html[at..];
        let start = rest.find("content=\"")? + "content=\"".len();
        let end = rest[start..].find('"')? + start;
        Some(rest[start..end].to_string())
    }

    /// `deploy/nginx.conf`: every top-level location sends exactly what
    /// `public/_headers` gives the paths it serves (nginx drops inherited
    /// `add_header`s in a block that has its own, so each block lists all).
    #[test]
    fn nginx_sends_the_same_headers() {
        let headers = shipped();
        let conf = std::fs::read_to_string(root().join("deploy").join("nginx.conf"))
            .expect("deploy/nginx.conf");
        let locations = nginx_locations(&conf);
        let samples: &[(&str, &[&str])] = &[
            (
                "/",
                &[
                    "/",
                    "/index.html",
                    "/sw.js",
                    "/public/manifest.webmanifest",
                    "/public/icons/icon-192.png",
                ],
            ),
            (
                "~ \"^/trygg-[^/]+$\"",
                &[
                    "/trygg-0123456789abcdef.js",
                    "/trygg-0123456789abcdef_bg.wasm",
                    "/trygg-loader-0123456789abcdef.js",
                    "/trygg-widget-0123456789abcdef.css",
                ],
            ),
            (
                "~ \"^/(main-|icon-)[^/]+$\"",
                &["/main-0123456789abcdef.css", "/icon-0123456789abcdef.svg"],
            ),
            ("= /embed.js", &["/embed.js"]),
            (
                "^~ /locales/",
                &["/locales/lv/trygg.ftl", "/locales/uk/training.ftl"],
            ),
        ];
        for (spec, paths) in samples {
            let Some((_, sent)) = locations.iter().find(|(s, _)| s == spec) else {
                panic!("deploy/nginx.conf has no `location {spec}`");
            };
            for path in *paths {
                let mut expected: Vec<(String, String)> = headers
                    .for_path(path)
                    .into_iter()
                    .map(|(n, v)| (n.to_ascii_lowercase(), v))
                    .collect();
                expected.sort();
                assert_eq!(sent, &expected, "nginx `location {spec}` for {path}");
            }
        }
        for (spec, sent) in &locations {
            assert!(
                samples.iter().any(|(s, _)| s == spec) || sent.is_empty(),
                "deploy/nginx.conf: `location {spec}` is not compared with public/_headers: add it to this test"
            );
        }
    }

    /// (location spec, sorted add_header pairs) of each top-level `location`;
    /// `add_header` in a nested block is refused, so nested blocks inherit.
    fn nginx_locations(conf: &str) -> Vec<(String, Vec<(String, String)>)> {
        let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
        let mut depth = 0usize;
        for line in conf.lines() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            if depth == 0 {
                if let Some(spec) = line.strip_prefix("location ") {
                    let spec = spec.trim_end_matches('{').trim();
                    out.push((spec.to_string(), Vec::new()));
                }
            }
            if let Some(rest) = line.strip_prefix("add_header ") {
                assert_eq!(depth, 1, "add_header outside a top-level location: {line}");
                let (name, value) = rest.split_once(' ').expect("add_header Name \"value\"");
                let value = value
                    .trim()
                    .strip_suffix(';')
                    .and_then(|v| v.trim().strip_suffix("always"))
                    .map(str::trim)
                    .and_then(|v| v.strip_prefix('"'))
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or_else(|| panic!("add_header Name \"value\" always; : {line}"));
                if let Some(last) = out.last_mut() {
                    last.1.push((name.to_ascii_lowercase(), value.to_string()));
                }
            }
            depth += line.matches('{').count();
            depth = depth.saturating_sub(line.matches('}').count());
        }
        for (_, headers) in &mut out {
            headers.sort();
        }
        out
    }
}
