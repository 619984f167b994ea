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

#[wasm_bindgen_test]
fn embedded_english_texts_load_in_the_browser() {
    assert!(trygg::i18n::select("en"));
    assert_eq!(trygg::i18n::active(), "en");
    assert_eq!(trygg::i18n::text("quick-exit"), "Quick exit");
}

#[wasm_bindgen_test]
fn home_screen_shows_its_heading_first_action_and_quick_exit() {
    let container = fresh_container();
    let handle = leptos::mount::mount_to(container.clone(), trygg::App);

    let heading = container
        .query_selector("h1")
        .expect("query")
        .and_then(|h| h.text_content());
    assert_eq!(heading.as_deref(), Some("Cases on this device"));

    let buttons: Vec<String> = {
        let list = container.query_selector_all("button").expect("query");
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|node| node.text_content()))
            .map(|text| text.trim().to_string())
            .collect()
    };
    assert!(buttons.contains(&"Quick exit".to_string()), "{buttons:?}");
    assert!(
        buttons.contains(&"Start a new case".to_string()),
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
