//! An insertion-ordered hash table keyed by shareable values with Python semantics: CPython's
//! compact dict layout (an index table probed with CPython's perturbation scheme over an
//! entry vector with tombstones), so order survives deletion and keys that are never equal
//! (NaN) still get their own entries, reachable by iteration and `pop_last`.

use crate::error::{Error, Result};
use crate::value::Shareable;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
struct Entry<V> {
    hash: i64,
    key: Shareable,
    value: V,
}

/// An insertion-ordered map from shareable keys (compared with [`Shareable::py_eq`], hashed
/// with [`Shareable::py_hash`]) to `V`: the storage of [`SharedDict`](crate::SharedDict) and
/// of frozensets. Unhashable keys are refused with `TypeError`. Keys that compare unequal to
/// themselves (NaN) each get their own entry.
#[derive(Clone)]
pub struct ShareableMap<V> {
    /// Open-addressing table of indices into `entries` (`EMPTY`, `DUMMY` or an index).
    indices: Vec<u32>,
    /// Entries in insertion order; `None` marks a deleted one.
    entries: Vec<Option<Entry<V>>>,
    /// Live entries.
    used: usize,
    /// Inserts left before the table must grow (CPython's `dk_usable`).
    usable: usize,
}

impl<V> Default for ShareableMap<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> ShareableMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        ShareableMap {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            usable: 0,
        }
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        *self = Self::new();
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Shareable, &V)> {
        self.entries.iter().flatten().map(|e| (&e.key, &e.value))
    }

    /// Values in insertion order, mutably.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().flatten().map(|e| &mut e.value)
    }

    pub(crate) fn iter_with_hash(&self) -> impl Iterator<Item = (&Shareable, i64, &V)> {
        self.entries
            .iter()
            .flatten()
            .map(|e| (&e.key, e.hash, &e.value))
    }

    pub(crate) fn iter_hashes(&self) -> impl Iterator<Item = i64> + '_ {
        self.entries.iter().flatten().map(|e| e.hash)
    }

    /// Probes for `key`: returns (slot in `indices`, index in `entries`).
    fn lookup(&self, key: &Shareable, hash: i64) -> Option<(usize, usize)> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = self.entries[ix as usize]
                    .as_ref()
                    .expect("indexed entry is live");
                if e.hash == hash && (e.key.is_same(key) || e.key.py_eq(key)) {
                    return Some((i, ix as usize));
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The slot that holds entry index `ix` (whose hash is `hash`).
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == ix as u32 {
                return i;
            }
            debug_assert_ne!(self.indices[i], EMPTY, "entry must be indexed");
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// First free (empty or dummy) slot on `hash`'s probe sequence.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return i;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Rebuilds the index for at least `min_used` entries, dropping tombstones.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 / 3 < min_used.max(1) * 3 / 2 + 1 {
            size *= 2;
        }
        let entries: Vec<Option<Entry<V>>> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(Option::is_some)
            .collect();
        self.entries = entries;
        self.indices = vec![EMPTY; size];
        for ix in 0..self.entries.len() {
            let hash = self.entries[ix].as_ref().expect("compacted").hash;
            let slot = self.free_slot(hash);
            self.indices[slot] = ix as u32;
        }
        self.usable = size * 2 / 3 - self.entries.len();
    }

    pub(crate) fn find(&self, key: &Shareable, hash: i64) -> Option<&V> {
        self.lookup(key, hash)
            .map(|(_, ix)| &self.entries[ix].as_ref().expect("live").value)
    }

    /// The value for `key`; `TypeError` if `key` is unhashable.
    pub fn get(&self, key: &Shareable) -> Result<Option<&V>> {
        let hash = key.py_hash()?;
        Ok(self.find(key, hash))
    }

    /// The value for `key`, mutably; `TypeError` if `key` is unhashable.
    pub fn get_mut(&mut self, key: &Shareable) -> Result<Option<&mut V>> {
        let hash = key.py_hash()?;
        Ok(match self.lookup(key, hash) {
            Some((_, ix)) => Some(&mut self.entries[ix].as_mut().expect("live").value),
            None => None,
        })
    }

    /// Whether `key` is present; `TypeError` if `key` is unhashable.
    pub fn contains_key(&self, key: &Shareable) -> Result<bool> {
        Ok(self.get(key)?.is_some())
    }

    fn push_new(&mut self, hash: i64, key: Shareable, value: V) {
        if self.usable == 0 {
            self.resize(self.used + 1);
        }
        let slot = self.free_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
    }

    /// Inserts or replaces; returns the old value. An existing key keeps its original key
    /// object and position (as CPython). `TypeError` if `key` is unhashable.
    pub fn insert(&mut self, key: Shareable, value: V) -> Result<Option<V>> {
        let hash = key.py_hash()?;
        if let Some((_, ix)) = self.lookup(&key, hash) {
            let e = self.entries[ix].as_mut().expect("live");
            return Ok(Some(std::mem::replace(&mut e.value, value)));
        }
        self.push_new(hash, key, value);
        Ok(None)
    }

    /// Inserts only when absent; returns whether it inserted.
    pub fn insert_if_absent(&mut self, key: Shareable, value: V) -> Result<bool> {
        let hash = key.py_hash()?;
        if self.lookup(&key, hash).is_some() {
            return Ok(false);
        }
        self.push_new(hash, key, value);
        Ok(true)
    }

    /// Removes `key`, returning its entry; `TypeError` if `key` is unhashable.
    pub fn remove(&mut self, key: &Shareable) -> Result<Option<(Shareable, V)>> {
        let hash = key.py_hash()?;
        Ok(self.lookup(key, hash).map(|(slot, ix)| {
            self.indices[slot] = DUMMY;
            self.take_entry(ix)
        }))
    }

    fn take_entry(&mut self, ix: usize) -> (Shareable, V) {
        let e = self.entries[ix].take().expect("live");
        self.used -= 1;
        // Trailing tombstones can go: nothing indexes them any more. (`usable` is not given
        // back: the index slots they used are dummies until the next resize, as in CPython.)
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        (e.key, e.value)
    }

    /// Removes and returns the most recently inserted entry (`dict.popitem`'s LIFO order).
    pub fn pop_last(&mut self) -> Option<(Shareable, V)> {
        let ix = self.entries.iter().rposition(Option::is_some)?;
        let hash = self.entries[ix].as_ref().expect("live").hash;
        let slot = self.slot_of(hash, ix);
        self.indices[slot] = DUMMY;
        Some(self.take_entry(ix))
    }
}

impl<V: Clone> ShareableMap<V> {
    /// Snapshot of the entries in insertion order.
    pub fn to_vec(&self) -> Vec<(Shareable, V)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

impl ShareableMap<Shareable> {
    /// `dict[key]`: `KeyError(key)` when absent.
    pub fn get_item(&self, key: &Shareable) -> Result<Shareable> {
        match self.get(key)? {
            Some(v) => Ok(v.clone()),
            None => Err(Error::Key(key.clone())),
        }
    }
}
