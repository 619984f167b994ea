fn main() {
    // The same build also runs on other sites' pages as the widget (`embed.js`
    // calls `trygg::widget::mount_widget` there): only the app's own page, marked
    // `<body data-trygg-app>`, gets the app.
    if trygg::widget::is_app_page() {
        leptos::mount::mount_to_body(trygg::App);
    }
}
