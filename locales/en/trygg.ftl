## The app's own screens. Instrument texts are in identification.ftl, needs.ftl,
## risk.ftl; texts every instrument shares are in common.ftl.

app-name = Trygg
app-tagline = Assessments that stay on this device

## Quick exit: hides the app at once.
quick-exit = Quick exit
quick-exit-hint = Hides Trygg at once. You can also press Esc twice.

## Actions used on many screens
action-back = Back
action-next = Next
action-cancel = Cancel
action-back-to-cases = Back to cases

## Home screen
home-title = Cases on this device
home-empty-title = No cases on this device yet
home-empty-body = A case holds the assessments you make with one woman. It is identified by a code, not by her name, and it never leaves this device unless you export it encrypted.
home-new-case = Start a new case
home-search-label = Find a case by its code
home-search-none = No case on this device has a code like that.
home-list-limited = Only the most recently changed cases are listed. Search by code, or show them all.
home-show-all = Show all cases ({ $count })
home-case-updated = Last change { $date }
home-case-no-assessments = No assessments yet
home-resume = Last interview in progress: { $instrument } for case { $code }.
home-resume-button = Continue where you left off
home-case-assessment = { $name }: { $stage }, { $answered } of { $total } answered

## Where an assessment stands
stage-not-started = not started
stage-in-progress = in progress
stage-complete = complete

## New case and consent
new-case-title = New case
new-case-code-label = Case code
new-case-code-hint = A code stands in for her name. Keep it somewhere safe, apart from this device, if you need to find the case again. You may change it.
new-case-code-invalid = A case code has six letters and digits, such as K7M-4QX (no 0, O, 1, I, L, U or V).
new-case-code-taken = Another case on this device already has this code.
new-case-role-label = Your role
new-case-role-hint = Consent is recorded with your role, never with your name.
new-case-create = Create the case
role-outreach-worker = Outreach worker
role-case-manager = Case manager
role-shelter-worker = Shelter worker
role-other-professional = Other professional

consent-record-legend = May the answers be recorded on this device?
consent-record-explain = Before anything is saved, tell her in your own words what will be recorded, that it stays encrypted on this device, that she can stop at any time and that she can skip any question. Then ask her.
consent-record-yes = Yes, she agrees that the answers are recorded
consent-record-no = No, she does not agree
consent-record-needed = Please record her answer: nothing is saved without her agreement.
consent-share-legend = May the results be shared with your organisation, encrypted?
consent-share-explain = You can also ask this later, before anything is shared. Her answer here does not change the help she can get.
consent-share-yes = Yes, she agrees that results may be shared, encrypted
consent-share-no = No, not for now
consent-declined-title = Nothing has been recorded
consent-declined-body = Her decision is respected: no case was created and nothing about her is stored on this device. You can still help her without recording anything:
consent-declined-step-listen = Listen, and tell her about her rights and the support she can get, whether or not she makes a statement to the police.
consent-declined-step-contacts = Give her contact details of support services and a safe place to stay, if she wants them.
consent-declined-step-later = Tell her she can come back to this at any time if she changes her mind.
consent-declined-change = She has changed her mind

consent-record-short = Recording on this device
consent-share-short = Sharing results
consent-not-asked = Not asked yet
consent-given = Agreed on { $date }
consent-declined = Declined on { $date }
consent-withdrawn = Withdrawn on { $date }

## A case
case-title = Case { $code }
case-created = Created
case-assessments = Assessments
case-assessment-started = started { $date }
case-assessment-progress = { $stage }, { $answered } of { $total } answered
case-continue = Continue
case-review-answers = Review answers
case-see-result = See the result
case-start-heading = Start a new assessment
case-start-assessment = { $instrument }
case-more = Report and case
case-report = Printable report
case-delete = Delete this case
case-delete-confirm-title = Delete this case?
case-delete-confirm-body = Case { $code } and all its assessments will be removed from this device. This cannot be undone.
case-delete-confirm = Yes, delete the case
case-delete-keep = No, keep it
case-missing-title = This case is not on this device
case-missing-body = It may have been deleted. Nothing else has changed.

## The interview
assessment-back-to-case = Case { $code }
assessment-back-to-case-short = Back to the case
assessment-section-of = Part { $current } of { $total }
assessment-answered-of = { $answered } of { $total } questions answered
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = All parts of this assessment
assessment-see-result = See the result
question-hint-toggle = Why this question?
question-clear = Clear the answer
question-note-toggle = Note
question-note-label = Your note on this question
need-urgency-label = How soon does she need this?
need-status-label = Where it stands
need-service-label = Service or organisation (optional)

## Results
result-title = Result: { $instrument }
result-back-to-case = Back to the case
result-review-answers = Review the answers
result-unavailable = This result cannot be shown. The answers are kept unchanged.
result-by-dimension = What the answers show, part by part
result-indicators-seen = Seen
result-indicators-unknown = Not known yet
result-note = Your note: { $note }
result-needs-count = { $count ->
    [0] No needs recorded yet.
    [one] One need in the care plan.
   *[other] { $count } needs in the care plan.
}
result-needs-none = No needs recorded yet.
result-need-service = Service: { $service }
result-none = None.
result-risk-reasons = What the level is based on
result-points = { $points } points
result-raise-toggle = Raise the level by professional judgement
result-raise-level = New level
result-raise-reason = Why (required)
result-raise-reason-needed = Please write why you are raising the level.
result-raise-save = Raise the level
result-return = Return to her home country or another country

## The printable report
report-title = Report for case { $code }
report-print = Print
report-printed = Printed { $date }
report-assessment-dates = Started { $started }, last change { $updated }
report-answers = All answers
report-confidential = Confidential. This report holds sensitive personal data: keep it locked away, share it only with people who need it to help her, and destroy it when it is no longer needed.

## Starting, saving, locking
starting = Opening Trygg…
save-saving = Saving…
save-saved = All answers saved
save-failed-short = Not saved
save-failed-title = Your latest answers could not be saved yet.
save-retry = Try again
lock-now = Lock

## First start: the passphrase
setup-title = Protect the data on this device
setup-explain = Everything you record in Trygg is encrypted on this device with a passphrase that only you know. You will need it every time you open Trygg and after it locks itself.
setup-no-recovery = If the passphrase is forgotten, nobody can recover the data: not you, not your organisation, not the makers of Trygg. The only way out is then to erase everything on this device.
setup-passphrase = Passphrase
setup-passphrase-hint = At least { $min } characters. A few unrelated words are easier to remember and harder to guess than one word with symbols.
setup-repeat = Repeat the passphrase
setup-strength-weak = Too easy to guess. Use at least { $min } characters, and mix words, digits or signs.
setup-strength-fair = Acceptable. Longer is stronger.
setup-strength-strong = Long and varied. Make sure it is not something others know about you.
setup-too-short = The passphrase needs at least { $min } characters.
setup-mismatch = The two passphrases are not the same.
setup-submit = Set the passphrase
setup-working = Protecting the data…

## Unlocking
unlock-title = Trygg is locked
unlock-explain = Enter your passphrase to open the cases on this device.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-working = Unlocking…
unlock-wrong = This passphrase does not open the data on this device. Check for typing errors and try again.
unlock-forgotten = Forgotten the passphrase?
unlock-forgotten-explain = The passphrase cannot be recovered, and the data cannot be opened without it. You can erase everything on this device and start again with a new passphrase.
erase-understood = I understand that every case on this device will be deleted for good.
erase-submit = Erase all data on this device
no-storage-title = Trygg cannot keep data in this browser
no-storage-body = This browser does not let Trygg store anything (this happens in some private windows and with some privacy settings). Nothing has been stored. Open Trygg in a normal window, or in another browser, to record assessments.

## Storage problems
storage-error-unavailable = The browser does not let Trygg store data here right now. Nothing stored before has changed.
storage-error-quota = The device is full, so the latest change could not be saved. Everything saved before is safe. Free some space on the device, then choose "Try again".
storage-error-connection = The browser closed Trygg's storage. Everything saved before is safe. Choose "Try again"; if this keeps happening, reload the page.
storage-error-no-vault = The data on this device was erased, possibly in another window. Trygg will start again.
storage-error-vault-exists = This device already has a passphrase. Reload the page to unlock.
storage-error-locked = Trygg was locked. Unlock it to continue; nothing saved has changed.
storage-error-conflict = Another window changed the same data at the same moment. Try again.
storage-error-corrupt = Some stored data is damaged and cannot be opened. Nothing else has changed.
storage-error-too-new = This data was saved by a newer version of Trygg. Update Trygg to open it.
storage-error-other = Something went wrong while saving. Everything saved before is safe. Try again.

## Settings
settings-title = Settings
settings-saved = Saved.
settings-lock-heading = Locking
settings-idle-label = Lock Trygg when it has not been used for
settings-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
settings-retention-heading = Keeping cases
settings-retention-label = Flag cases for review when unchanged for
settings-retention-hint = Your organisation decides how long cases may be kept. Flagged cases are not deleted: you decide.
settings-retention-none = Do not flag
settings-days = { $days } days
settings-persist-heading = Keeping the data on this device
settings-persist-yes = The browser keeps Trygg's data even when space runs low.
settings-persist-no = The browser may clear Trygg's data when space runs low. Installing Trygg as an app, or allowing it to store data permanently, prevents that.
settings-persist-unknown = This browser does not say whether it keeps Trygg's data when space runs low.
settings-passphrase-heading = Passphrase
settings-passphrase-old = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-submit = Change the passphrase
settings-passphrase-changed = The passphrase is changed. Use the new one from now on.
settings-passphrase-wrong-old = The current passphrase is not right; nothing was changed.
settings-erase-heading = Erase everything
settings-erase-explain = Deletes every case on this device and the passphrase. This cannot be undone.

## The same case in two windows
case-read-only = This case is open in another window or tab. Here you can read it; to edit it here, close it there.
case-opening = Opening the case…
home-unreadable = Stored cases that could not be opened because their data is damaged: { $count }. They are kept unchanged.
home-review-due = Unchanged for longer than your organisation keeps cases: review whether to keep it.

## Updates
update-ready = A new version of Trygg is ready.
update-now = Update now

## Errors shown to the user
error-app-start = Trygg could not start in this browser. Your saved data has not been changed. Try reloading the page.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Share results
home-export = Export cases
home-open-export = Open an export
case-export = Export this case
file-error-too-large = This file is too large to be what you are looking for.
file-error-unreadable = The file could not be read. Choose it again, or check that it still exists.

keys-heading = Organisation keys
keys-explain = Exports are encrypted to your organisation's public key, so that only the person holding the matching secret key can read them. Your organisation gives you its public key; it starts with "age1".
keys-none = No organisation keys on this device yet.
keys-add-heading = Add a public key
keys-label = Name for this key
keys-label-hint = For example the organisation and office. Not a person's name.
keys-public = Public key (age1…)
keys-load-file = Or load the key from a file
keys-add = Add the key
keys-added = The key was added.
keys-removed = The key was removed.
keys-remove = Remove
keys-remove-named = Remove the key { $label }
keys-error-empty = Paste a public key or choose a file that holds one.
keys-error-secret = This is a secret key. Never give it to the app: paste the public key, which starts with "age1".
keys-error-not-public = This is not a public key. A public key starts with "age1" and has 62 characters.
keys-error-not-secret = This is not a secret key. A secret key starts with "AGE-SECRET-KEY-".
keys-error-no-label = Give the key a name, so you can tell it apart from others.
keys-error-duplicate = This key is already on the list.
keys-create-heading = Create an organisation key
keys-create-explain = Do this once for your organisation, on a computer you trust. The app saves the secret key as a file and shows the public key, which workers add on their devices.
keys-create-warning = Keep the secret key file offline and safe, for example on a USB stick in a locked drawer, with a copy. Whoever has it can read every export made to this key. If it is lost, those exports can never be read. The app does not keep it.
keys-create = Create a key and save the secret key file
keys-create-saved = The secret key was saved as { $file } in your downloads. Move it somewhere safe now.
keys-create-failed = The secret key file could not be saved. Nothing was created; try again.
keys-create-public = Public key to give to workers:
keys-copy = Copy the public key
keys-copied = The public key was copied.
keys-copy-failed = Copying was not allowed by the browser. Select the key and copy it by hand.

export-title = Export cases
export-explain = The export is one encrypted file. Only the organisation keys or the passphrase you choose can open it. Cases are exported only when she has agreed to sharing.
export-cases-legend = Cases to export
export-no-consent = No agreement to sharing is recorded for this case.
export-record-consent = She has agreed to sharing: record it
export-protect-legend = Who may open the file
export-method-keys = Organisation keys
export-method-passphrase = A passphrase
export-keys-legend = Organisation keys
export-no-keys = No organisation keys on this device yet. Add your organisation's public key in Settings, or use a passphrase.
export-go-settings = Go to Settings
export-passphrase-hint = At least { $min } characters. Give it to the person who opens the file in another way than the file itself, for example by phone.
export-passphrase = Passphrase for this file
export-submit = Export
export-busy = Encrypting…
export-done = { $count ->
    [one] One case was exported as { $file } in your downloads.
   *[other] { $count } cases were exported as { $file } in your downloads.
}
export-error-no-cases = Choose at least one case she has agreed to share.
export-error-no-keys = Choose at least one organisation key.
export-error-short = The passphrase needs at least { $min } characters.
export-error-save = The file could not be saved. Nothing was shared; try again.

open-title = Open an export
open-explain = Read an encrypted export on this device. The file is opened in memory only; nothing is stored unless you import a case.
open-file-label = Export file (.trygg.age)
open-unlock-legend = Open it with
open-with-key-file = The secret key file
open-with-pasted-key = A pasted secret key
open-with-passphrase = The passphrase
open-key-file-label = Secret key file
open-pasted-key-label = Secret key (AGE-SECRET-KEY-…)
open-passphrase-label = Passphrase of the file
open-not-stored = The key or passphrase is used once and never stored.
open-submit = Open
open-busy = Opening…
open-another = Open another file
open-back-to-export = Back to the export
open-summary = { $count ->
    [one] One case, exported { $date } with Trygg { $version }.
   *[other] { $count } cases, exported { $date } with Trygg { $version }.
}
open-case-details = { $count ->
    [one] One assessment, last changed { $date }
   *[other] { $count } assessments, last changed { $date }
}
open-read-report = Read the report
open-import = Import into this device
open-imported = The case is now on this device.
open-same-version = This device already has exactly this version of the case.
open-import-all = Import all { $count } cases
open-import-all-imported = { $count ->
    [one] One case was imported.
   *[other] { $count } cases were imported.
}
open-import-all-same = { $count ->
    [one] One case was already on this device, unchanged.
   *[other] { $count } cases were already on this device, unchanged.
}
open-import-all-to-choose = { $count ->
    [one] One case is on this device in another version. Choose below which version to keep.
   *[other] { $count } cases are on this device in another version. Choose below, for each, which version to keep.
}
open-conflict-title = This case is already on this device
open-conflict-body = The version on this device was last changed { $device }. The version in the file was last changed { $file }. Replace the version on this device with the one in the file?
open-conflict-replace = Replace with the file's version
open-conflict-keep = Keep this device's version
open-error-no-file = Choose the export file first.
open-error-no-key-file = Choose the secret key file.
open-error-no-passphrase = Type the passphrase of the file.
open-error-empty = The file is empty. It may not have been saved completely; ask for it again.
open-error-too-large = The file is larger than { $mib } MiB, more than any Trygg export. It was not read.
open-error-not-age = This is not an encrypted Trygg export. Check that you chose the right file (its name ends in .trygg.age).
open-error-damaged = The file is damaged or incomplete, so it cannot be opened. Ask for it to be sent again.
open-error-needs-passphrase = This file is protected by a passphrase, not by a key. Choose "The passphrase".
open-error-needs-key = This file is protected by organisation keys, not by a passphrase. Choose the secret key.
open-error-wrong-key = This key cannot open the file. It was made for another key, or it is damaged.
open-error-wrong-passphrase = The passphrase is not right, or the file is damaged. Check the passphrase and try again.
open-error-too-much-work = Opening this file would take more memory than this device allows. Open it on a computer with the trygg command line.
open-error-not-trygg = The file opened, but it holds something other than a Trygg export.
open-error-too-new = This export was made by a newer version of Trygg. Update Trygg to open it.
open-error-invalid = The export opened, but its content is damaged. Ask for it to be sent again.

## Training with fictional cases

training-mark = Training — fictional case. Nothing here is real, and nothing is kept.
training-entry-heading = Training
training-entry-explain = Practise identification on fictional cases, for example in a seminar. No passphrase is needed: training never touches real cases.
training-entry = Practise with a fictional case
training-load-failed = The practice cases could not be loaded on this device just now. Try again when the device is online.
training-title = Training
training-leave = Leave training
training-explain = Read a fictional woman's story, answer the identification as if you had met her, and compare your answers with those of experienced workers. Your answers are kept only until you leave training.
training-scenarios = Scenarios
training-start = Practise this scenario
training-open-file = Or open a scenario file from your trainer (.trygg-scenario.json)
training-trainers = For trainers
training-trainers-explain = Open the result files your trainees saved to see how the group answered, scenario by scenario.
training-group-summary = Group summary
training-back-to-scenarios = Back to the scenarios
training-story-explain = Read the whole story first. Then answer the questions from what the story tells you: where it says nothing, answer "Don't know".
training-begin = Answer the identification
training-feedback-title = Feedback: { $scenario }
training-agreement = You agreed with the reference on { $matched } of { $total } indicators ({ $percent } %).
training-conclusion = Conclusion
training-conclusion-same = Your conclusion is the same as the reference.
training-conclusion-different = Your conclusion differs from the reference. The differences below explain why.
training-yours = Your answers
training-reference = Reference
training-yours-reference = You: { $yours }. Reference: { $reference }.
training-finding-present = seen
training-finding-absent = not there
training-finding-unknown = not known
training-finding-not-relevant = not asked
training-missed = { $count ->
    [one] One indicator missed
   *[other] { $count } indicators missed
}
training-missed-explain = The story shows these indicators, but your answers say they are not there.
training-over-called = { $count ->
    [one] One indicator seen where the reference does not see it
   *[other] { $count } indicators seen where the reference does not see them
}
training-over-called-explain = Your answers see these indicators, but the story does not support them.
training-unknown = { $count ->
    [one] One indicator known on one side only
   *[other] { $count } indicators known on one side only
}
training-unknown-explain = One of you answered "Don't know" (or did not get to the question) where the other had an answer.
training-matched-list = { $count ->
    [one] One indicator where you agree
   *[other] { $count } indicators where you agree
}
training-dimensions = Dimension by dimension
training-dimension = Dimension
training-save-heading = Save your result
training-save-explain = Your trainer can put the results of the whole group together. The file holds your answers to this fictional case and, if you like, a nickname; nothing else.
training-nickname = Nickname (optional)
training-save = Save my result file
training-saved = Saved as { $file } in your downloads.
training-save-failed = The file could not be saved. Try again.
training-summary-title = Group summary
training-summary-explain = Choose the result files of your group, all at once. Trygg counts them per scenario; the files are read on this device only.
training-result-files = Result files (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] One trainee. Same conclusion as the reference: { $agreeing }. Mean agreement on indicators: { $percent } %.
   *[other] { $trainees } trainees. Same conclusion as the reference: { $agreeing }. Mean agreement on indicators: { $percent } %.
}
training-chart-conclusion = Conclusion compared with the reference
training-chart-agreeing = Same conclusion
training-chart-differing = Different conclusion
training-chart-dimensions = Trainees agreeing with the reference, per dimension
training-chart-missed = Indicators most often missed
training-chart-over-called = Indicators most often seen where the reference does not see them
training-error-not-scenario = This is not a Trygg scenario file.
training-error-not-result = This is not a Trygg training result file.
training-error-too-new = This file was made by a newer version of Trygg. Update Trygg to open it.
training-error-damaged = This file is damaged and cannot be read.
training-error-no-reference = This scenario has no reference answers for the identification, so it cannot be practised.
training-error-unknown-scenario = This result is for a scenario that is not loaded. Open that scenario file first.

## Languages: the picker in the header, and her language in an interview
language-label = Language
language-draft = Draft translation
language-draft-explain = Not yet checked by a fluent speaker. Check important wording with an interpreter.
language-load-failed = This language ({ $language }) could not be loaded on this device just now, so the texts stay as they were. Try again when the device is connected to the internet.
respondent-language-label = Her language
respondent-language-hint = Each question is shown in your language and, beneath it, in hers, so that she can read along or an interpreter can check the wording.
respondent-load-failed = The questions cannot be shown in her language ({ $language }) just now, only in yours. Try again when the device is connected to the internet.
action-close = Close

## Training: the scenario editor

training-write = Write a scenario
training-editor-title = Write a scenario
training-editor-explain = Write a fictional woman's story in short parts, answer the identification as an experienced worker would from that story, and say for each indicator why it applies or not. Then save the file and give it to your trainees. Everything stays on this device until you save it.
training-editor-title-label = Title
training-editor-summary-label = One sentence about the scenario
training-editor-story = The story
training-editor-part = Part { $number }
training-editor-add-part = Add a part
training-editor-reference = Reference answers
training-editor-answered = { $count ->
    [one] One question answered so far.
   *[other] { $count } questions answered so far.
}
training-editor-answer = Answer the identification as the reference
training-editor-explanations = Why each indicator applies or not
training-editor-explanations-explain = Trainees read these when their answer differs from the reference. One or two sentences each are enough.
training-editor-save = Save the scenario file
training-editor-saved = Saved as { $file } in your downloads.
training-editor-error-empty = Give the scenario a title and at least one part of the story.
training-editor-error-no-answers = Answer the identification as the reference first.
## The widget: Trygg on an organisation's own website (<trygg-assessment>). In the
## self-check a woman answers on her own, so these texts speak to her directly.
## $organisation is the organisation's name as its website gives it (never inflected).
widget-error-config = This form cannot be shown, because it is not set up correctly. Please let the organisation running this website know.
widget-self-check-title = A private check of your situation
widget-self-check-intro = These questions are about your situation and your safety. There are no right or wrong answers. You can always answer that you don't know or would rather not say, and you can stop at any time.
widget-self-check-private = Your answers are not saved, and nothing is sent without your agreement. If someone comes, press Quick exit: the page disappears at once.
widget-start = Start
widget-share-title = Share your answers?
widget-share-body = If you want, you can share your answers with { $organisation }. They are encrypted, so only { $organisation } can read them. Your name is not included. You will see your result either way.
widget-share-yes = Share my answers
widget-share-no = Do not share
widget-shared = Your answers were shared, encrypted, with { $organisation }.
widget-result-title = Your result
widget-result-concern = Some of your answers show that you may need help or protection. This is not your fault, and you do not have to deal with it alone.
widget-result-unclear = Many questions were left open, so this check cannot say much. If something worries you, it is fine to talk to someone about it.
widget-result-no-concern = Your answers do not show clear reasons for concern. If something still worries you, it is fine to talk to someone about it.
widget-result-not-a-decision = This check does not decide anything about you, and it does not report you to anyone. Only you decide what to do next.
widget-emergency = If you are in danger now, call 112.
widget-help-title = Where you can get help
widget-start-over = Clear my answers and start again
