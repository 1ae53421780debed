//! Insertion-ordered hash table shared by `dict`, `set` and `frozenset`.
//!
//! Entries live in a dense vector (deleted slots become `None` until compaction); the
//! `hashbrown` table maps Python hashes to entry indices. Key equality that may run Python
//! code is decided by the caller (see `interp::hashing`), so this file never calls into the
//! interpreter while holding a borrow.

use std::cell::{Cell, RefCell};

use hashbrown::HashTable;

use crate::value::Value;

use super::set_order::SetOrder;

pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The hash the table is keyed by. Python hashes of small ints are the ints themselves,
/// so their high bits are all zero; hashbrown takes its 7-bit per-slot tag from the top
/// bits, and with equal tags every probe would compare keys. Multiplying by an odd
/// constant moves entropy into the top bits and keeps distinct low bits distinct.
#[inline]
fn table_hash(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[derive(Default)]
pub struct DictData {
    table: HashTable<usize>,
    entries: Vec<Option<DictEntry>>,
    len: usize,
    /// Sets only: CPython's table layout, which decides iteration order.
    order: Option<Box<SetOrder>>,
}

impl DictData {
    pub fn new() -> Self {
        Self::default()
    }

    /// Storage for a `set`/`frozenset` (iterates in CPython's order).
    pub fn new_set() -> Self {
        DictData {
            order: Some(Box::default()),
            ..Self::default()
        }
    }

    pub fn is_set(&self) -> bool {
        self.order.is_some()
    }

    pub fn with_capacity(n: usize) -> Self {
        DictData {
            table: HashTable::with_capacity(n),
            entries: Vec::with_capacity(n),
            len: 0,
            order: None,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index of the entry whose key satisfies `eq`, among those with this hash.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(table_hash(hash), |&i| match &entries[i] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .copied()
    }

    /// All entry indices with this hash (for comparisons that need the interpreter).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let entries = &self.entries;
        self.table.find(table_hash(hash), |&i| {
            if let Some(e) = &entries[i] {
                if e.hash == hash {
                    out.push(i);
                }
            }
            false
        });
        out
    }

    #[inline]
    pub fn entry(&self, idx: usize) -> Option<&DictEntry> {
        self.entries.get(idx).and_then(|e| e.as_ref())
    }

    #[inline]
    pub fn entry_mut(&mut self, idx: usize) -> Option<&mut DictEntry> {
        self.entries.get_mut(idx).and_then(|e| e.as_mut())
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some(DictEntry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(table_hash(hash), idx, |&i| {
            entries[i].as_ref().map(|e| table_hash(e.hash)).unwrap_or(0)
        });
        self.len += 1;
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.insert(idx, hash, &|i| {
                entries[i].as_ref().map(|e| e.hash).unwrap_or(0)
            });
        }
    }

    pub fn remove_at(&mut self, idx: usize) -> Option<DictEntry> {
        let hash = self.entries.get(idx)?.as_ref()?.hash;
        if let Ok(e) = self.table.find_entry(table_hash(hash), |&i| i == idx) {
            e.remove();
        }
        if let Some(order) = &mut self.order {
            order.remove(idx, hash);
        }
        let old = self.entries[idx].take();
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        old
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        if let Some(order) = &mut self.order {
            let mut new_index = Vec::with_capacity(old.len());
            let mut n = 0;
            for e in &old {
                new_index.push(n);
                if e.is_some() {
                    n += 1;
                }
            }
            order.remap(&new_index);
        }
        self.entries = old.into_iter().flatten().map(Some).collect();
        let entries = &self.entries;
        let mut table = HashTable::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let h = e.as_ref().map(|e| e.hash).unwrap_or(0);
            table.insert_unique(table_hash(h), i, |&j| {
                entries[j].as_ref().map(|e| table_hash(e.hash)).unwrap_or(0)
            });
        }
        self.table = table;
    }

    pub fn clear(&mut self) {
        self.table.clear();
        self.entries.clear();
        self.len = 0;
        if let Some(order) = &mut self.order {
            order.clear();
        }
    }

    /// Iteration cursor: the next live entry at or after `*pos`, advancing `*pos`.
    /// (Entry order for dicts, table order for sets.)
    pub fn next_at(&self, pos: &mut usize) -> Option<&DictEntry> {
        match &self.order {
            Some(order) => {
                while *pos < order.capacity() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(i) = order.at(p) {
                        if let Some(e) = self.entry(i) {
                            return Some(e);
                        }
                    }
                }
                None
            }
            None => {
                while *pos < self.entries.len() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(e) = self.entry(p) {
                        return Some(e);
                    }
                }
                None
            }
        }
    }

    /// Upper bound of entry indices (iteration goes `0..slots()` skipping holes).
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> Box<dyn Iterator<Item = &DictEntry> + '_> {
        match &self.order {
            Some(order) => Box::new(order.order().filter_map(move |i| self.entry(i))),
            None => Box::new(self.entries.iter().flatten()),
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Remove and return the last entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let idx = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(idx)
    }

    /// Remove and return the first entry (`set.pop`).
    pub fn pop_first(&mut self) -> Option<DictEntry> {
        let idx = match &self.order {
            Some(order) => order.pop_index()?,
            None => self.entries.iter().position(|e| e.is_some())?,
        };
        if let Some(order) = &mut self.order {
            order.advance_finger(idx);
        }
        self.remove_at(idx)
    }

    pub fn clone_data(&self) -> DictData {
        if let Some(order) = &self.order {
            // CPython's set copy (`set_merge` into an empty set).
            let live: Vec<&DictEntry> = self.iter().collect();
            let hashes: Vec<i64> = live.iter().map(|e| e.hash).collect();
            let layout = order.copy_layout(&hashes);
            let mut d = DictData::with_capacity(self.len);
            for e in live {
                d.insert_new(e.hash, e.key.clone(), e.value.clone());
            }
            d.order = Some(Box::new(layout));
            return d;
        }
        let mut d = DictData::with_capacity(self.len);
        for e in self.iter() {
            d.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}

pub struct PyDict {
    pub data: RefCell<DictData>,
    /// Bumped on every mutation; lets lookups cache results (globals, class namespaces).
    pub version: Cell<u64>,
    /// Set when the dict is a module namespace seen from other interpreters (the owner
    /// bumps a shared version on every store) or a mirror of one.
    pub cross: std::cell::OnceCell<Box<crate::cross::DictCross>>,
}

impl PyDict {
    pub fn new() -> Self {
        PyDict {
            data: RefCell::new(DictData::new()),
            version: Cell::new(0),
            cross: std::cell::OnceCell::new(),
        }
    }

    pub fn from_data(d: DictData) -> Self {
        PyDict {
            data: RefCell::new(d),
            version: Cell::new(0),
            cross: std::cell::OnceCell::new(),
        }
    }

    #[inline]
    pub fn touch(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        if let Some(c) = self.cross.get() {
            c.bump();
        }
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

pub type SetData = DictData;

pub struct PySet {
    pub data: RefCell<DictData>,
}

impl PySet {
    pub fn new() -> Self {
        PySet {
            data: RefCell::new(DictData::new_set()),
        }
    }

    /// Wrap storage as a set; dict-ordered storage is re-laid-out in CPython's set order.
    pub fn from_data(d: DictData) -> Self {
        if d.is_set() {
            return PySet {
                data: RefCell::new(d),
            };
        }
        let mut s = DictData::new_set();
        for e in d.iter() {
            s.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        PySet {
            data: RefCell::new(s),
        }
    }
}

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}
