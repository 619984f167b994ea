//! Cases kept on the device, encrypted, in IndexedDB.
//!
//! "Nothing lost, nothing readable": every save is one IndexedDB transaction with
//! `strict` durability, committed before the future resolves; every case is sealed
//! with the vault's data key ([`trygg_core::vault`]) before it reaches the browser, so
//! IndexedDB only ever sees random-looking bytes under random-looking keys.
//!
//! # Database layout (schema version [`SCHEMA_VERSION`] = 2)
//!
//! | store | key | value |
//! |---|---|---|
//! | `vault` | `"header"` | the [`VaultHeader`] as JSON text (KDF parameters, salt, wrapped key) |
//! | `vault` | `"key-check"` | [`vault::record_id`] of `"vault-key-check"`: 32 hex digits that tell whether a handle's key still belongs to this vault, and nothing else |
//! | `cases` | [`vault::record_id`] of `"case:<case id>"` | `Uint8Array`: nonce, ciphertext of the case's versioned JSON, tag; sealed under the name `"cases/<record id>"` |
//! | `settings` | setting name | JSON text — device settings only, never case data |
//!
//! Nothing about a case is stored in clear: not its code, id, dates, status or
//! answers, and not even which record is which case without the key.
//!
//! # Schema history and upgrades
//!
//! - **1**: `vault` and `cases` as above.
//! - **2**: adds `settings`.
//!
//! `upgrade` runs each step from the stored version up, inside the browser's
//! version-change transaction, so an interrupted upgrade leaves the old version intact.
//! Upgrades can only reshape the *envelope* (stores, keys): records are sealed and the
//! key is not available while upgrading. Changes to the case content are made by
//! `trygg_core::case::from_json`, which lifts an old case format when it is read after
//! unlocking, and the next save writes the current format.
//!
//! # Connections
//!
//! A tab keeps one connection per [`Storage`]. When another tab erases or upgrades the
//! database, the browser asks this one to close ("versionchange"), and it does, so the
//! other tab is not blocked; when the browser closes a connection on its own (storage
//! cleared, disk trouble), the next operation reconnects and retries once. Writes check
//! that the vault they were unlocked for still exists, so a tab never writes records
//! under a key whose vault was erased elsewhere.

mod edit_lock;
mod error;
mod persist;
mod random;

pub use edit_lock::EditLock;
pub use error::StorageError;
pub use persist::{is_persisted, request_persistence};
pub use random::{BrowserRng, RandomUnavailable};

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::rc::Rc;

use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use trygg_core::case::{self, Case, ReadError};
use trygg_core::code::CaseId;
use trygg_core::vault::{self, DataKey, KdfParams, VaultHeader};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use zeroize::Zeroizing;

/// The database the app uses. Tests use their own names ([`Storage::open_named`]).
pub const DB_NAME: &str = "trygg";

/// The IndexedDB schema version this build creates and reads. A database of a higher
/// version (from a newer Trygg) is refused with [`StorageError::VersionTooNew`].
pub const SCHEMA_VERSION: u32 = 2;

/// Object store and key names, public so tests and diagnostics can read raw records.
pub mod layout {
    pub const VAULT: &str = "vault";
    pub const CASES: &str = "cases";
    pub const SETTINGS: &str = "settings";
    /// In `vault`: the header JSON.
    pub const HEADER: &str = "header";
    /// In `vault`: the key check.
    pub const KEY_CHECK: &str = "key-check";
    /// The stores of schema version 1.
    pub const V1_STORES: [&str; 2] = [VAULT, CASES];
}

/// Whether the device has a vault. (Unlocked is not a state of the database but of a
/// handle: see [`Unlocked`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultState {
    NotCreated,
    Locked,
}

/// The cases of the vault, and the records that could not be read. A damaged record
/// is reported, never silently dropped, so the worker knows something is missing.
#[derive(Debug, Default)]
pub struct CaseList {
    /// In storage order, which is random: sort for display.
    pub cases: Vec<Case>,
    pub unreadable: Vec<Unreadable>,
}

/// What [`Unlocked::changed_cases`] found in storage.
#[derive(Debug, Default)]
pub struct CaseChanges {
    /// Cases whose stored version this handle has not read or written before (another
    /// tab's work), decrypted; in storage order.
    pub changed: Vec<Case>,
    pub unreadable: Vec<Unreadable>,
    /// The record id of every stored record, to tell which cases are gone.
    pub stored: HashSet<String>,
}

/// Each record's version as this handle last read or wrote it. A version is the
/// record's nonce, which is new with every seal, so a record whose nonce is known is
/// the very version already in memory and need not be decrypted again.
type SeenVersions = Rc<RefCell<Versions>>;
type Versions = HashMap<String, [u8; vault::NONCE_LEN]>;

/// The version (see [`SeenVersions`]) of a stored record; `None` if it is no sealed
/// record at all.
fn version_of(value: &JsValue) -> Option<[u8; vault::NONCE_LEN]> {
    let bytes = value.dyn_ref::<js_sys::Uint8Array>()?;
    if (bytes.length() as usize) < vault::NONCE_LEN {
        return None;
    }
    let mut nonce = [0u8; vault::NONCE_LEN];
    bytes
        .subarray(0, vault::NONCE_LEN as u32)
        .copy_to(&mut nonce);
    Some(nonce)
}

/// Notes the version of a record this handle read or wrote.
fn note_version(seen: &mut Versions, record_id: String, value: &JsValue) {
    if let Some(version) = version_of(value) {
        seen.insert(record_id, version);
    }
}

/// A stored record that did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Its key in the `cases` store, for [`Unlocked::delete_record`].
    pub record_id: String,
    /// [`StorageError::Corrupt`] or [`StorageError::VersionTooNew`].
    pub error: StorageError,
}

/// The database of one device, locked. Cheap to clone: clones share one connection.
#[derive(Clone)]
pub struct Storage {
    conn: Rc<Connection>,
}

impl Storage {
    /// Opens (creating or upgrading if needed) the app's database.
    pub async fn open() -> Result<Self, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens the database `name`. The connection is made now, so an unusable
    /// IndexedDB shows up here as [`StorageError::Unavailable`].
    pub async fn open_named(name: &str) -> Result<Self, StorageError> {
        let conn = Rc::new(Connection {
            name: name.to_string(),
            db: RefCell::new(None),
            listeners: RefCell::new(None),
            key: RefCell::new(None),
            epoch: Cell::new(0),
        });
        conn.database().await?;
        Ok(Self { conn })
    }

    /// The database name.
    pub fn name(&self) -> &str {
        &self.conn.name
    }

    pub async fn vault_state(&self) -> Result<VaultState, StorageError> {
        let (header, _) = self.conn.run(read_vault).await?;
        Ok(if header.is_some() {
            VaultState::Locked
        } else {
            VaultState::NotCreated
        })
    }

    /// Creates the vault with [`KdfParams::DEFAULT`] and returns it unlocked. Refused
    /// with [`StorageError::VaultExists`] if there is one (also one made by another tab
    /// a moment ago). Runs the KDF: blocks the page for about as long as an unlock.
    pub async fn create_vault(&self, passphrase: &str) -> Result<Unlocked, StorageError> {
        self.create_vault_with(passphrase, KdfParams::DEFAULT).await
    }

    /// [`Self::create_vault`] with chosen KDF parameters (tests use cheap ones).
    pub async fn create_vault_with(
        &self,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<Unlocked, StorageError> {
        let mut rng = BrowserRng::new().ok_or(StorageError::Unavailable)?;
        let (header, key) = vault::create_with(passphrase, params, &mut rng)?;
        let header = header.to_json();
        let check = key_check(&key)?;
        self.conn
            .run(|db| create_vault_records(db, &header, &check))
            .await?;
        Ok(self.conn.install(key, check))
    }

    /// Unlocks the vault. [`StorageError::WrongPassphrase`] for a wrong passphrase,
    /// [`StorageError::NoVault`] if there is none.
    ///
    /// Argon2id runs on the page's thread (see `KdfParams::DEFAULT` for its cost):
    /// show the busy state and let the browser paint before awaiting this.
    pub async fn unlock(&self, passphrase: &str) -> Result<Unlocked, StorageError> {
        let (header_json, stored_check) = self.conn.run(read_vault).await?;
        let header_json = header_json.ok_or(StorageError::NoVault)?;
        let header = VaultHeader::from_json(&header_json)?;
        let key = vault::unlock(&header, passphrase)?;
        let check = key_check(&key)?;
        match stored_check {
            Some(stored) if stored == check => {}
            // A header that opens with this passphrase but belongs to other records.
            Some(_) => return Err(StorageError::Corrupt),
            // A vault from before the key check (hand-made, or schema 1 tests): add it.
            None => {
                self.conn
                    .run(|db| add_key_check(db, &header_json, &check))
                    .await?
            }
        }
        Ok(self.conn.install(key, check))
    }

    /// Forgets the key of every [`Unlocked`] handle of this storage (quick exit, idle
    /// lock). Same as [`Unlocked::lock`].
    pub fn lock(&self) {
        self.conn.forget_key();
    }

    /// Reads a device setting (JSON). `None` if unset; a value that no longer parses as
    /// `T` is `Err(Corrupt)`.
    pub async fn setting<T: DeserializeOwned>(
        &self,
        name: &str,
    ) -> Result<Option<T>, StorageError> {
        let text = self.conn.run(|db| read_setting(db, name)).await?;
        text.map(|text| serde_json::from_str(&text).map_err(|_| StorageError::Corrupt))
            .transpose()
    }

    /// Stores a device setting (e.g. idle-lock minutes). Settings are stored in clear:
    /// never put case data here.
    pub async fn set_setting<T: Serialize>(
        &self,
        name: &str,
        value: &T,
    ) -> Result<(), StorageError> {
        let text = serde_json::to_string(value).map_err(|_| StorageError::Other("json".into()))?;
        self.conn.run(|db| write_setting(db, name, &text)).await
    }

    /// Deletes the whole database: vault, cases and settings. Locks first; the
    /// connection is closed, and other tabs close theirs when asked. Afterwards this
    /// `Storage` can be used again and starts from an empty database.
    pub async fn erase_all(&self) -> Result<(), StorageError> {
        self.conn.forget_key();
        self.conn.disconnect();
        erase_database(&self.conn.name).await
    }
}

/// Deletes the database `name` without opening it, e.g. when it cannot be opened
/// (written by a newer version, damaged) and the worker chooses to start over.
pub async fn erase_database(name: &str) -> Result<(), StorageError> {
    Database::delete_by_name(name)
        .map_err(StorageError::from_open)?
        .await
        .map_err(StorageError::from)
}

/// The vault, unlocked: reads and writes cases. Clones share the key; [`Self::lock`]
/// on any of them (or [`Storage::lock`]) wipes it for all, and they answer
/// [`StorageError::Locked`] from then on.
#[derive(Clone)]
pub struct Unlocked {
    conn: Rc<Connection>,
    /// Which unlock this handle belongs to: a handle from before a lock and a new
    /// unlock stays locked.
    epoch: u64,
    key_check: String,
    seen: SeenVersions,
}

impl std::fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unlocked")
            .field("database", &self.conn.name)
            .field("locked", &self.is_locked())
            .finish()
    }
}

impl Unlocked {
    /// All cases, decrypted. One transaction, so the list is consistent even while
    /// another tab saves.
    pub async fn list_cases(&self) -> Result<CaseList, StorageError> {
        let read = self.read_all(false).await?;
        Ok(CaseList {
            cases: read.changed,
            unreadable: read.unreadable,
        })
    }

    /// The cases changed in storage since this handle last read or wrote them (by
    /// another tab): only those are decrypted, so looking again with a thousand
    /// cases stored costs one read, not a thousand decryptions. One transaction.
    pub async fn changed_cases(&self) -> Result<CaseChanges, StorageError> {
        self.read_all(true).await
    }

    /// Every stored record, decrypted unless `skip_seen` and its version is the one
    /// this handle last read or wrote; each version decrypted is noted as seen.
    async fn read_all(&self, skip_seen: bool) -> Result<CaseChanges, StorageError> {
        let records = self.conn.run(read_cases).await?;
        self.with_key(|key| {
            let mut read = CaseChanges::default();
            let mut seen = self.seen.borrow_mut();
            for (record_id, value) in records {
                read.stored.insert(record_id.clone());
                let version = version_of(&value);
                if skip_seen && version.is_some() && seen.get(&record_id) == version.as_ref() {
                    continue;
                }
                match open_case(key, &record_id, &value) {
                    Ok(case) => {
                        note_version(&mut seen, record_id, &value);
                        read.changed.push(case)
                    }
                    Err(error) => read.unreadable.push(Unreadable { record_id, error }),
                }
            }
            Ok(read)
        })
    }

    /// One case, decrypted; `Ok(None)` when it is not stored (yet, or any more).
    pub async fn read_case(&self, id: &CaseId) -> Result<Option<Case>, StorageError> {
        let record_id = self.record_id(id)?;
        let value = self.conn.run(|db| read_case(db, &record_id)).await?;
        let Some(value) = value else {
            return Ok(None);
        };
        let case = self.with_key(|key| open_case(key, &record_id, &value))?;
        note_version(&mut self.seen.borrow_mut(), record_id, &value);
        Ok(Some(case))
    }

    /// Saves (creates or replaces) a case: sealed, then written in one transaction
    /// with strict durability, committed when this resolves. Saves run in the order
    /// they are called.
    pub async fn save_case(&self, case: &Case) -> Result<(), StorageError> {
        let (record_id, sealed) = self.with_key(|key| {
            let record_id = vault::record_id(key, &case_name(&case.id))?;
            let json = Zeroizing::new(
                case.to_json()
                    .map_err(|_| StorageError::Other("json".into()))?,
            );
            let mut rng = BrowserRng::new().ok_or(StorageError::Unavailable)?;
            let sealed = vault::seal(key, &record_name(&record_id), json.as_bytes(), &mut rng)?;
            Ok((record_id, sealed))
        })?;
        let value: JsValue = js_sys::Uint8Array::from(sealed.as_slice()).into();
        self.conn
            .run(|db| write_case(db, &self.key_check, &record_id, Some(&value)))
            .await?;
        // Saves commit in the order they are called, so the last one noted is the
        // version stored.
        note_version(&mut self.seen.borrow_mut(), record_id, &value);
        Ok(())
    }

    /// Reads a setting sealed with the data key (e.g. the organisation keys, whose
    /// labels say which organisations a worker shares with). `None` if unset.
    pub async fn sealed_setting<T: DeserializeOwned>(
        &self,
        name: &str,
    ) -> Result<Option<T>, StorageError> {
        let record_id =
            self.with_key(|key| Ok(vault::record_id(key, &sealed_setting_name(name))?))?;
        let slot = sealed_setting_slot(&record_id);
        let value = self.conn.run(|db| read_setting_value(db, &slot)).await?;
        let Some(value) = value else {
            return Ok(None);
        };
        self.with_key(|key| {
            let bytes = value
                .dyn_ref::<js_sys::Uint8Array>()
                .ok_or(StorageError::Corrupt)?
                .to_vec();
            let plain = Zeroizing::new(vault::open(key, &slot, &bytes)?);
            serde_json::from_slice(&plain)
                .map(Some)
                .map_err(|_| StorageError::Corrupt)
        })
    }

    /// Stores a setting sealed with the data key; see [`Self::sealed_setting`].
    pub async fn set_sealed_setting<T: Serialize>(
        &self,
        name: &str,
        value: &T,
    ) -> Result<(), StorageError> {
        let (slot, sealed) = self.with_key(|key| {
            let record_id = vault::record_id(key, &sealed_setting_name(name))?;
            let slot = sealed_setting_slot(&record_id);
            let json = Zeroizing::new(
                serde_json::to_vec(value).map_err(|_| StorageError::Other("json".into()))?,
            );
            let mut rng = BrowserRng::new().ok_or(StorageError::Unavailable)?;
            let sealed = vault::seal(key, &slot, &json, &mut rng)?;
            Ok((slot, sealed))
        })?;
        let value: JsValue = js_sys::Uint8Array::from(sealed.as_slice()).into();
        self.conn
            .run(|db| write_setting_value(db, &slot, &value))
            .await
    }

    /// Deletes a case; deleting one that is not stored is not an error.
    pub async fn delete_case(&self, id: &CaseId) -> Result<(), StorageError> {
        let record_id = self.record_id(id)?;
        self.delete_record(&record_id).await
    }

    /// Deletes a record by its storage key, e.g. an [`Unreadable`] one the worker
    /// chose to discard.
    pub async fn delete_record(&self, record_id: &str) -> Result<(), StorageError> {
        self.with_key(|_| Ok(()))?;
        self.conn
            .run(|db| write_case(db, &self.key_check, record_id, None))
            .await?;
        self.seen.borrow_mut().remove(record_id);
        Ok(())
    }

    /// Changes the passphrase: checks `old`, wraps the same data key under `new`
    /// (records are not touched). Runs the KDF twice.
    pub async fn change_passphrase(&self, old: &str, new: &str) -> Result<(), StorageError> {
        self.with_key(|_| Ok(()))?;
        let (header_json, _) = self.conn.run(read_vault).await?;
        let header_json = header_json.ok_or(StorageError::NoVault)?;
        let header = VaultHeader::from_json(&header_json)?;
        let old_key = vault::unlock(&header, old)?;
        let new_header = self.with_key(|key| {
            if !old_key.same_as(key) {
                return Err(StorageError::NoVault);
            }
            let mut rng = BrowserRng::new().ok_or(StorageError::Unavailable)?;
            Ok(vault::rewrap(&header, key, new, &mut rng)?)
        })?;
        let new_json = new_header.to_json();
        self.conn
            .run(|db| replace_header(db, &self.key_check, &header_json, &new_json))
            .await
    }

    /// Takes the cross-tab edit lock of a case (see [`EditLock`]); `Ok(None)` when
    /// another tab is editing it. The lock's name is the case's record id, so it says
    /// nothing about the case either.
    pub async fn edit_lock(&self, id: &CaseId) -> Result<Option<EditLock>, StorageError> {
        let record_id = self.record_id(id)?;
        edit_lock::try_lock(&format!("{}/edit/{record_id}", self.conn.name)).await
    }

    /// The storage key of a case's record.
    pub fn record_id(&self, id: &CaseId) -> Result<String, StorageError> {
        self.with_key(|key| Ok(vault::record_id(key, &case_name(id))?))
    }

    /// Wipes the key from memory for every handle (quick exit, idle lock).
    pub fn lock(&self) {
        self.conn.forget_key();
    }

    pub fn is_locked(&self) -> bool {
        !matches!(&*self.conn.key.borrow(), Some((epoch, _)) if *epoch == self.epoch)
    }

    /// Runs `f` with the key, without holding it across an `await`.
    fn with_key<T>(
        &self,
        f: impl FnOnce(&DataKey) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        match &*self.conn.key.borrow() {
            Some((epoch, key)) if *epoch == self.epoch => f(key),
            _ => Err(StorageError::Locked),
        }
    }
}

/// One database connection, shared by a [`Storage`] and its [`Unlocked`] handles, and
/// the key while unlocked.
struct Connection {
    name: String,
    db: RefCell<Option<Database>>,
    listeners: RefCell<Option<Listeners>>,
    key: RefCell<Option<(u64, DataKey)>>,
    epoch: Cell<u64>,
}

/// The connection's "versionchange" and "close" handlers. Replaced (never dropped
/// from inside a handler) when the next connection is made.
struct Listeners {
    target: web_sys::IdbDatabase,
    _on_versionchange: Closure<dyn FnMut()>,
    _on_close: Closure<dyn FnMut()>,
}

impl Drop for Listeners {
    fn drop(&mut self) {
        self.target.set_onversionchange(None);
        self.target.set_onclose(None);
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.disconnect();
    }
}

impl Connection {
    /// The open connection, or a new one.
    async fn database(self: &Rc<Self>) -> Result<Database, StorageError> {
        if let Some(db) = self.db.borrow().as_ref() {
            return Ok(db.clone());
        }
        let db = open_database(&self.name).await?;
        // Another operation may have connected while this one waited: keep one.
        if let Some(existing) = self.db.borrow().as_ref() {
            db.close();
            return Ok(existing.clone());
        }
        let sys: &web_sys::IdbDatabase = db.as_sys();
        let weak = Rc::downgrade(self);
        let on_versionchange = Closure::<dyn FnMut()>::new({
            let weak = weak.clone();
            move || {
                if let Some(conn) = weak.upgrade() {
                    conn.disconnect();
                }
            }
        });
        let on_close = Closure::<dyn FnMut()>::new(move || {
            if let Some(conn) = weak.upgrade() {
                conn.disconnect();
            }
        });
        sys.set_onversionchange(Some(on_versionchange.as_ref().unchecked_ref()));
        sys.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        *self.listeners.borrow_mut() = Some(Listeners {
            target: sys.clone(),
            _on_versionchange: on_versionchange,
            _on_close: on_close,
        });
        *self.db.borrow_mut() = Some(db.clone());
        Ok(db)
    }

    /// Closes the connection; the next operation opens a new one.
    fn disconnect(&self) {
        if let Some(db) = self.db.borrow_mut().take() {
            db.close();
        }
    }

    /// Runs `op`, and once more on a fresh connection if the browser closed this one.
    /// Every operation is safe to repeat (puts and deletes by key).
    async fn run<T, F, Fut>(self: &Rc<Self>, op: F) -> Result<T, StorageError>
    where
        F: Fn(Database) -> Fut,
        Fut: Future<Output = Result<T, StorageError>>,
    {
        match op(self.database().await?).await {
            Err(StorageError::ConnectionClosed) => {
                self.disconnect();
                op(self.database().await?).await
            }
            other => other,
        }
    }

    fn install(self: &Rc<Self>, key: DataKey, key_check: String) -> Unlocked {
        let epoch = self.epoch.get() + 1;
        self.epoch.set(epoch);
        *self.key.borrow_mut() = Some((epoch, key));
        Unlocked {
            conn: Rc::clone(self),
            epoch,
            key_check,
            seen: SeenVersions::default(),
        }
    }

    fn forget_key(&self) {
        // Dropping the DataKey zeroes it.
        self.key.borrow_mut().take();
    }
}

async fn open_database(name: &str) -> Result<Database, StorageError> {
    Database::open(name)
        .with_version(SCHEMA_VERSION)
        .with_on_upgrade_needed(|event, db| upgrade(event.old_version(), &db))
        .await
        .map_err(StorageError::from_open)
}

/// Brings the schema from `old_version` to [`SCHEMA_VERSION`], one step at a time.
fn upgrade(old_version: f64, db: &Database) -> indexed_db_futures::Result<()> {
    if old_version < 1.0 {
        db.create_object_store(layout::VAULT).build()?;
        db.create_object_store(layout::CASES).build()?;
    }
    if old_version < 2.0 {
        db.create_object_store(layout::SETTINGS).build()?;
    }
    Ok(())
}

fn strict() -> TransactionOptions {
    let mut options = TransactionOptions::new();
    options.set_durability(TransactionDurability::Strict);
    options
}

/// Commits, and reports why the browser aborted if it did (a full disk shows up as
/// the transaction's `QuotaExceededError`, not as an error of the request).
async fn commit(tx: Transaction<'_>) -> Result<(), StorageError> {
    let sys: web_sys::IdbTransaction = tx.as_sys().clone().unchecked_into();
    tx.commit().await.map_err(|error| match sys.error() {
        Some(cause) => StorageError::from_error_name(&cause.name()),
        None => StorageError::from(error),
    })
}

fn text_or_corrupt(value: Option<JsValue>) -> Result<Option<String>, StorageError> {
    value
        .map(|v| v.as_string().ok_or(StorageError::Corrupt))
        .transpose()
}

/// The header JSON and the key check, if present.
async fn read_vault(db: Database) -> Result<(Option<String>, Option<String>), StorageError> {
    let tx = db.transaction(layout::VAULT).build()?;
    let store = tx.object_store(layout::VAULT)?;
    let header: Option<JsValue> = store.get(layout::HEADER).primitive()?.await?;
    let check: Option<JsValue> = store.get(layout::KEY_CHECK).primitive()?.await?;
    Ok((text_or_corrupt(header)?, text_or_corrupt(check)?))
}

async fn create_vault_records(db: Database, header: &str, check: &str) -> Result<(), StorageError> {
    let tx = db
        .transaction(layout::VAULT)
        .with_mode(TransactionMode::Readwrite)
        .with_options(strict())
        .build()?;
    let store = tx.object_store(layout::VAULT)?;
    let existing: Option<JsValue> = store.get(layout::HEADER).primitive()?.await?;
    match text_or_corrupt(existing)? {
        // Our own write, committed before a lost connection made us retry.
        Some(existing) if existing == header => return Ok(()),
        Some(_) => return Err(StorageError::VaultExists),
        None => {}
    }
    store
        .put(header)
        .with_key(layout::HEADER)
        .without_key_type()
        .primitive()?
        .await?;
    store
        .put(check)
        .with_key(layout::KEY_CHECK)
        .without_key_type()
        .primitive()?
        .await?;
    commit(tx).await
}

async fn add_key_check(db: Database, header: &str, check: &str) -> Result<(), StorageError> {
    let tx = db
        .transaction(layout::VAULT)
        .with_mode(TransactionMode::Readwrite)
        .build()?;
    let store = tx.object_store(layout::VAULT)?;
    let current: Option<JsValue> = store.get(layout::HEADER).primitive()?.await?;
    if text_or_corrupt(current)?.as_deref() != Some(header) {
        return Err(StorageError::Conflict);
    }
    store
        .put(check)
        .with_key(layout::KEY_CHECK)
        .without_key_type()
        .primitive()?
        .await?;
    commit(tx).await
}

/// Fails unless the vault of this transaction is the one `key_check` belongs to.
async fn verify_key_check(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    key_check: &str,
) -> Result<(), StorageError> {
    let stored: Option<JsValue> = store.get(layout::KEY_CHECK).primitive()?.await?;
    match text_or_corrupt(stored)? {
        Some(stored) if stored == key_check => Ok(()),
        // Erased (and perhaps created anew) in another tab.
        _ => Err(StorageError::NoVault),
    }
}

/// Puts (`Some`) or deletes (`None`) one case record, in one strict transaction that
/// first checks the vault is still the one unlocked.
async fn write_case(
    db: Database,
    key_check: &str,
    record_id: &str,
    value: Option<&JsValue>,
) -> Result<(), StorageError> {
    let tx = db
        .transaction([layout::VAULT, layout::CASES])
        .with_mode(TransactionMode::Readwrite)
        .with_options(strict())
        .build()?;
    verify_key_check(&tx.object_store(layout::VAULT)?, key_check).await?;
    let cases = tx.object_store(layout::CASES)?;
    match value {
        Some(value) => {
            cases
                .put(value)
                .with_key(record_id)
                .without_key_type()
                .primitive()?
                .await?
        }
        None => cases.delete(record_id).primitive()?.await?,
    }
    commit(tx).await
}

async fn replace_header(
    db: Database,
    key_check: &str,
    old_header: &str,
    new_header: &str,
) -> Result<(), StorageError> {
    let tx = db
        .transaction(layout::VAULT)
        .with_mode(TransactionMode::Readwrite)
        .with_options(strict())
        .build()?;
    let store = tx.object_store(layout::VAULT)?;
    verify_key_check(&store, key_check).await?;
    let current: Option<JsValue> = store.get(layout::HEADER).primitive()?.await?;
    if text_or_corrupt(current)?.as_deref() != Some(old_header) {
        return Err(StorageError::Conflict);
    }
    store
        .put(new_header)
        .with_key(layout::HEADER)
        .without_key_type()
        .primitive()?
        .await?;
    commit(tx).await
}

/// Every case record as (key, value), read in one transaction.
async fn read_cases(db: Database) -> Result<Vec<(String, JsValue)>, StorageError> {
    let tx = db.transaction(layout::CASES).build()?;
    let store = tx.object_store(layout::CASES)?;
    let keys: Vec<JsValue> = store
        .get_all_keys::<JsValue>()
        .primitive()?
        .await?
        .collect::<Result<_, _>>()?;
    let values: Vec<JsValue> = store
        .get_all::<JsValue>()
        .primitive()?
        .await?
        .collect::<Result<_, _>>()?;
    if keys.len() != values.len() {
        return Err(StorageError::Corrupt);
    }
    Ok(keys
        .into_iter()
        .zip(values)
        .map(|(key, value)| {
            // A non-text key cannot be ours; keep it visible as unreadable.
            (key.as_string().unwrap_or_default(), value)
        })
        .collect())
}

async fn read_case(db: Database, record_id: &str) -> Result<Option<JsValue>, StorageError> {
    let tx = db.transaction(layout::CASES).build()?;
    let store = tx.object_store(layout::CASES)?;
    Ok(store.get(record_id).primitive()?.await?)
}

async fn read_setting(db: Database, name: &str) -> Result<Option<String>, StorageError> {
    text_or_corrupt(read_setting_value(db, name).await?)
}

async fn write_setting(db: Database, name: &str, text: &str) -> Result<(), StorageError> {
    write_setting_value(db, name, &JsValue::from_str(text)).await
}

/// Decrypts and reads one case record, checking it sits under its own id.
async fn read_setting_value(db: Database, name: &str) -> Result<Option<JsValue>, StorageError> {
    let tx = db.transaction(layout::SETTINGS).build()?;
    let store = tx.object_store(layout::SETTINGS)?;
    Ok(store.get(name).primitive()?.await?)
}

async fn write_setting_value(
    db: Database,
    name: &str,
    value: &JsValue,
) -> Result<(), StorageError> {
    let tx = db
        .transaction(layout::SETTINGS)
        .with_mode(TransactionMode::Readwrite)
        .build()?;
    let store = tx.object_store(layout::SETTINGS)?;
    store
        .put(value)
        .with_key(name)
        .without_key_type()
        .primitive()?
        .await?;
    commit(tx).await
}

fn sealed_setting_name(name: &str) -> String {
    format!("setting:{name}")
}

/// Where a sealed setting is kept, and the name it is sealed under: a keyed hash, so
/// the settings store does not say which settings exist.
fn sealed_setting_slot(record_id: &str) -> String {
    format!("sealed/{record_id}")
}

fn open_case(key: &DataKey, record_id: &str, value: &JsValue) -> Result<Case, StorageError> {
    let bytes = value
        .dyn_ref::<js_sys::Uint8Array>()
        .ok_or(StorageError::Corrupt)?
        .to_vec();
    let plain = Zeroizing::new(vault::open(key, &record_name(record_id), &bytes)?);
    let text = std::str::from_utf8(&plain).map_err(|_| StorageError::Corrupt)?;
    let case = case::from_json(text).map_err(|error| match error {
        ReadError::TooNew { .. } => StorageError::VersionTooNew,
        _ => StorageError::Corrupt,
    })?;
    if vault::record_id(key, &case_name(&case.id))? != record_id {
        return Err(StorageError::Corrupt);
    }
    Ok(case)
}

/// What a case's record id is derived from.
fn case_name(id: &CaseId) -> String {
    format!("case:{id}")
}

/// The name a record is sealed under (its associated data).
fn record_name(record_id: &str) -> String {
    format!("cases/{record_id}")
}

fn key_check(key: &DataKey) -> Result<String, StorageError> {
    Ok(vault::record_id(key, "vault-key-check")?)
}
