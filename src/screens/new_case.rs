//! New case: a proposed pseudonymous code, the worker's role, and her consent.
//! Nothing is stored until she has agreed to the recording; if she declines, the
//! worker is told what to do instead and nothing is kept.

use leptos::prelude::*;
use trygg_core::case::{Case, ConsentDecision, ConsentPurpose, ConsentRecord};
use trygg_core::code::CaseCode;

use crate::state::{new_case_id, now, use_app, Screen};
use crate::tr;
use crate::tv;

/// Roles a worker records consent as (never a name).
pub const ROLES: [&str; 4] = [
    "outreach-worker",
    "case-manager",
    "shelter-worker",
    "other-professional",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Choice {
    Unanswered,
    Yes,
    No,
}

#[component]
pub fn NewCase() -> impl IntoView {
    let app = use_app();
    let code_text = RwSignal::new(app.fresh_code().to_string());
    let role = RwSignal::new(ROLES[0].to_string());
    let record = RwSignal::new(Choice::Unanswered);
    let share = RwSignal::new(Choice::Unanswered);
    let tried = RwSignal::new(false);

    let code_problem = Memo::new(move |_| match CaseCode::parse(&code_text.get()) {
        Err(_) => Some("new-case-code-invalid"),
        Ok(code) if app.cases.with(|cases| cases.iter().any(|c| c.code == code)) => {
            Some("new-case-code-taken")
        }
        Ok(_) => None,
    });

    let create = move |_| {
        tried.set(true);
        if code_problem.get_untracked().is_some() || record.get_untracked() != Choice::Yes {
            return;
        }
        let Ok(code) = CaseCode::parse(&code_text.get_untracked()) else {
            return;
        };
        let at = now();
        let id = new_case_id();
        let mut case = Case::new(id.clone(), code, at);
        let recorded_by = role.get_untracked();
        case.record_consent(ConsentRecord {
            purpose: ConsentPurpose::AgreementToManagePersonalData,
            decision: ConsentDecision::Given,
            at,
            recorded_by: recorded_by.clone(),
        });
        let share_decision = match share.get_untracked() {
            Choice::Yes => Some(ConsentDecision::Given),
            Choice::No => Some(ConsentDecision::Declined),
            Choice::Unanswered => None,
        };
        if let Some(decision) = share_decision {
            case.record_consent(ConsentRecord {
                purpose: ConsentPurpose::AgreementToShareData,
                decision,
                at,
                recorded_by,
            });
        }
        app.add_case(case);
        app.go(Screen::Case(id));
    };

    view! {
        <section class="new-case" aria-labelledby="new-case-title">
            <h1 id="new-case-title">{tv!("new-case-title")}</h1>
            <Show
                when=move || record.get() != Choice::No
                fallback=move || view! { <DeclinedRecording on_back=move || record.set(Choice::Unanswered) /> }
            >
                <div class="field">
                    <label for="case-code">{tv!("new-case-code-label")}</label>
                    <p class="field-hint" id="case-code-hint">{tv!("new-case-code-hint")}</p>
                    <input
                        id="case-code"
                        class="code-input"
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="case-code-hint case-code-error"
                        aria-invalid=move || code_problem.get().is_some().to_string()
                        prop:value=move || code_text.get()
                        on:input=move |ev| code_text.set(event_target_value(&ev))
                    />
                    <p class="field-error" id="case-code-error" aria-live="polite">
                        {move || code_problem.get().map(|id| match id {
                            "new-case-code-taken" => tr!("new-case-code-taken"),
                            _ => tr!("new-case-code-invalid"),
                        })}
                    </p>
                </div>

                <div class="field">
                    <label for="worker-role">{tv!("new-case-role-label")}</label>
                    <p class="field-hint" id="worker-role-hint">{tv!("new-case-role-hint")}</p>
                    <select autocomplete="off"
                        id="worker-role"
                        aria-describedby="worker-role-hint"
                        on:change=move |ev| role.set(event_target_value(&ev))
                    >
                        {ROLES
                            .iter()
                            .map(|r| {
                                let value = r.to_string();
                                view! {
                                    <option value=value.clone() selected=move || role.get() == value>
                                        {move || role_text(r)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>

                <fieldset class="consent">
                    <legend>{tv!("consent-record-legend")}</legend>
                    <p class="field-hint">{tv!("consent-record-explain")}</p>
                    <ConsentChoice
                        name="consent-record"
                        choice=record
                        yes=tv!("consent-record-yes")
                        no=tv!("consent-record-no")
                    />
                    <p class="field-error" aria-live="polite">
                        {move || (tried.get() && record.get() == Choice::Unanswered)
                            .then(|| tr!("consent-record-needed"))}
                    </p>
                </fieldset>

                <fieldset class="consent">
                    <legend>{tv!("consent-share-legend")}</legend>
                    <p class="field-hint">{tv!("consent-share-explain")}</p>
                    <ConsentChoice
                        name="consent-share"
                        choice=share
                        yes=tv!("consent-share-yes")
                        no=tv!("consent-share-no")
                    />
                </fieldset>

                <div class="actions">
                    <button type="button" class="button primary" on:click=create>
                        {tv!("new-case-create")}
                    </button>
                    <button type="button" class="button secondary" on:click=move |_| app.go(Screen::Home)>
                        {tv!("action-cancel")}
                    </button>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn ConsentChoice(
    name: &'static str,
    choice: RwSignal<Choice>,
    yes: impl Fn() -> String + Send + Sync + 'static,
    no: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="choices">
            <label class="choice">
                <input autocomplete="off"
                    type="radio"
                    name=name
                    prop:checked=move || choice.get() == Choice::Yes
                    on:change=move |_| choice.set(Choice::Yes)
                />
                <span>{yes}</span>
            </label>
            <label class="choice">
                <input autocomplete="off"
                    type="radio"
                    name=name
                    prop:checked=move || choice.get() == Choice::No
                    on:change=move |_| choice.set(Choice::No)
                />
                <span>{no}</span>
            </label>
        </div>
    }
}

/// Shown when she does not agree to the recording: nothing is stored.
#[component]
fn DeclinedRecording(on_back: impl Fn() + Send + Sync + Clone + 'static) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notice" role="status">
            <h2>{tv!("consent-declined-title")}</h2>
            <p>{tv!("consent-declined-body")}</p>
            <ul>
                <li>{tv!("consent-declined-step-listen")}</li>
                <li>{tv!("consent-declined-step-contacts")}</li>
                <li>{tv!("consent-declined-step-later")}</li>
            </ul>
        </div>
        <div class="actions">
            <button type="button" class="button primary" on:click=move |_| app.go(Screen::Home)>
                {tv!("action-back-to-cases")}
            </button>
            <button type="button" class="button secondary" on:click=move |_| on_back()>
                {tv!("consent-declined-change")}
            </button>
        </div>
    }
}

pub fn role_text(role: &str) -> String {
    match role {
        "outreach-worker" => tr!("role-outreach-worker"),
        "case-manager" => tr!("role-case-manager"),
        "shelter-worker" => tr!("role-shelter-worker"),
        _ => tr!("role-other-professional"),
    }
}
