//! CPython's set table layout, kept beside a set's entries so that iteration (and so
//! `print({3, 1, 2})`, `set.pop()`) follows CPython's order rather than insertion order.
//!
//! Membership is still answered by the entries' hash table; this only mirrors where
//! CPython 3.11's `setobject.c` would have placed each key (linear probing then
//! perturbation, dummies on deletion, resizing at 60% fill).

const EMPTY: isize = -1;
const DUMMY: isize = -2;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone, Debug)]
pub struct SetOrder {
    /// Slot → entry index (or EMPTY / DUMMY).
    table: Vec<isize>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetOrder {
    fn default() -> Self {
        SetOrder {
            table: vec![EMPTY; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetOrder {
    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Place a key known to be absent (CPython's `set_add_entry` insertion path).
    pub fn insert(&mut self, idx: usize, hash: i64, hash_of: &dyn Fn(usize) -> i64) {
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        let mut freeslot: Option<usize> = None;
        let mut guard = 0usize;
        let slot = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut found = None;
            for j in i..=i + probes {
                match self.table[j] {
                    EMPTY => {
                        found = Some(j);
                        break;
                    }
                    DUMMY if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            if let Some(j) = found {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
            guard += 1;
            if guard > 4 * self.table.len() + 64 {
                // Cannot happen with fill < 60%; stay total anyway.
                break self.table.iter().position(|&s| s == EMPTY).unwrap_or(0);
            }
        };
        if let Some(fs) = freeslot {
            self.table[fs] = idx as isize;
            self.used += 1;
            return;
        }
        self.table[slot] = idx as isize;
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused, hash_of);
        }
    }

    fn insert_clean(table: &mut [isize], idx: usize, hash: i64) {
        let mask = table.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        for _ in 0..(4 * table.len() + 64) {
            if table[i] == EMPTY {
                table[i] = idx as isize;
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j] == EMPTY {
                        table[i + j] = idx as isize;
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
        if let Some(s) = table.iter().position(|&s| s == EMPTY) {
            table[s] = idx as isize;
        }
    }

    fn resize(&mut self, minused: usize, hash_of: &dyn Fn(usize) -> i64) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let mut table = vec![EMPTY; newsize];
        for &s in &self.table {
            if s >= 0 {
                Self::insert_clean(&mut table, s as usize, hash_of(s as usize));
            }
        }
        self.table = table;
        self.fill = self.used;
    }

    /// Mark the slot of entry `idx` as a dummy (CPython's `set_discard_entry`).
    pub fn remove(&mut self, idx: usize, hash: i64) {
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        for _ in 0..(4 * self.table.len() + 64) {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.table[j] == idx as isize {
                    self.table[j] = DUMMY;
                    self.used -= 1;
                    return;
                }
                if self.table[j] == EMPTY {
                    break;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
        if let Some(s) = self.table.iter().position(|&s| s == idx as isize) {
            self.table[s] = DUMMY;
            self.used -= 1;
        }
    }

    /// The entry `set.pop()` removes (CPython scans from a moving finger).
    pub fn pop_index(&self) -> Option<usize> {
        let n = self.table.len();
        let start = self.finger & self.mask();
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&p| self.table[p] >= 0)
            .map(|p| self.table[p] as usize)
    }

    /// Record where `set.pop()` took its entry from.
    pub fn advance_finger(&mut self, idx: usize) {
        if let Some(p) = self.table.iter().position(|&s| s == idx as isize) {
            self.finger = p + 1;
        }
    }

    pub fn clear(&mut self) {
        *self = SetOrder::default();
    }

    /// Entry indices in table order.
    pub fn order(&self) -> impl Iterator<Item = usize> + '_ {
        self.table.iter().filter(|&&s| s >= 0).map(|&s| s as usize)
    }

    /// Entry index at table position `pos` (None for empty/dummy), and the table length.
    #[inline]
    pub fn at(&self, pos: usize) -> Option<usize> {
        match self.table.get(pos) {
            Some(&s) if s >= 0 => Some(s as usize),
            _ => None,
        }
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.table.len()
    }

    /// Renumber entries after the entry vector was compacted.
    pub fn remap(&mut self, new_index: &[usize]) {
        for s in self.table.iter_mut() {
            if *s >= 0 {
                *s = new_index
                    .get(*s as usize)
                    .map(|&n| n as isize)
                    .unwrap_or(DUMMY);
            }
        }
    }

    /// CPython's `set_merge` into an empty set: the copy's layout (entry i of the copy is
    /// the i-th key of `self` in table order).
    pub fn copy_layout(&self, hashes: &[i64]) -> SetOrder {
        let mut out = SetOrder::default();
        let other_used = self.used;
        if other_used == 0 {
            return out;
        }
        if other_used * 5 >= out.mask() * 3 {
            let mut newsize = MINSIZE;
            while newsize <= other_used * 2 {
                newsize <<= 1;
            }
            out.table = vec![EMPTY; newsize];
        }
        if out.table.len() == self.table.len() && self.fill == self.used {
            // Same size and no dummies: positions are copied as they are.
            let mut k = 0;
            for (p, &s) in self.table.iter().enumerate() {
                if s >= 0 {
                    out.table[p] = k as isize;
                    k += 1;
                }
            }
        } else {
            for (k, h) in hashes.iter().enumerate() {
                Self::insert_clean(&mut out.table, k, *h);
            }
        }
        out.fill = other_used;
        out.used = other_used;
        out
    }
}
