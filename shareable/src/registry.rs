//! The process-wide registry of thread-safe objects, addressed by handles.
//!
//! A [`Handle`] is an owning, reference-counted reference to a registry entry: cloning one
//! (an interpreter importing it, a value holding it) counts, and the object is freed when the
//! last handle anywhere is dropped. Using a handle ([`Handle::object`], `as_lock`, ...) takes
//! no lock at all: it checks one atomic flag (set by [`Handle::revoke`]) and dereferences.
//!
//! A [`RawHandle`] is the non-owning form (a `Copy` key: registry shard + `slotmap` key with
//! its generation), for identity maps and ids. [`Registry::get`] turns it back into a handle,
//! or fails with [`Error::StaleHandle`] if the object was freed or revoked, even when its
//! slot has been reused: the slotmap generation check guarantees a stale key never reaches
//! another object. The slotmaps are sharded (inserts rotate over the shards), so
//! neither inserts nor lookups serialize all threads on one lock.

use std::any::Any;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use parking_lot::RwLock;
use slotmap::{DefaultKey, Key, KeyData, SlotMap};

use crate::barrier::Barrier;
use crate::condition::Condition;
use crate::error::{Error, Result};
use crate::event::Event;
use crate::lock::{Lock, RLock};
use crate::queue::{Queue, QueueKind};
use crate::semaphore::Semaphore;
use crate::shared::{SharedDict, SharedList};
use crate::value::Shareable;

/// The kinds of registry objects (for typed access and statistics).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjectKind {
    /// `threading.Lock`.
    Lock,
    /// `threading.RLock`.
    RLock,
    /// `threading.Condition`.
    Condition,
    /// `threading.Semaphore`.
    Semaphore,
    /// `threading.BoundedSemaphore`.
    BoundedSemaphore,
    /// `threading.Event`.
    Event,
    /// `threading.Barrier`.
    Barrier,
    /// `queue.Queue`.
    Queue,
    /// `queue.LifoQueue`.
    LifoQueue,
    /// `queue.PriorityQueue`.
    PriorityQueue,
    /// `queue.SimpleQueue`.
    SimpleQueue,
    /// A shared dict.
    SharedDict,
    /// A shared list.
    SharedList,
    /// An interpreter handle (a [`Foreign`] object the vm defines).
    Interpreter,
    /// A proxy (a [`Foreign`] object the vm defines).
    Proxy,
    /// Any other [`Foreign`] object.
    Other,
}

impl ObjectKind {
    /// Every kind, in declaration order.
    pub const ALL: [ObjectKind; 16] = [
        ObjectKind::Lock,
        ObjectKind::RLock,
        ObjectKind::Condition,
        ObjectKind::Semaphore,
        ObjectKind::BoundedSemaphore,
        ObjectKind::Event,
        ObjectKind::Barrier,
        ObjectKind::Queue,
        ObjectKind::LifoQueue,
        ObjectKind::PriorityQueue,
        ObjectKind::SimpleQueue,
        ObjectKind::SharedDict,
        ObjectKind::SharedList,
        ObjectKind::Interpreter,
        ObjectKind::Proxy,
        ObjectKind::Other,
    ];

    /// The Python type name of objects of this kind.
    pub fn python_name(self) -> &'static str {
        match self {
            ObjectKind::Lock => "lock",
            ObjectKind::RLock => "RLock",
            ObjectKind::Condition => "Condition",
            ObjectKind::Semaphore => "Semaphore",
            ObjectKind::BoundedSemaphore => "BoundedSemaphore",
            ObjectKind::Event => "Event",
            ObjectKind::Barrier => "Barrier",
            ObjectKind::Queue => "Queue",
            ObjectKind::LifoQueue => "LifoQueue",
            ObjectKind::PriorityQueue => "PriorityQueue",
            ObjectKind::SimpleQueue => "SimpleQueue",
            ObjectKind::SharedDict => "dict",
            ObjectKind::SharedList => "list",
            ObjectKind::Interpreter => "Interpreter",
            ObjectKind::Proxy => "proxy",
            ObjectKind::Other => "object",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// An object the vm defines (interpreter handles, proxies): any `Send + Sync` value.
pub struct Foreign {
    kind: ObjectKind,
    value: Box<dyn Any + Send + Sync>,
}

impl Foreign {
    /// Wraps `value` as an object of `kind` (normally `Interpreter`, `Proxy` or `Other`).
    pub fn new<T: Any + Send + Sync>(kind: ObjectKind, value: T) -> Foreign {
        Foreign {
            kind,
            value: Box::new(value),
        }
    }
    /// The value as a `T`, if it is one.
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        self.value.downcast_ref()
    }
}

impl fmt::Debug for Foreign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Foreign({:?})", self.kind)
    }
}

/// A thread-safe object living in the registry.
#[derive(Debug)]
pub enum Object {
    /// A `Lock`.
    Lock(Lock),
    /// An `RLock`.
    RLock(RLock),
    /// A `Condition`.
    Condition(Condition),
    /// A `Semaphore` or `BoundedSemaphore`.
    Semaphore(Semaphore),
    /// An `Event`.
    Event(Event),
    /// A `Barrier`.
    Barrier(Barrier),
    /// A `Queue`, `LifoQueue`, `PriorityQueue` or `SimpleQueue`.
    Queue(Queue),
    /// A shared dict.
    Dict(SharedDict),
    /// A shared list.
    List(SharedList),
    /// A vm-defined object.
    Foreign(Foreign),
}

impl Object {
    /// The object's kind.
    pub fn kind(&self) -> ObjectKind {
        match self {
            Object::Lock(_) => ObjectKind::Lock,
            Object::RLock(_) => ObjectKind::RLock,
            Object::Condition(_) => ObjectKind::Condition,
            Object::Semaphore(s) if s.is_bounded() => ObjectKind::BoundedSemaphore,
            Object::Semaphore(_) => ObjectKind::Semaphore,
            Object::Event(_) => ObjectKind::Event,
            Object::Barrier(_) => ObjectKind::Barrier,
            Object::Queue(q) => match q.kind() {
                QueueKind::Fifo => ObjectKind::Queue,
                QueueKind::Lifo => ObjectKind::LifoQueue,
                QueueKind::Priority => ObjectKind::PriorityQueue,
                QueueKind::Simple => ObjectKind::SimpleQueue,
            },
            Object::Dict(_) => ObjectKind::SharedDict,
            Object::List(_) => ObjectKind::SharedList,
            Object::Foreign(f) => f.kind,
        }
    }
}

macro_rules! object_from {
    ($($variant:ident($ty:ty)),* $(,)?) => {$(
        impl From<$ty> for Object {
            fn from(x: $ty) -> Object {
                Object::$variant(x)
            }
        }
    )*};
}
object_from!(
    Lock(Lock),
    RLock(RLock),
    Condition(Condition),
    Semaphore(Semaphore),
    Event(Event),
    Barrier(Barrier),
    Queue(Queue),
    Dict(SharedDict),
    List(SharedList),
    Foreign(Foreign),
);

/// Number of slotmap shards (a power of two).
const SHARDS: usize = 32;

#[repr(align(128))]
struct Shard(RwLock<SlotMap<DefaultKey, Weak<Entry>>>);

struct RegistryInner {
    shards: Box<[Shard]>,
    live: [AtomicUsize; ObjectKind::ALL.len()],
}

struct Entry {
    registry: Arc<RegistryInner>,
    shard: u32,
    key: DefaultKey,
    revoked: AtomicBool,
    object: Object,
}

impl Drop for Entry {
    fn drop(&mut self) {
        // The last handle is gone: free the slot (its generation moves on, so raw handles to
        // it go stale). The removed Weak is dropped after the shard lock is released.
        let removed = self.registry.shards[self.shard as usize]
            .0
            .write()
            .remove(self.key);
        drop(removed);
        self.registry.live[self.object.kind().index()].fetch_sub(1, Ordering::Relaxed);
        // `self.object` (and any handles it holds) drops after this, with no lock held.
    }
}

/// The registry: sharded slotmaps of thread-safe objects. Cheap to clone (shared inside).
/// Normally there is one, [`Registry::global`]; tests may make private ones.
#[derive(Clone)]
pub struct Registry {
    inner: Arc<RegistryInner>,
}

impl Default for Registry {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("live", &self.len())
            .finish()
    }
}

/// The shard for the next insert: each thread walks the shards round-robin from its own
/// starting point, so objects spread over all shards whoever creates them, and concurrent
/// inserts by different threads rarely meet on one shard lock.
fn next_shard() -> usize {
    use std::cell::Cell;
    static SEED: AtomicUsize = AtomicUsize::new(0);
    thread_local!(static NEXT: Cell<usize> = Cell::new(SEED.fetch_add(7, Ordering::Relaxed)));
    NEXT.with(|n| {
        let s = n.get();
        n.set(s.wrapping_add(1));
        s % SHARDS
    })
}

impl Registry {
    /// A new, empty registry.
    pub fn new() -> Registry {
        Registry {
            inner: Arc::new(RegistryInner {
                shards: (0..SHARDS)
                    .map(|_| Shard(RwLock::new(SlotMap::new())))
                    .collect(),
                live: std::array::from_fn(|_| AtomicUsize::new(0)),
            }),
        }
    }

    /// The process-wide registry.
    pub fn global() -> &'static Registry {
        static GLOBAL: OnceLock<Registry> = OnceLock::new();
        GLOBAL.get_or_init(Registry::new)
    }

    /// Registers `object`; the returned handle is its first reference.
    pub fn insert(&self, object: impl Into<Object>) -> Handle {
        let object = object.into();
        self.inner.live[object.kind().index()].fetch_add(1, Ordering::Relaxed);
        let shard = next_shard();
        let mut map = self.inner.shards[shard].0.write();
        let mut object = Some(object);
        let mut handle = None;
        map.insert_with_key(|key| {
            let entry = Arc::new(Entry {
                registry: self.inner.clone(),
                shard: shard as u32,
                key,
                revoked: AtomicBool::new(false),
                object: object.take().expect("called once"),
            });
            let weak = Arc::downgrade(&entry);
            handle = Some(Handle { entry });
            weak
        });
        handle.expect("inserted")
    }

    /// The object `raw` names, as a new handle; [`Error::StaleHandle`] if it was freed or
    /// revoked (never another object, even if the slot was reused).
    pub fn get(&self, raw: RawHandle) -> Result<Handle> {
        let shard = self
            .inner
            .shards
            .get(raw.shard as usize)
            .ok_or(Error::StaleHandle)?;
        let entry = {
            let map = shard.0.read();
            map.get(DefaultKey::from(KeyData::from_ffi(raw.key)))
                .and_then(Weak::upgrade)
        };
        match entry {
            Some(entry) if !entry.revoked.load(Ordering::Acquire) => Ok(Handle { entry }),
            _ => Err(Error::StaleHandle),
        }
    }

    /// Whether `raw` still names a live object.
    pub fn contains(&self, raw: RawHandle) -> bool {
        self.get(raw).is_ok()
    }

    /// Live (not yet freed) objects of `kind`. Revoked objects count until their last
    /// handle is dropped.
    pub fn live(&self, kind: ObjectKind) -> usize {
        self.inner.live[kind.index()].load(Ordering::Relaxed)
    }

    /// Live objects of all kinds.
    pub fn len(&self) -> usize {
        self.inner
            .live
            .iter()
            .map(|n| n.load(Ordering::Relaxed))
            .sum()
    }

    /// Whether no object is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A snapshot of the live counts by kind.
    pub fn stats(&self) -> Stats {
        Stats {
            counts: std::array::from_fn(|i| self.inner.live[i].load(Ordering::Relaxed)),
        }
    }

    /// A new `Lock`.
    pub fn new_lock(&self) -> Handle {
        self.insert(Lock::new())
    }
    /// A new `RLock`.
    pub fn new_rlock(&self) -> Handle {
        self.insert(RLock::new())
    }
    /// A new `Condition` over `lock` (a `Lock` or `RLock` handle), or over a new `RLock`.
    pub fn new_condition(&self, lock: Option<Handle>) -> Result<Handle> {
        let lock = match lock {
            Some(l) => l,
            None => self.new_rlock(),
        };
        Ok(self.insert(Condition::new(lock)?))
    }
    /// A new `Semaphore(value)`.
    pub fn new_semaphore(&self, value: i64) -> Result<Handle> {
        Ok(self.insert(Semaphore::new(value)?))
    }
    /// A new `BoundedSemaphore(value)`.
    pub fn new_bounded_semaphore(&self, value: i64) -> Result<Handle> {
        Ok(self.insert(Semaphore::new_bounded(value)?))
    }
    /// A new `Event`.
    pub fn new_event(&self) -> Handle {
        self.insert(Event::new())
    }
    /// A new `Barrier(parties, timeout=timeout)`.
    pub fn new_barrier(&self, parties: i64, timeout: Option<Duration>) -> Result<Handle> {
        Ok(self.insert(Barrier::new(parties, timeout)?))
    }
    /// A new queue of `kind` (`maxsize <= 0`: unbounded; ignored for `SimpleQueue`).
    pub fn new_queue(&self, kind: QueueKind, maxsize: i64) -> Handle {
        self.insert(Queue::new(kind, maxsize))
    }
    /// A new shared dict.
    pub fn new_dict(&self) -> Handle {
        self.insert(SharedDict::new())
    }
    /// A new shared list holding `items`.
    pub fn new_list(&self, items: Vec<Shareable>) -> Handle {
        self.insert(SharedList::from_vec(items))
    }
}

/// Live object counts by kind (a snapshot).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    counts: [usize; ObjectKind::ALL.len()],
}

impl Stats {
    /// Live objects of `kind`.
    pub fn get(&self, kind: ObjectKind) -> usize {
        self.counts[kind.index()]
    }
    /// Live objects of all kinds.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
    /// `(kind, count)` for every kind with live objects.
    pub fn nonzero(&self) -> impl Iterator<Item = (ObjectKind, usize)> + '_ {
        ObjectKind::ALL
            .iter()
            .map(|k| (*k, self.get(*k)))
            .filter(|(_, n)| *n > 0)
    }
}

/// An owning reference to a registry object. `Clone` adds a reference, `Drop` removes one;
/// the object is freed with its last handle. Compares and hashes by identity.
pub struct Handle {
    entry: Arc<Entry>,
}

impl Clone for Handle {
    fn clone(&self) -> Handle {
        Handle {
            entry: self.entry.clone(),
        }
    }
}

macro_rules! typed_access {
    ($($(#[$doc:meta])* $name:ident => $variant:ident($ty:ty), $expected:literal;)*) => {$(
        $(#[$doc])*
        pub fn $name(&self) -> Result<&$ty> {
            match self.object()? {
                Object::$variant(x) => Ok(x),
                other => Err(Error::WrongKind {
                    expected: $expected,
                    found: other.kind().python_name(),
                }),
            }
        }
    )*};
}

impl Handle {
    /// The object; [`Error::StaleHandle`] if it was revoked. Lock-free: one atomic load.
    #[inline]
    pub fn object(&self) -> Result<&Object> {
        if self.entry.revoked.load(Ordering::Acquire) {
            return Err(Error::StaleHandle);
        }
        Ok(&self.entry.object)
    }

    /// The object's kind (also for a revoked handle).
    pub fn kind(&self) -> ObjectKind {
        self.entry.object.kind()
    }

    typed_access! {
        /// The object as a `Lock`.
        as_lock => Lock(Lock), "lock";
        /// The object as an `RLock`.
        as_rlock => RLock(RLock), "RLock";
        /// The object as a `Condition`.
        as_condition => Condition(Condition), "Condition";
        /// The object as a `Semaphore` / `BoundedSemaphore`.
        as_semaphore => Semaphore(Semaphore), "Semaphore";
        /// The object as an `Event`.
        as_event => Event(Event), "Event";
        /// The object as a `Barrier`.
        as_barrier => Barrier(Barrier), "Barrier";
        /// The object as a queue.
        as_queue => Queue(Queue), "Queue";
        /// The object as a shared dict.
        as_dict => Dict(SharedDict), "dict";
        /// The object as a shared list.
        as_list => List(SharedList), "list";
        /// The object as a vm-defined object.
        as_foreign => Foreign(Foreign), "foreign object";
    }

    /// The non-owning key of this object.
    pub fn raw(&self) -> RawHandle {
        RawHandle {
            shard: self.entry.shard,
            key: self.entry.key.data().as_ffi(),
        }
    }

    /// Revokes the object: from now on every handle to it, and every raw handle, is stale.
    /// (The memory is still freed with the last handle.) For objects whose owner went
    /// away: a closed interpreter, a proxy whose owner exited.
    pub fn revoke(&self) {
        if !self.entry.revoked.swap(true, Ordering::AcqRel) {
            let removed = self.entry.registry.shards[self.entry.shard as usize]
                .0
                .write()
                .remove(self.entry.key);
            drop(removed);
        }
    }

    /// Whether the handle is stale (revoked).
    pub fn is_stale(&self) -> bool {
        self.entry.revoked.load(Ordering::Acquire)
    }

    /// Number of handles to this object alive right now (across all interpreters).
    pub fn ref_count(&self) -> usize {
        Arc::strong_count(&self.entry)
    }

    /// A stable identity for the object while any handle to it lives (its address).
    pub fn id(&self) -> usize {
        Arc::as_ptr(&self.entry) as usize
    }

    pub(crate) fn addr(&self) -> usize {
        self.id()
    }

    /// A weak handle: does not keep the object alive (an owner uses it to find again the
    /// handle it gave out for an object, without pinning it).
    pub fn downgrade(&self) -> WeakHandle {
        WeakHandle {
            entry: Arc::downgrade(&self.entry),
        }
    }
}

/// A handle that does not keep its object alive; see [`Handle::downgrade`].
#[derive(Clone)]
pub struct WeakHandle {
    entry: std::sync::Weak<Entry>,
}

impl WeakHandle {
    /// The handle, if the object is still alive.
    pub fn upgrade(&self) -> Option<Handle> {
        self.entry.upgrade().map(|entry| Handle { entry })
    }
}

impl fmt::Debug for WeakHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WeakHandle")
    }
}

impl PartialEq for Handle {
    fn eq(&self, other: &Handle) -> bool {
        Arc::ptr_eq(&self.entry, &other.entry)
    }
}
impl Eq for Handle {}

impl std::hash::Hash for Handle {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.addr().hash(state)
    }
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let raw = self.raw();
        write!(
            f,
            "<shared {} {}:{:#x}{}>",
            self.kind().python_name(),
            raw.shard,
            raw.key,
            if self.is_stale() { " (stale)" } else { "" }
        )
    }
}

/// A non-owning, generation-checked key of a registry object: `Copy`, `Eq`, `Hash`. Does not
/// keep the object alive; [`Registry::get`] fails with [`Error::StaleHandle`] once it is gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RawHandle {
    shard: u32,
    key: u64,
}

impl RawHandle {
    /// Packs the key into a `u128` (for ids).
    pub fn to_bits(self) -> u128 {
        ((self.shard as u128) << 64) | self.key as u128
    }
    /// Unpacks [`RawHandle::to_bits`]; any value is accepted (a made-up one is just stale).
    pub fn from_bits(bits: u128) -> RawHandle {
        RawHandle {
            shard: (bits >> 64) as u32,
            key: bits as u64,
        }
    }
}
