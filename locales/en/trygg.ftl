## The app's own screens. Instrument texts are in identification.ftl, needs.ftl, risk.ftl.

app-name = Trygg
app-tagline = Assessments that stay on this device

## Quick exit: hides the app at once.
quick-exit = Quick exit
quick-exit-hint = Hides Trygg at once. You can also press Esc twice.

## Home screen
home-title = Cases on this device
home-empty-title = No cases on this device yet
home-empty-body = A case holds the assessments you make with one woman. It is identified by a code, not by her name, and it never leaves this device unless you export it encrypted.
home-new-case = Start a new case

## Errors shown to the user
error-app-start = Trygg could not start in this browser. Your saved data has not been changed. Try reloading the page.
