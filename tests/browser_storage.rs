//! Browser tests of the encrypted storage (src/storage), run by wasm-bindgen-test in
//! headless Chromium against the real IndexedDB. Every test uses its own database and
//! deletes it at the start (leftovers of an aborted run) and at the end.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use trygg::storage::{
    erase_database, is_persisted, layout, request_persistence, BrowserRng, Storage, StorageError,
    VaultState, SCHEMA_VERSION,
};
use trygg_core::answer::{Answer, Answers, Value};
use trygg_core::case::{Assessment, Case, CaseNote};
use trygg_core::code::{CaseCode, CaseId};
use trygg_core::vault::{self, KdfParams};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASS: &str = "Tallinn-Riga-Vilnius 2025";
const CHEAP: KdfParams = KdfParams::INSECURE_FOR_TESTS;
/// A text she might have said, to look for in the raw bytes.
const CANARY: &str = "CANARY she said Mihails took her passport";

fn log(text: &str) {
    web_sys::console::log_1(&JsValue::from_str(text));
}

/// A case like a real one: an identification assessment with `answers` answers,
/// one of them free text with the canary, a note, a consent record.
fn sample_case(seed: u8, answers: usize) -> Case {
    let mut rng = BrowserRng::new().expect("crypto");
    let mut id_bytes: [u8; 16] = rng.bytes().expect("random");
    id_bytes[0] = seed;
    let code = CaseCode::from_random_bytes(rng.bytes().expect("random"));
    let mut case = Case::new(CaseId::from_random_bytes(id_bytes), code, 1_760_000_000_000);
    let mut given = Answers::new();
    for i in 0..answers {
        let answer = match i % 4 {
            0 => Answer::yes(),
            1 => Answer::no(),
            2 => Answer::DontKnow,
            _ => Answer::Declined,
        };
        given.set(&format!("identification.q{i:03}"), answer);
    }
    given.set(
        "identification.free-text",
        Answer::Answered {
            value: Value::Text(CANARY.to_string()),
        },
    );
    case.assessments.push(Assessment {
        instrument: "identification".into(),
        instrument_version: "1.0.0".into(),
        answers: given,
        notes: BTreeMap::from([("identification.q001".into(), format!("note: {CANARY}"))]),
        started: 1_760_000_000_000,
        updated: 1_760_000_100_000,
        respondent_language: "lv".into(),
        worker_language: "sv".into(),
        risk_override: None,
    });
    case.notes.push(CaseNote {
        at: 1_760_000_200_000,
        by: "outreach-worker".into(),
        text: "met at the station".into(),
    });
    case
}

fn sorted(mut cases: Vec<Case>) -> Vec<Case> {
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    cases
}

/// A fresh database for one test.
async fn fresh(name: &str) -> (String, Storage) {
    let name = format!("trygg-test-{name}");
    erase_database(&name).await.expect("erase leftovers");
    let storage = Storage::open_named(&name).await.expect("open");
    (name, storage)
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timeout");
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

/// Opens a database directly, without the storage layer and its upgrades.
async fn raw_open(name: &str) -> Database {
    Database::open(name).await.expect("raw open")
}

/// Every key and value of every store, as raw bytes (values: the `Uint8Array` bytes,
/// or the text's UTF-8).
async fn raw_dump(name: &str) -> Vec<(String, String, Vec<u8>)> {
    let db = raw_open(name).await;
    let stores: Vec<String> = db.object_store_names().collect();
    let mut out = Vec::new();
    for store_name in stores {
        let tx = db.transaction(store_name.as_str()).build().expect("tx");
        let store = tx.object_store(&store_name).expect("store");
        let keys: Vec<JsValue> = store
            .get_all_keys::<JsValue>()
            .primitive()
            .expect("keys")
            .await
            .expect("keys")
            .collect::<Result<_, _>>()
            .expect("keys");
        let values: Vec<JsValue> = store
            .get_all::<JsValue>()
            .primitive()
            .expect("values")
            .await
            .expect("values")
            .collect::<Result<_, _>>()
            .expect("values");
        for (key, value) in keys.into_iter().zip(values) {
            let bytes = if let Some(array) = value.dyn_ref::<js_sys::Uint8Array>() {
                array.to_vec()
            } else {
                value.as_string().expect("text or bytes").into_bytes()
            };
            out.push((
                store_name.clone(),
                key.as_string().expect("text key"),
                bytes,
            ));
        }
    }
    db.close();
    out
}

async fn raw_put(name: &str, store_name: &str, key: &str, value: &JsValue) {
    let db = raw_open(name).await;
    let tx = db
        .transaction(store_name)
        .with_mode(TransactionMode::Readwrite)
        .build()
        .expect("tx");
    let store = tx.object_store(store_name).expect("store");
    store
        .put(value)
        .with_key(key)
        .without_key_type()
        .primitive()
        .expect("put")
        .await
        .expect("put");
    tx.commit().await.expect("commit");
    db.close();
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[wasm_bindgen_test]
async fn a_case_survives_a_new_connection_and_needs_the_right_passphrase() {
    let (name, storage) = fresh("round-trip").await;
    assert_eq!(storage.vault_state().await, Ok(VaultState::NotCreated));
    assert_eq!(
        storage.unlock(PASS).await.unwrap_err(),
        StorageError::NoVault
    );
    assert_eq!(
        storage
            .create_vault_with("too short", CHEAP)
            .await
            .unwrap_err(),
        StorageError::PassphraseTooShort { min: 10 }
    );
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let case = sample_case(1, 80);
    unlocked.save_case(&case).await.expect("save");
    // Saving again replaces, never duplicates.
    unlocked.save_case(&case).await.expect("save again");
    assert_eq!(
        storage
            .create_vault_with("another passphrase", CHEAP)
            .await
            .unwrap_err(),
        StorageError::VaultExists
    );
    drop(unlocked);
    drop(storage);

    let storage = Storage::open_named(&name).await.expect("reopen");
    assert_eq!(storage.vault_state().await, Ok(VaultState::Locked));
    assert_eq!(
        storage
            .unlock("Tallinn-Riga-Vilnius 2024")
            .await
            .unwrap_err(),
        StorageError::WrongPassphrase
    );
    let unlocked = storage.unlock(PASS).await.expect("unlock");
    let list = unlocked.list_cases().await.expect("list");
    assert!(list.unreadable.is_empty());
    assert_eq!(list.cases, vec![case.clone()]);
    // One case read on its own (as when an interview starts) is the same case.
    assert_eq!(unlocked.read_case(&case.id).await, Ok(Some(case)));
    assert_eq!(unlocked.read_case(&sample_case(9, 1).id).await, Ok(None));

    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn a_tampered_record_is_reported_as_corrupt_not_dropped() {
    let (name, storage) = fresh("tampered").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let good = sample_case(1, 10);
    let bad = sample_case(2, 10);
    unlocked.save_case(&good).await.expect("save");
    unlocked.save_case(&bad).await.expect("save");
    let bad_id = unlocked.record_id(&bad.id).expect("record id");

    let raw = raw_dump(&name).await;
    let (_, _, mut bytes) = raw
        .into_iter()
        .find(|(store, key, _)| store == layout::CASES && *key == bad_id)
        .expect("the record");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    raw_put(
        &name,
        layout::CASES,
        &bad_id,
        &js_sys::Uint8Array::from(bytes.as_slice()).into(),
    )
    .await;
    // Not bytes at all, under a key of its own.
    raw_put(&name, layout::CASES, "junk", &JsValue::from_str("junk")).await;

    let list = unlocked.list_cases().await.expect("list");
    assert_eq!(list.cases, vec![good.clone()]);
    assert_eq!(unlocked.read_case(&good.id).await, Ok(Some(good.clone())));
    assert_eq!(
        unlocked.read_case(&bad.id).await,
        Err(StorageError::Corrupt)
    );
    let mut unreadable: Vec<_> = list
        .unreadable
        .iter()
        .map(|u| (u.record_id.clone(), u.error.clone()))
        .collect();
    unreadable.sort_by(|a, b| a.0.cmp(&b.0));
    let mut expected = vec![
        (bad_id.clone(), StorageError::Corrupt),
        ("junk".to_string(), StorageError::Corrupt),
    ];
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(unreadable, expected);

    // The worker can discard a damaged record.
    unlocked.delete_record(&bad_id).await.expect("discard");
    unlocked.delete_record("junk").await.expect("discard");
    let list = unlocked.list_cases().await.expect("list");
    assert_eq!(list.cases, vec![good]);
    assert!(list.unreadable.is_empty());

    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn a_record_moved_under_another_key_does_not_open() {
    let (name, storage) = fresh("moved").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let case = sample_case(3, 5);
    unlocked.save_case(&case).await.expect("save");
    let id = unlocked.record_id(&case.id).expect("id");
    let (_, _, bytes) = raw_dump(&name)
        .await
        .into_iter()
        .find(|(store, key, _)| store == layout::CASES && *key == id)
        .expect("record");
    let other = unlocked.record_id(&sample_case(4, 0).id).expect("other id");
    raw_put(
        &name,
        layout::CASES,
        &other,
        &js_sys::Uint8Array::from(bytes.as_slice()).into(),
    )
    .await;
    let list = unlocked.list_cases().await.expect("list");
    assert_eq!(list.cases, vec![case]);
    assert_eq!(list.unreadable.len(), 1);
    assert_eq!(list.unreadable[0].record_id, other);
    assert_eq!(list.unreadable[0].error, StorageError::Corrupt);
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn changing_the_passphrase_keeps_the_cases() {
    let (_, storage) = fresh("passphrase").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let cases = sorted(vec![sample_case(1, 20), sample_case(2, 20)]);
    for case in &cases {
        unlocked.save_case(case).await.expect("save");
    }
    assert_eq!(
        unlocked
            .change_passphrase("not the passphrase", "new passphrase here")
            .await
            .unwrap_err(),
        StorageError::WrongPassphrase
    );
    assert_eq!(
        unlocked.change_passphrase(PASS, "short").await.unwrap_err(),
        StorageError::PassphraseTooShort { min: 10 }
    );
    unlocked
        .change_passphrase(PASS, "new passphrase here")
        .await
        .expect("change");
    // The same handle keeps working: the data key did not change.
    assert_eq!(
        sorted(unlocked.list_cases().await.expect("list").cases),
        cases
    );
    unlocked.lock();

    assert_eq!(
        storage.unlock(PASS).await.unwrap_err(),
        StorageError::WrongPassphrase
    );
    let unlocked = storage.unlock("new passphrase here").await.expect("unlock");
    assert_eq!(
        sorted(unlocked.list_cases().await.expect("list").cases),
        cases
    );
    storage.erase_all().await.expect("erase");
}

/// Schema 1 had the `vault` and `cases` stores (and no `key-check`); schema 2 added
/// `settings`. A database written at version 1 opens, upgrades, and keeps its case.
#[wasm_bindgen_test]
async fn a_version_1_database_is_upgraded_with_its_cases() {
    let name = "trygg-test-upgrade";
    erase_database(name).await.expect("erase leftovers");

    // Build the version-1 layout by hand, as the first release would have written it.
    let mut rng = BrowserRng::new().expect("crypto");
    let (header, key) = vault::create_with(PASS, CHEAP, &mut rng).expect("vault");
    let case = sample_case(5, 30);
    let record_id = vault::record_id(&key, &format!("case:{}", case.id)).expect("id");
    let sealed = vault::seal(
        &key,
        &format!("cases/{record_id}"),
        case.to_json().expect("json").as_bytes(),
        &mut rng,
    )
    .expect("seal");
    let db = Database::open(name)
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| {
            for store in layout::V1_STORES {
                db.create_object_store(store).build()?;
            }
            Ok(())
        })
        .await
        .expect("v1 open");
    assert_eq!(db.version(), 1.0);
    db.close();
    raw_put(
        name,
        layout::VAULT,
        layout::HEADER,
        &JsValue::from_str(&header.to_json()),
    )
    .await;
    raw_put(
        name,
        layout::CASES,
        &record_id,
        &js_sys::Uint8Array::from(sealed.as_slice()).into(),
    )
    .await;

    let storage = Storage::open_named(name).await.expect("open and upgrade");
    assert_eq!(storage.vault_state().await, Ok(VaultState::Locked));
    let unlocked = storage.unlock(PASS).await.expect("unlock");
    let list = unlocked.list_cases().await.expect("list");
    assert!(list.unreadable.is_empty());
    assert_eq!(list.cases, vec![case.clone()]);
    // The new store works, and the case can be saved in the new layout.
    storage
        .set_setting("idle-lock-minutes", &5u32)
        .await
        .expect("setting");
    unlocked.save_case(&case).await.expect("save");
    drop(unlocked);
    storage.lock();

    let db = raw_open(name).await;
    assert_eq!(db.version(), f64::from(SCHEMA_VERSION));
    let mut stores: Vec<String> = db.object_store_names().collect();
    stores.sort();
    assert_eq!(stores, vec!["cases", "settings", "vault"]);
    db.close();

    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn a_database_from_a_newer_version_is_refused() {
    let name = "trygg-test-too-new";
    erase_database(name).await.expect("erase leftovers");
    let db = Database::open(name)
        .with_version(SCHEMA_VERSION + 1)
        .await
        .expect("newer");
    db.close();
    assert_eq!(
        Storage::open_named(name).await.err(),
        Some(StorageError::VersionTooNew)
    );
    erase_database(name).await.expect("erase");
}

/// Makes every `IDBObjectStore.put` throw `QuotaExceededError`, as a full disk would,
/// until `restore` is called.
fn simulate_full_disk() -> js_sys::Function {
    js_sys::Function::new_no_args(
        "const original = IDBObjectStore.prototype.put;
         IDBObjectStore.prototype.put = function () {
           throw new DOMException('full', 'QuotaExceededError');
         };
         return () => { IDBObjectStore.prototype.put = original; };",
    )
    .call0(&JsValue::NULL)
    .expect("patch")
    .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_full_disk_is_reported_and_saved_cases_stay_readable() {
    // The mapping itself.
    let exception = web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError")
        .expect("exception");
    assert_eq!(
        StorageError::from_js(&exception.into()),
        StorageError::QuotaExceeded
    );
    assert_eq!(
        StorageError::from_error_name("QuotaExceededError"),
        StorageError::QuotaExceeded
    );

    // Through a real save.
    let (_, storage) = fresh("quota").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let case = sample_case(6, 40);
    unlocked.save_case(&case).await.expect("save");

    let mut changed = case.clone();
    changed.notes.push(CaseNote {
        at: 1_760_000_300_000,
        by: "outreach-worker".into(),
        text: "second visit".into(),
    });
    let restore = simulate_full_disk();
    let result = unlocked.save_case(&changed).await;
    restore.call0(&JsValue::NULL).expect("restore");
    assert_eq!(result, Err(StorageError::QuotaExceeded));

    let list = unlocked.list_cases().await.expect("list");
    assert_eq!(list.cases, vec![case]);
    assert!(list.unreadable.is_empty());
    // And once there is room again, the change is saved.
    unlocked.save_case(&changed).await.expect("save");
    assert_eq!(
        unlocked.list_cases().await.expect("list").cases,
        vec![changed]
    );
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn deleting_a_case_and_erasing_everything() {
    let (name, storage) = fresh("delete").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let keep = sample_case(7, 5);
    let gone = sample_case(8, 5);
    unlocked.save_case(&keep).await.expect("save");
    unlocked.save_case(&gone).await.expect("save");
    unlocked.delete_case(&gone.id).await.expect("delete");
    unlocked.delete_case(&gone.id).await.expect("delete twice");
    assert_eq!(
        unlocked.list_cases().await.expect("list").cases,
        vec![keep.clone()]
    );
    storage
        .set_setting("retention-days", &30u32)
        .await
        .expect("setting");

    storage.erase_all().await.expect("erase");
    assert!(unlocked.is_locked());
    assert_eq!(
        unlocked.save_case(&keep).await.unwrap_err(),
        StorageError::Locked
    );
    // The same storage starts over on an empty database.
    assert_eq!(storage.vault_state().await, Ok(VaultState::NotCreated));
    assert_eq!(storage.setting::<u32>("retention-days").await, Ok(None));
    assert!(raw_dump(&name).await.is_empty());
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn the_stored_bytes_reveal_nothing_about_the_case() {
    let (name, storage) = fresh("opaque").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let case = sample_case(9, 80);
    unlocked.save_case(&case).await.expect("save");
    storage
        .set_setting("idle-lock-minutes", &5u32)
        .await
        .expect("setting");

    let raw = raw_dump(&name).await;
    assert_eq!(raw.len(), 4, "header, key check, one case, one setting");
    let secrets = [
        case.code.as_str().to_string(),
        case.code.as_str().replace('-', ""),
        case.id.as_str().to_string(),
        CANARY.to_string(),
        "met at the station".to_string(),
        "identification".to_string(),
        PASS.to_string(),
    ];
    for (store, key, value) in &raw {
        for secret in &secrets {
            assert!(
                !contains(key.as_bytes(), secret),
                "{secret} in a key of {store}"
            );
            assert!(!contains(value, secret), "{secret} in a value of {store}");
        }
        // Not even the creation date, in any form JSON would write it.
        assert!(!contains(value, "1760000000000"));
    }
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn locking_wipes_the_key_for_every_handle() {
    let (_, storage) = fresh("lock").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let copy = unlocked.clone();
    let case = sample_case(10, 3);
    unlocked.save_case(&case).await.expect("save");
    copy.lock();
    assert!(unlocked.is_locked());
    assert_eq!(
        unlocked.list_cases().await.unwrap_err(),
        StorageError::Locked
    );
    let again = storage.unlock(PASS).await.expect("unlock");
    // A handle from before the lock stays locked.
    assert!(unlocked.is_locked());
    assert_eq!(again.list_cases().await.expect("list").cases, vec![case]);
    storage.lock();
    assert!(again.is_locked());
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn a_tab_notices_when_another_tab_erased_the_vault() {
    let (name, first) = fresh("two-tabs").await;
    let unlocked = first.create_vault_with(PASS, CHEAP).await.expect("create");
    let case = sample_case(11, 3);
    unlocked.save_case(&case).await.expect("save");

    // "Another tab": its own connection. Erasing asks the first to close, which it does.
    let second = Storage::open_named(&name).await.expect("second tab");
    second.erase_all().await.expect("erase from the other tab");
    // The first reconnects, finds no vault, and writes nothing.
    assert_eq!(
        unlocked.save_case(&case).await.unwrap_err(),
        StorageError::NoVault
    );
    assert_eq!(first.vault_state().await, Ok(VaultState::NotCreated));
    assert!(raw_dump(&name)
        .await
        .iter()
        .all(|(store, _, _)| store != layout::CASES));
    first.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn settings_round_trip() {
    let (_, storage) = fresh("settings").await;
    assert_eq!(storage.setting::<u32>("idle-lock-minutes").await, Ok(None));
    storage
        .set_setting("idle-lock-minutes", &5u32)
        .await
        .expect("set");
    assert_eq!(
        storage.setting::<u32>("idle-lock-minutes").await,
        Ok(Some(5))
    );
    assert_eq!(
        storage.setting::<Vec<String>>("idle-lock-minutes").await,
        Err(StorageError::Corrupt)
    );
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn only_one_tab_edits_a_case_at_a_time() {
    let (_, storage) = fresh("edit-lock").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let case = sample_case(12, 0);
    let other = sample_case(13, 0);
    let first = unlocked
        .edit_lock(&case.id)
        .await
        .expect("lock")
        .expect("free");
    assert!(first.is_exclusive());
    assert!(unlocked.edit_lock(&case.id).await.expect("lock").is_none());
    // Another case is not affected.
    let second = unlocked.edit_lock(&other.id).await.expect("lock");
    assert!(second.is_some());
    drop(first);
    sleep(20).await;
    assert!(unlocked.edit_lock(&case.id).await.expect("lock").is_some());
    drop(second);
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn persistence_can_be_asked_for() {
    // Chromium answers both (it may grant or refuse without a prompt).
    assert!(request_persistence().await.is_some());
    assert!(is_persisted().await.is_some());
}

/// Unlock (Argon2id with the default parameters) and save times for a case with 80
/// answers, printed to the console. Median of 20 in a release build; fewer runs in a
/// debug build, where Argon2 is not representative.
#[wasm_bindgen_test]
async fn measure_unlock_and_save() {
    let runs = if cfg!(debug_assertions) { 3 } else { 20 };
    let (_, storage) = fresh("measure").await;
    let unlocked = storage
        .create_vault_with(PASS, KdfParams::DEFAULT)
        .await
        .expect("create");
    drop(unlocked);
    storage.lock();

    let mut unlock_times = Vec::new();
    let mut unlocked = None;
    for _ in 0..runs {
        let start = now_ms();
        unlocked = Some(storage.unlock(PASS).await.expect("unlock"));
        unlock_times.push(now_ms() - start);
    }
    let unlocked = unlocked.expect("unlocked");

    let mut case = sample_case(14, 80);
    let size = case.to_json().expect("json").len();
    let mut save_times = Vec::new();
    for i in 0..runs {
        case.updated += i64::from(i);
        let start = now_ms();
        unlocked.save_case(&case).await.expect("save");
        save_times.push(now_ms() - start);
    }
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    log(&format!(
        "storage timing ({build} build, {runs} runs, m={} KiB t={} p={}): unlock median {:.1} ms (min {:.1}, max {:.1}); save_case of an 80-answer case ({size} bytes of JSON) median {:.1} ms (min {:.1}, max {:.1})",
        KdfParams::DEFAULT.memory_kib,
        KdfParams::DEFAULT.iterations,
        KdfParams::DEFAULT.parallelism,
        median(unlock_times.clone()),
        unlock_times.iter().copied().fold(f64::INFINITY, f64::min),
        unlock_times.iter().copied().fold(0.0, f64::max),
        median(save_times.clone()),
        save_times.iter().copied().fold(f64::INFINITY, f64::min),
        save_times.iter().copied().fold(0.0, f64::max),
    ));
    storage.erase_all().await.expect("erase");
}

/// Makes `IDBDatabase.prototype.transaction` throw `InvalidStateError` (what a
/// connection the browser has closed does) for the next `times` calls.
fn simulate_closed_connection(times: u32) -> js_sys::Function {
    js_sys::Function::new_with_args(
        "times",
        "const original = IDBDatabase.prototype.transaction;
         let left = times;
         IDBDatabase.prototype.transaction = function (...args) {
           if (left > 0) {
             left -= 1;
             throw new DOMException('closed', 'InvalidStateError');
           }
           return original.apply(this, args);
         };
         return () => { IDBDatabase.prototype.transaction = original; };",
    )
    .call1(&JsValue::NULL, &JsValue::from(times))
    .expect("patch")
    .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_connection_closed_by_the_browser_is_reopened_once() {
    let (_, storage) = fresh("reconnect").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let case = sample_case(15, 10);

    // Closed once: reconnect and retry, the save goes through.
    let restore = simulate_closed_connection(1);
    let result = unlocked.save_case(&case).await;
    restore.call0(&JsValue::NULL).expect("restore");
    assert_eq!(result, Ok(()));
    assert_eq!(
        unlocked.list_cases().await.expect("list").cases,
        vec![case.clone()]
    );

    // Still closed after the retry: reported, nothing half-written.
    let mut changed = case.clone();
    changed.updated += 1;
    let restore = simulate_closed_connection(2);
    let result = unlocked.save_case(&changed).await;
    restore.call0(&JsValue::NULL).expect("restore");
    assert_eq!(result, Err(StorageError::ConnectionClosed));
    assert_eq!(unlocked.list_cases().await.expect("list").cases, vec![case]);
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn no_indexeddb_is_reported_as_unavailable() {
    let restore: js_sys::Function = js_sys::Function::new_no_args(
        "const original = IDBFactory.prototype.open;
         IDBFactory.prototype.open = function () {
           throw new DOMException('denied', 'SecurityError');
         };
         return () => { IDBFactory.prototype.open = original; };",
    )
    .call0(&JsValue::NULL)
    .expect("patch")
    .unchecked_into();
    let result = Storage::open_named("trygg-test-unavailable").await;
    restore.call0(&JsValue::NULL).expect("restore");
    assert_eq!(result.err(), Some(StorageError::Unavailable));
}

/// Committed writes so far, counted by the measure each one leaves.
fn autosaves() -> u32 {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    performance.get_entries_by_name("trygg-autosave").length()
}

#[wasm_bindgen_test]
async fn a_burst_of_saves_writes_each_case_once() {
    // The case store's writes run as Leptos tasks.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let (_, storage) = fresh("burst").await;
    let unlocked = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let store = trygg::cases::CaseStore::vault(
        unlocked.clone(),
        leptos::prelude::RwSignal::new(trygg::cases::SaveStatus::Idle),
    );
    let cases: Vec<std::sync::Arc<Case>> = (0..40)
        .map(|seed| std::sync::Arc::new(sample_case(seed, 20)))
        .collect();
    let before = autosaves();
    // As when a worker imports case after case from an export without waiting.
    for case in &cases {
        store.save(case);
    }
    for _ in 0..600 {
        if !store.has_pending() {
            break;
        }
        sleep(50).await;
    }
    assert!(!store.has_pending(), "the writes did not finish");
    assert_eq!(autosaves() - before, 40, "each case written once");
    assert_eq!(
        sorted(unlocked.list_cases().await.expect("list").cases),
        sorted(
            cases
                .into_iter()
                .map(std::sync::Arc::unwrap_or_clone)
                .collect()
        )
    );
    storage.erase_all().await.expect("erase");
}

#[wasm_bindgen_test]
async fn looking_again_decrypts_only_what_another_tab_changed() {
    let (name, storage) = fresh("changes").await;
    let this_tab = storage
        .create_vault_with(PASS, CHEAP)
        .await
        .expect("create");
    let kept = sample_case(1, 10);
    let mut changed = sample_case(2, 10);
    let deleted = sample_case(3, 10);
    for case in [&kept, &changed, &deleted] {
        this_tab.save_case(case).await.expect("save");
    }
    // Written by this tab: nothing to read again.
    let changes = this_tab.changed_cases().await.expect("changes");
    assert!(changes.changed.is_empty());
    assert!(changes.unreadable.is_empty());
    assert_eq!(changes.stored.len(), 3);

    // Another tab: its own connection, unlocked with the same passphrase.
    let other_storage = Storage::open_named(&name).await.expect("open");
    let other_tab = other_storage.unlock(PASS).await.expect("unlock");
    changed.notes.clear();
    changed.updated += 1;
    other_tab.save_case(&changed).await.expect("save");
    other_tab.delete_case(&deleted.id).await.expect("delete");
    let added = sample_case(4, 5);
    other_tab.save_case(&added).await.expect("save");

    let changes = this_tab.changed_cases().await.expect("changes");
    assert_eq!(
        sorted(changes.changed),
        sorted(vec![changed, added.clone()])
    );
    let stored_ids: Vec<String> = [&kept, &added]
        .iter()
        .map(|case| this_tab.record_id(&case.id).expect("record id"))
        .collect();
    assert_eq!(changes.stored.len(), 3);
    assert!(stored_ids.iter().all(|id| changes.stored.contains(id)));
    assert!(!changes
        .stored
        .contains(&this_tab.record_id(&deleted.id).expect("record id")));
    // Seen once, not again.
    assert!(this_tab
        .changed_cases()
        .await
        .expect("changes")
        .changed
        .is_empty());

    storage.erase_all().await.expect("erase");
}
