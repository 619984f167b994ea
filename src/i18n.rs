//! Localisation: every text a user reads comes from the Fluent files in `locales/`,
//! through i18n-embed. UI message ids are checked at compile time by `fl!` (through
//! the [`tr!`](crate::tr) macro); instrument ids, which come from data, by core's
//! message-id lists and the locale tests.
//!
//! English, the source language, is inside the program: the first screen never
//! waits for the network, and every message has a fallback. Every other language
//! is a set of plain files in the build (`locales/<tag>/<file>.ftl`, copied there by
//! Trunk), fetched only when it is chosen, checked, and handed to the loader. Two
//! loaders exist: [`LOADER`] for the worker's language (the whole UI), and
//! [`RESPONDENT`] for the woman's language in a two-language interview.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;
use std::time::Duration;

use fluent_syntax::ast::Entry;
use i18n_embed::{fluent::FluentLanguageLoader, I18nAssets, LanguageLoader};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;
use trygg_core::locale::{self, Language, Review, LANGUAGES, LANGUAGE_DETAILS, LOCALE_FILES};
use unic_langid::LanguageIdentifier;
use wasm_bindgen_futures::JsFuture;

/// Where the worker's chosen language is remembered between visits. A language
/// tag is not case data; nothing else of Trygg's goes into `localStorage`.
pub const STORAGE_KEY: &str = "trygg-language";

/// How long the first screen waits for a fetched start-up language before it
/// shows in English (the language follows as soon as it arrives).
const STARTUP_WAIT: Duration = Duration::from_millis(2500);

/// The English files a start needs, in the order of `core::locale::LOCALE_FILES`.
/// The training texts (`training.ftl`, a fifth of all English text) are fetched
/// only when training starts: see [`load_training`].
const ENGLISH: [&str; 5] = [
    include_str!("../locales/en/trygg.ftl"),
    include_str!("../locales/en/common.ftl"),
    include_str!("../locales/en/identification.ftl"),
    include_str!("../locales/en/needs.ftl"),
    include_str!("../locales/en/risk.ftl"),
];

/// The file of the training scenarios' texts, fetched only for training.
const TRAINING_FILE: &str = "training";

/// The loader of the worker's language: every text of the app.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(new_loader);

/// The loader of the woman's language, for the second text under each question of
/// a two-language interview.
pub static RESPONDENT: LazyLock<FluentLanguageLoader> = LazyLock::new(new_loader);

fn new_loader() -> FluentLanguageLoader {
    let fallback: LanguageIdentifier = locale::SOURCE_LANGUAGE.parse().unwrap_or_default();
    FluentLanguageLoader::new("trygg", fallback)
}

thread_local! {
    /// The active language. Reading it inside a view makes that text follow a switch.
    static ACTIVE: ArcRwSignal<&'static str> = ArcRwSignal::new(locale::SOURCE_LANGUAGE);
    /// The UI language being fetched, if any.
    static LOADING: ArcRwSignal<Option<&'static str>> = ArcRwSignal::new(None);
    /// A UI language that could not be loaded (until a later choice succeeds or the
    /// notice is closed).
    static FAILED: ArcRwSignal<Option<&'static str>> = ArcRwSignal::new(None);
    /// Whether the frame may show: false only while the start-up language is fetched.
    static READY: ArcRwSignal<bool> = ArcRwSignal::new(true);
    /// The language whose texts [`RESPONDENT`] holds.
    static RESPONDENT_ACTIVE: ArcRwSignal<Option<&'static str>> = ArcRwSignal::new(None);
    /// Files fetched in this page's life, by language: a switch back costs nothing.
    static FETCHED: RefCell<HashMap<&'static str, Rc<Vec<String>>>> = RefCell::new(HashMap::new());
    /// Training texts fetched so far, per language (English's too).
    static FETCHED_TRAINING: RefCell<HashMap<&'static str, Rc<String>>> = RefCell::new(HashMap::new());
    /// Whether training has started: from then on every language loads with its
    /// training texts.
    static TRAINING_WANTED: Cell<bool> = const { Cell::new(false) };
    /// Whether the training texts are in the loader (set once, by `load_training`).
    static TRAINING_LOADED: Cell<bool> = const { Cell::new(false) };
    /// Numbers the latest request per loader, so only the latest choice is applied.
    static UI_REQUEST: Cell<u32> = const { Cell::new(0) };
    /// Where language files are fetched from: the page's folder for the app, the
    /// widget's own folder on an organisation's page.
    static FILES_FOLDER: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the page is Trygg's own: only then does the language set
    /// `<html lang>`. A widget's page belongs to its organisation.
    static OWNS_PAGE: Cell<bool> = const { Cell::new(true) };
    static RESPONDENT_REQUEST: Cell<u32> = const { Cell::new(0) };
}

/// Subscribes the current reactive scope to language changes.
pub fn track() {
    ACTIVE.with(|active| active.track());
}

/// The active language tag, e.g. `"en"` (not tracked).
pub fn active() -> &'static str {
    ACTIVE.with(|active| active.get_untracked())
}

/// The active language tag, tracked: the caller re-runs on a switch.
pub fn active_tracked() -> &'static str {
    ACTIVE.with(|active| active.get())
}

/// The UI language being fetched right now, if any (tracked).
pub fn loading() -> Option<&'static str> {
    LOADING.with(|loading| loading.get())
}

/// The UI language that could not be loaded, if any (tracked).
pub fn failed() -> Option<&'static str> {
    FAILED.with(|failed| failed.get())
}

/// Closes the notice about a language that could not be loaded.
pub fn dismiss_failure() {
    FAILED.with(|failed| failed.set(None));
}

/// Whether the frame may show (tracked): false only while the start-up language
/// is fetched, for at most a few seconds.
pub fn ready() -> bool {
    READY.with(|ready| ready.get())
}

/// Every language the app offers, source first.
pub fn languages() -> &'static [Language] {
    LANGUAGE_DETAILS
}

/// Whether a language's texts are a draft translation, not yet reviewed.
pub fn is_draft(tag: &str) -> bool {
    locale::details(tag).is_some_and(|l| l.review == Review::Draft)
}

/// The language's name in the language itself, e.g. "Latviešu".
pub fn name_of(tag: &str) -> &'static str {
    locale::details(tag).map_or("", |l| l.name)
}

/// Looks up a UI message: `tr!("home-title")` or `tr!("id", name = value)`.
/// Inside `move ||` closures in views the text follows language switches.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {{
        $crate::i18n::track();
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        $crate::i18n::track();
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    }};
}

/// A UI message as a view that follows language switches: `{tv!("home-title")}`,
/// or as an attribute, `title=tv!("quick-exit-hint")`. The same as
/// `move || tr!("…")`, but every call site shares one closure type, so the view
/// code is generated once rather than once per text (it was a tenth of the wasm).
/// The id is still checked at compile time.
#[macro_export]
macro_rules! tv {
    ($id:literal) => {{
        // Never called: only makes `fl!` check the id at compile time.
        let _checked = || i18n_embed_fl::fl!($crate::i18n::LOADER, $id);
        $crate::i18n::view_text($id)
    }};
}

/// The text behind [`tv!`]: one closure type for every UI message.
pub fn view_text(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || text(id)
}

/// Looks up a message whose id comes from data (an instrument's question, say).
pub fn text(id: &str) -> String {
    track();
    LOADER.get(id)
}

/// Looks up a data-driven message that takes one number, e.g. `$count` for plurals.
pub fn text_count(id: &str, name: &'static str, count: usize) -> String {
    track();
    let mut args = std::collections::HashMap::new();
    args.insert(name, count);
    LOADER.get_args(id, args)
}

/// A message in the woman's language, once [`load_respondent`] has loaded
/// `language`; `None` until then (tracked, so the text appears when it arrives).
pub fn respondent_text(language: &str, id: &str) -> Option<String> {
    let loaded = RESPONDENT_ACTIVE.with(|active| active.get());
    (loaded == Some(language)).then(|| RESPONDENT.get(id))
}

/// Serves one language's files (and the embedded English fallback) to i18n-embed,
/// which asks for `<lang>/trygg.ftl` and gets every file of that language.
struct Assets<'a> {
    language: &'a str,
    files: &'a [String],
}

impl I18nAssets for Assets<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let language = file_path.split('/').next().unwrap_or_default();
        if language == locale::SOURCE_LANGUAGE {
            let mut files: Vec<Cow<'_, [u8]>> = ENGLISH
                .iter()
                .map(|text| Cow::Borrowed(text.as_bytes()))
                .collect();
            if let Some(training) = fetched_training(locale::SOURCE_LANGUAGE) {
                files.push(Cow::Owned(training.as_bytes().to_vec()));
            }
            files
        } else if language == self.language {
            self.files
                .iter()
                .map(|text| Cow::Borrowed(text.as_bytes()))
                .collect()
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(
            [locale::SOURCE_LANGUAGE, self.language]
                .into_iter()
                .map(|language| format!("{language}/trygg.ftl")),
        )
    }
}

/// Loads `language` (with English behind it for anything missing) into `loader`.
fn apply(loader: &FluentLanguageLoader, language: &str, files: &[String]) -> bool {
    let Ok(id) = language.parse::<LanguageIdentifier>() else {
        return false;
    };
    if loader
        .load_languages(&Assets { language, files }, &[id])
        .is_err()
    {
        return false;
    }
    // Loading makes new bundles, which isolate placeables again by default: the
    // marks only matter for mixed-direction text, all our languages are
    // left-to-right, and the marks leak into copied text.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(crate::format::fluent_number)));
    true
}

fn set_active(language: &'static str) {
    ACTIVE.with(|active| active.set(language));
    if !OWNS_PAGE.with(Cell::get) {
        return;
    }
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("lang", language);
    }
}

/// How a request to load a language ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// The language is in use.
    Yes,
    /// It could not be fetched or read: the language in use stays.
    Failed,
    /// A later request came first; this one changed nothing.
    Superseded,
}

/// Makes `language` the UI language: fetched first unless it is English or was
/// fetched before. While it loads, the screen stays as it is. When it cannot be
/// loaded, the current language stays, with a notice; a later call supersedes an
/// earlier one still loading.
pub async fn select(language: &'static str) -> Loaded {
    let request = UI_REQUEST.with(|r| {
        r.set(r.get().wrapping_add(1));
        r.get()
    });
    let files = if language == locale::SOURCE_LANGUAGE {
        Ok(Rc::new(Vec::new()))
    } else {
        LOADING.with(|loading| loading.set(Some(language)));
        language_files(language).await
    };
    if UI_REQUEST.with(Cell::get) != request {
        return Loaded::Superseded;
    }
    LOADING.with(|loading| loading.set(None));
    match files {
        Ok(files) if apply(&LOADER, language, &files) => {
            set_active(language);
            FAILED.with(|failed| failed.set(None));
            Loaded::Yes
        }
        _ => {
            FAILED.with(|failed| failed.set(Some(language)));
            Loaded::Failed
        }
    }
}

/// Loads the woman's language into [`RESPONDENT`]. When it cannot be loaded, the
/// interview shows the worker's language only.
pub async fn load_respondent(language: &'static str) -> Loaded {
    let request = RESPONDENT_REQUEST.with(|r| {
        r.set(r.get().wrapping_add(1));
        r.get()
    });
    if RESPONDENT_ACTIVE.with(|active| active.get_untracked()) == Some(language) {
        return Loaded::Yes;
    }
    let files = if language == locale::SOURCE_LANGUAGE {
        Ok(Rc::new(Vec::new()))
    } else {
        language_files(language).await
    };
    if RESPONDENT_REQUEST.with(Cell::get) != request {
        return Loaded::Superseded;
    }
    match files {
        Ok(files) if apply(&RESPONDENT, language, &files) => {
            RESPONDENT_ACTIVE.with(|active| active.set(Some(language)));
            Loaded::Yes
        }
        _ => Loaded::Failed,
    }
}

/// Fetches the training scenarios' texts (English, and the language in use) and
/// adds them to the texts. Until this has said [`Loaded::Yes`], no training
/// screen may show. Offline, the service worker has the files after one visit.
pub async fn load_training() -> Loaded {
    let language = active();
    if TRAINING_LOADED.with(Cell::get) {
        // Loaded when training first started; every language loaded since has
        // brought its training texts along.
        return Loaded::Yes;
    }
    TRAINING_WANTED.with(|wanted| wanted.set(true));
    let english = training_file(locale::SOURCE_LANGUAGE).await;
    let files = if language == locale::SOURCE_LANGUAGE {
        Ok(Rc::new(Vec::new()))
    } else {
        language_files(language).await
    };
    if active() != language {
        // The language changed meanwhile; its own load included the training texts.
        return Loaded::Superseded;
    }
    match (english, files) {
        (Ok(_), Ok(files)) if apply(&LOADER, language, &files) => {
            TRAINING_LOADED.with(|loaded| loaded.set(true));
            Loaded::Yes
        }
        _ => {
            TRAINING_WANTED.with(|wanted| wanted.set(false));
            Loaded::Failed
        }
    }
}

/// Chooses the start-up language: the one chosen before on this device, else the
/// browser's preferences (`core::locale::negotiate`). English shows at once; any
/// other language is fetched while the frame waits a moment, hidden.
pub fn init() {
    if apply(&LOADER, locale::SOURCE_LANGUAGE, &[]) {
        set_active(locale::SOURCE_LANGUAGE);
    }
    let wanted = remembered().unwrap_or_else(|| {
        let preferred: Vec<String> = web_sys::window()
            .map(|window| window.navigator().languages())
            .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
            .unwrap_or_default();
        locale::negotiate(preferred.iter().map(String::as_str), LANGUAGES)
    });
    start_in(wanted);
}

/// The widget's start: English at once, then `wanted` (the element's `lang`)
/// fetched from the widget's own `folder`, while the widget waits a moment, hidden.
/// Unlike [`init`], nothing on the host's page is read or changed: not its
/// `<html lang>`, not its `localStorage`.
pub fn init_embedded(folder: &str, wanted: &'static str) {
    OWNS_PAGE.with(|owns| owns.set(false));
    FILES_FOLDER.with(|base| *base.borrow_mut() = Some(folder.to_string()));
    if apply(&LOADER, locale::SOURCE_LANGUAGE, &[]) {
        set_active(locale::SOURCE_LANGUAGE);
    }
    start_in(wanted);
}

/// Starts in `wanted`: English shows at once; another language is fetched while
/// the texts wait a moment, hidden ([`ready`]), so they never flash in English.
fn start_in(wanted: &'static str) {
    if wanted == locale::SOURCE_LANGUAGE {
        return;
    }
    READY.with(|ready| ready.set(false));
    spawn_local(async move {
        select(wanted).await;
        READY.with(|ready| ready.set(true));
    });
    set_timeout(|| READY.with(|ready| ready.set(true)), STARTUP_WAIT);
}

/// The address of one language file, below the widget's folder when embedded.
fn file_address(language: &str, file: &str) -> String {
    let path = locale::file_url(language, file);
    FILES_FOLDER.with(|base| match base.borrow().as_deref() {
        Some(folder) if folder.ends_with('/') => format!("{folder}{path}"),
        Some(folder) => format!("{folder}/{path}"),
        None => path,
    })
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language chosen before on this device, if it is still shipped.
fn remembered() -> Option<&'static str> {
    let stored = local_storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    LANGUAGES.iter().copied().find(|tag| *tag == stored)
}

/// Remembers the worker's choice for the next start (only the tag).
pub fn remember(language: &'static str) {
    if let Some(storage) = local_storage() {
        // A full or forbidden storage only costs the choice at the next start.
        let _ = storage.set_item(STORAGE_KEY, language);
    }
}

/// A language's files, fetched (all at once) the first time; with its training
/// texts once training has started. Every file must parse as Fluent and hold
/// messages: a captive portal's page or a server's fallback page is refused
/// rather than shown as texts.
async fn language_files(language: &'static str) -> Result<Rc<Vec<String>>, ()> {
    let start = match FETCHED.with(|fetched| fetched.borrow().get(language).cloned()) {
        Some(files) => files,
        None => {
            let names: Vec<&str> = LOCALE_FILES
                .iter()
                .copied()
                .filter(|file| *file != TRAINING_FILE)
                .collect();
            let files = Rc::new(fetch_files(language, &names).await?);
            FETCHED.with(|fetched| fetched.borrow_mut().insert(language, files.clone()));
            files
        }
    };
    if !TRAINING_WANTED.with(Cell::get) {
        return Ok(start);
    }
    let training = training_file(language).await?;
    let mut all = (*start).clone();
    all.push((*training).clone());
    Ok(Rc::new(all))
}

/// One language's training texts, fetched the first time.
async fn training_file(language: &'static str) -> Result<Rc<String>, ()> {
    if let Some(text) = fetched_training(language) {
        return Ok(text);
    }
    let text = Rc::new(
        fetch_files(language, &[TRAINING_FILE])
            .await?
            .pop()
            .ok_or(())?,
    );
    FETCHED_TRAINING.with(|fetched| fetched.borrow_mut().insert(language, text.clone()));
    Ok(text)
}

fn fetched_training(language: &str) -> Option<Rc<String>> {
    FETCHED_TRAINING.with(|fetched| fetched.borrow().get(language).cloned())
}

/// Fetches `names` of one language, all requests at once, each checked to be Fluent.
async fn fetch_files(language: &str, names: &[&str]) -> Result<Vec<String>, ()> {
    let window = web_sys::window().ok_or(())?;
    let requests: Vec<JsFuture> = names
        .iter()
        .map(|file| JsFuture::from(window.fetch_with_str(&file_address(language, file))))
        .collect();
    let mut texts = Vec::with_capacity(requests.len());
    for request in requests {
        let response: web_sys::Response =
            request.await.map_err(|_| ())?.dyn_into().map_err(|_| ())?;
        if !response.ok() {
            return Err(());
        }
        let text = JsFuture::from(response.text().map_err(|_| ())?)
            .await
            .map_err(|_| ())?
            .as_string()
            .ok_or(())?;
        if !is_fluent(&text) {
            return Err(());
        }
        texts.push(text);
    }
    Ok(texts)
}

/// Whether a fetched file is a Fluent file with at least one message.
fn is_fluent(text: &str) -> bool {
    match fluent_syntax::parser::parse_runtime(text) {
        Ok(resource) => resource
            .body
            .iter()
            .any(|entry| matches!(entry, Entry::Message(_))),
        Err(_) => false,
    }
}
