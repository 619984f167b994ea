//! The app's frame: header with the quick exit, and the current screen.

use leptos::prelude::*;

use crate::quick_exit::{self, QuickExitButton};
use crate::screens::home::Home;
use crate::{i18n, tr};

#[component]
pub fn App() -> impl IntoView {
    i18n::init();
    quick_exit::install_escape_shortcut();

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">{move || tr!("app-name")}</span>
            </div>
            <QuickExitButton />
        </header>
        <main id="main" class="screen" tabindex="-1">
            <Home />
        </main>
    }
}
