//! The embeddable widget: `<trygg-assessment>` on an organisation's own website.
//!
//! `public/embed.js` (filled in by `cargo xtask build`) defines the custom element:
//! it attaches an open shadow root holding the widget's stylesheet, loads this same
//! wasm build (glue and module from the widget's own origin, with their hashes) and
//! calls [`mount_widget`], which mounts a Leptos view into a container inside that
//! shadow root. The app's own `main()` mounts nothing on such a page (see
//! [`is_app_page`]), and the widget never registers the service worker.
//!
//! Two modes: `self-check` (an anonymous screening a woman does herself; nothing is
//! stored) and `worker` (the app's screens, with a vault of its own in the host
//! origin's IndexedDB). The host hears `trygg-ready`, `trygg-progress` and
//! `trygg-complete` ([`events`]).

pub mod config;
pub mod events;
mod self_check;
mod worker;

use std::sync::Arc;

use leptos::prelude::*;
use trygg_core::instrument::{self, Instrument};
use trygg_core::locale::LANGUAGES;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::i18n;
use crate::tv;
use config::{Config, HelpContact, Mode};

/// The IndexedDB database of the worker mode: its own, so a widget on the app's
/// own site never opens the app's vault.
pub const WIDGET_DATABASE: &str = "trygg-widget";

/// The marker on the app's own page (`<body data-trygg-app>` in `index.html`).
const APP_MARKER: &str = "data-trygg-app";

/// Whether this page is Trygg's own `index.html`. The wasm's start function runs
/// on every page that loads it; only the app's page is mounted by it.
pub fn is_app_page() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|body| body.has_attribute(APP_MARKER))
}

/// What the widget's components share: the host element (for events and its
/// attributes) and the settings.
#[derive(Clone, Copy)]
pub struct Widget {
    host: StoredValue<HtmlElement, LocalStorage>,
    config: StoredValue<Arc<Config>>,
}

impl Widget {
    pub fn config(&self) -> Arc<Config> {
        self.config.get_value()
    }

    /// Dispatches an event on the host element.
    pub fn emit(&self, name: &str, detail: &[(&str, JsValue)]) {
        self.host
            .with_value(|host| events::emit(host, name, detail));
    }

    /// `trygg-progress`: counts only.
    pub fn emit_progress(&self, answered: usize, total: usize) {
        self.emit(
            events::PROGRESS,
            &[
                ("answered", events::number(answered)),
                ("total", events::number(total)),
            ],
        );
    }

    /// Leaves at once: the whole page is replaced, not only the widget.
    pub fn quick_exit(&self) {
        crate::quick_exit::leave_to(&self.config().exit_url);
    }

    /// Brings the top of the widget into view (after a step changes) and moves
    /// keyboard focus to `heading`.
    pub fn focus(&self, heading: &HtmlElement) {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
        let above = self
            .host
            .with_value(|host| host.get_bounding_client_rect().top() < 0.0);
        if above {
            self.host.with_value(|host| host.scroll_into_view());
        }
    }
}

impl Widget {
    /// Worker mode: focuses the main heading of the screen now shown.
    pub fn focus_screen_heading(&self) {
        let heading = self
            .host
            .with_value(|host| host.shadow_root())
            .and_then(|root| root.query_selector(".screen h1").ok().flatten())
            .and_then(|heading| heading.dyn_into::<HtmlElement>().ok());
        if let Some(heading) = heading {
            self.focus(&heading);
        }
    }
}

/// A mounted widget; `embed.js` unmounts it when the element leaves the page.
#[wasm_bindgen]
pub struct WidgetHandle {
    mounted: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget's view; everything it held in memory goes with it.
    pub fn unmount(&mut self) {
        self.mounted.take();
    }
}

/// Mounts the widget into `root` (the shadow root of `host`). `options` comes from
/// `embed.js`; the settings themselves are the host element's attributes.
#[wasm_bindgen]
pub fn mount_widget(
    host: HtmlElement,
    root: ShadowRoot,
    options: JsValue,
) -> Result<WidgetHandle, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let container: HtmlElement = document.create_element("div")?.dyn_into()?;
    container.set_class_name("trygg-root");
    root.append_child(&container)?;

    let instruments = instrument::shipped().unwrap_or_default();
    let ids: Vec<&str> = instruments.iter().map(|i| i.id.as_str()).collect();
    let read = config::read(|name| host.get_attribute(name), help_contacts(&host), &ids);
    let lang = match &read {
        Ok(config) => config.lang.clone(),
        Err(_) => trygg_core::locale::SOURCE_LANGUAGE.to_string(),
    };
    // Language files come from the widget's own folder (`embed.js` passes it), as the
    // glue and the wasm do.
    let folder = js_sys::Reflect::get(&options, &JsValue::from_str("folder"))
        .ok()
        .and_then(|folder| folder.as_string())
        .unwrap_or_default();
    let wanted = trygg_core::locale::negotiate(std::iter::once(lang.as_str()), LANGUAGES);
    if let Ok(config) = &read {
        let _ = container.set_attribute("data-mode", config.mode.as_str());
    }
    let lang_target = container.clone();
    let handle = leptos::mount::mount_to(container, move || {
        // Inside the mount: fetching a language needs Leptos' task executor, which
        // mounting starts.
        i18n::init_embedded(&folder, wanted);
        // The container says which language its texts are in, as `<html lang>` does
        // for the app.
        Effect::new(move |_| {
            let _ = lang_target.set_attribute("lang", i18n::active_tracked());
        });
        match read {
            Ok(config) => {
                view! { <WidgetView host=host config=config instruments=instruments /> }.into_any()
            }
            Err(error) => {
                // For the host's developers; never carries an answer.
                leptos::logging::warn!("<trygg-assessment>: {error}");
                view! {
                    <p class="notice widget-problem" role="alert">{tv!("widget-error-config")}</p>
                }
                .into_any()
            }
        }
    });
    Ok(WidgetHandle {
        mounted: Some(Box::new(handle)),
    })
}

/// The `<trygg-help>` children of the host element.
fn help_contacts(host: &HtmlElement) -> Vec<HelpContact> {
    let children = host.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|child| child.local_name() == "trygg-help")
        .filter_map(|child| {
            config::help_contact(|name| child.get_attribute(name), child.text_content())
        })
        .collect()
}

/// The mode's view. `instruments` are the shipped ones, read once for the widget.
#[component]
fn WidgetView(host: HtmlElement, config: Config, instruments: Vec<Instrument>) -> impl IntoView {
    let instrument = instruments
        .iter()
        .find(|i| i.id == config.instrument)
        .cloned();
    let mode = config.mode;
    let instrument_id = config.instrument.clone();
    let widget = Widget {
        host: StoredValue::new_local(host.clone()),
        config: StoredValue::new(Arc::new(config)),
    };
    provide_context(widget);

    let body = match (mode, instrument) {
        (Mode::SelfCheck, Some(instrument)) => {
            view! { <self_check::SelfCheck widget=widget instrument=instrument /> }.into_any()
        }
        (Mode::Worker, Some(_)) => {
            view! { <worker::WorkerApp widget=widget instruments=instruments /> }.into_any()
        }
        // Only a broken build gets here.
        (_, None) => {
            view! { <p class="error" role="alert">{tv!("error-app-start")}</p> }.into_any()
        }
    };
    // Once the view is in place in its language, the host may show it (its own
    // loading state ends).
    let announced = StoredValue::new(false);
    Effect::new(move |_| {
        if !i18n::ready() || announced.get_value() {
            return;
        }
        announced.set_value(true);
        let instrument_id = instrument_id.clone();
        request_animation_frame(move || {
            widget.emit(
                events::READY,
                &[
                    ("mode", JsValue::from_str(mode.as_str())),
                    ("instrument", JsValue::from_str(&instrument_id)),
                    ("lang", JsValue::from_str(i18n::active())),
                ],
            );
        });
    });
    view! { <div class="widget-content" hidden=move || !i18n::ready()>{body}</div> }
}

/// Escape pressed twice inside the widget leaves at once, as in the app: the mode's
/// outermost element listens with this (`on:keydown`). Presses on the host's own
/// page are the host's and do not count. `lock` runs first.
pub fn escape_shortcut(
    widget: Widget,
    lock: impl Fn() + 'static,
) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    crate::quick_exit::on_escape_twice(move || {
        lock();
        widget.quick_exit();
    })
}

/// The quick-exit control of the widget.
#[component]
pub fn WidgetQuickExit(#[prop(optional)] before: Option<Callback<()>>) -> impl IntoView {
    let widget = expect_context::<Widget>();
    let exit = Callback::new(move |()| {
        if let Some(before) = before {
            before.run(());
        }
        widget.quick_exit();
    });
    view! { <crate::quick_exit::QuickExitControl exit=exit /> }
}
