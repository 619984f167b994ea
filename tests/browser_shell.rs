//! Browser tests of the app shell, run by wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_container() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let container = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("appended");
    container.unchecked_into()
}

/// Lets the browser run pending tasks (IndexedDB callbacks, timers).
async fn settle(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn texts(container: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = container.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|node| node.text_content()))
        .map(|text| text.trim().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn embedded_english_texts_load_in_the_browser() {
    assert_eq!(trygg::i18n::select("en").await, trygg::i18n::Loaded::Yes);
    assert_eq!(trygg::i18n::active(), "en");
    assert_eq!(trygg::i18n::text("quick-exit"), "Quick exit");
    // Instrument texts come from their own files, through the same loader.
    assert_eq!(trygg::i18n::text("identification-title"), "Identification");
    // Numbers inside messages go through the browser's Intl, in the bundle's language.
    let counted = trygg::i18n::text_count("identification-unknown-count", "count", 1234);
    assert!(counted.contains("1,234"), "{counted}");
}

#[wasm_bindgen_test]
fn numbers_and_dates_follow_the_language() {
    // Finnish groups thousands with a (narrow) no-break space and uses a decimal comma.
    let finnish = trygg::format::number_in("fi", 1234.5);
    assert!(
        finnish.starts_with('1') && finnish.ends_with("234,5"),
        "{finnish}"
    );
    assert_eq!(trygg::format::number_in("en", 1234.5), "1,234.5");
}

#[wasm_bindgen_test]
async fn first_start_asks_for_a_passphrase_with_quick_exit_at_hand() {
    // A fresh browser profile has no vault: the app must ask for a passphrase
    // before any case screen exists.
    let _ = trygg::storage::erase_database(trygg::storage::DB_NAME).await;
    let container = fresh_container();
    let handle = leptos::mount::mount_to(container.clone(), trygg::App);
    let mut heading = Vec::new();
    for _ in 0..50 {
        settle(20).await;
        heading = texts(&container, "h1");
        if heading
            .iter()
            .any(|h| h == "Protect the data on this device")
        {
            break;
        }
    }
    assert_eq!(heading, vec!["Protect the data on this device".to_string()]);
    let buttons = texts(&container, "button");
    assert!(buttons.contains(&"Quick exit".to_string()), "{buttons:?}");
    assert!(
        buttons.contains(&"Set the passphrase".to_string()),
        "{buttons:?}"
    );
    assert!(
        !buttons.contains(&"Start a new case".to_string()),
        "{buttons:?}"
    );
    assert_eq!(
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|root| root.get_attribute("lang"))
            .as_deref(),
        Some("en")
    );
    drop(handle);
}
