//! Home: the cases on this device, and the way to start a new one.

use leptos::prelude::*;

use crate::tr;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title">{move || tr!("home-title")}</h1>
            <div class="empty-state">
                <h2>{move || tr!("home-empty-title")}</h2>
                <p>{move || tr!("home-empty-body")}</p>
                <button type="button" class="button primary">
                    {move || tr!("home-new-case")}
                </button>
            </div>
        </section>
    }
}
