//! CPython's set hash table (`Objects/setobject.c`, 3.11), generic over the key type: the
//! one implementation of its probing, insertion, deletion and resizing, shared by the
//! VM's `set`/`frozenset` objects (keys are `Value`s) and by `dis`, which orders
//! frozenset constants the way CPython iterates them (keys are element indices).
//!
//! Iteration order is slot order, so reproducing CPython's order needs exactly its
//! policy:
//! - the first probe is `hash & mask`; each probe looks at that slot and, when
//!   `i + LINEAR_PROBES <= mask`, the `LINEAR_PROBES` slots after it; then
//!   `perturb >>= PERTURB_SHIFT; i = (i * 5 + 1 + perturb) & mask`;
//! - a new key goes into the *last* dummy seen on its probe path, else the empty slot
//!   that ended the search;
//! - after filling an empty slot, `fill * 5 >= mask * 3` resizes to the smallest power of
//!   two above `used * 4` (`used * 2` beyond 50000 entries), re-inserting in slot order;
//! - deleting leaves a dummy (`fill` unchanged).
//!
//! Equality is the caller's business: a lookup is a [`Cursor`] walked with
//! [`SetTable::next_candidate`], which stops at each active slot of equal hash so that the
//! caller can compare keys (possibly running Python code with no borrow of the table
//! held) and resume, or restart when [`SetTable::generation`] changed meanwhile.

use std::sync::atomic::{AtomicU64, Ordering};

pub const MIN_SIZE: usize = 8;
pub const LINEAR_PROBES: usize = 9;
pub const PERTURB_SHIFT: u32 = 5;

/// Generations of tables: a fresh one for every new slot array, process-wide, so that a
/// lookup can tell that the table it was walking has been replaced (CPython's
/// `table != so->table`).
static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);

fn fresh_generation() -> u64 {
    NEXT_GENERATION.fetch_add(1, Ordering::Relaxed)
}

#[derive(Clone, Debug)]
pub enum Slot<K> {
    Empty,
    /// A deleted entry (CPython's `dummy`, hash -1).
    Dummy,
    Active(i64, K),
}

/// The table. Invariants: `slots.len()` is a power of two `>= MIN_SIZE`; `fill` counts
/// active and dummy slots, `used` active ones; `fill < slots.len()` (an empty slot
/// always ends a probe).
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    /// Where `pop` starts looking (`so->finger`).
    finger: usize,
    generation: u64,
}

/// A probe in progress (see [`SetTable::next_candidate`]).
#[derive(Clone, Copy, Debug)]
pub struct Cursor {
    hash: i64,
    /// The slot to look at next.
    pos: usize,
    /// Slots left in the current linear run after `pos`.
    run_left: usize,
    perturb: u64,
    /// The start of the current run (the next run derives from it).
    run_start: usize,
    /// The last dummy seen (`freeslot`).
    freeslot: Option<usize>,
}

/// What a probe step found.
pub enum Probe<'a, K> {
    /// The key is absent; a new one would go into this slot.
    Vacant(usize),
    /// An active slot whose hash equals the probed one: compare its key.
    Candidate(usize, &'a K),
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    pub fn new() -> Self {
        Self::with_size(MIN_SIZE)
    }

    fn with_size(size: usize) -> Self {
        let mut slots = Vec::with_capacity(size);
        slots.resize_with(size, || Slot::Empty);
        SetTable {
            slots,
            fill: 0,
            used: 0,
            finger: 0,
            generation: fresh_generation(),
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn fill(&self) -> usize {
        self.fill
    }

    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Changes whenever the slot array is replaced (resize, clear, swap).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn slot(&self, i: usize) -> Option<&Slot<K>> {
        self.slots.get(i)
    }

    /// The key in slot `i` if it is active.
    pub fn key_at(&self, i: usize) -> Option<&K> {
        match self.slots.get(i) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Starts a probe for `hash`.
    pub fn cursor(&self, hash: i64) -> Cursor {
        let mask = self.mask();
        let i = hash as u64 as usize & mask;
        Cursor {
            hash,
            pos: i,
            run_left: if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
            run_start: i,
            freeslot: None,
        }
    }

    /// The next candidate slot on the probe path, or where the key would be inserted.
    /// Call again with the same cursor to continue past a candidate that did not match.
    pub fn next_candidate(&self, c: &mut Cursor) -> Probe<'_, K> {
        let mask = self.mask();
        loop {
            let here = c.pos & mask;
            // Advance the cursor before looking (a candidate resumes after itself).
            if c.run_left > 0 {
                c.run_left -= 1;
                c.pos = here + 1;
            } else {
                c.perturb >>= PERTURB_SHIFT;
                let i = (c
                    .run_start
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(c.perturb as usize))
                    & mask;
                c.run_start = i;
                c.pos = i;
                c.run_left = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
            }
            match &self.slots[here] {
                Slot::Empty => return Probe::Vacant(c.freeslot.unwrap_or(here)),
                Slot::Dummy => c.freeslot = Some(here),
                Slot::Active(h, k) if *h == c.hash => return Probe::Candidate(here, k),
                Slot::Active(..) => {}
            }
        }
    }

    /// Puts a key known to be absent into `slot` (from [`Probe::Vacant`] of a probe
    /// made since the last mutation), resizing like `set_add_entry`.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: K) {
        match self.slots[slot] {
            Slot::Dummy => {
                self.slots[slot] = Slot::Active(hash, key);
                self.used += 1;
            }
            Slot::Empty => {
                self.slots[slot] = Slot::Active(hash, key);
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(self.growth_target());
                }
            }
            // Not vacant: a caller bug; keep the table consistent by not inserting.
            Slot::Active(..) => {}
        }
    }

    /// Adds a key the caller knows to be unequal to every key present.
    pub fn add_distinct(&mut self, hash: i64, key: K) {
        let mut c = self.cursor(hash);
        loop {
            if let Probe::Vacant(slot) = self.next_candidate(&mut c) {
                self.insert_at(slot, hash, key);
                return;
            }
        }
    }

    /// Replaces the active key in `slot` by a dummy and returns it.
    pub fn remove_at(&mut self, slot: usize) -> Option<K> {
        if !matches!(self.slots.get(slot), Some(Slot::Active(..))) {
            return None;
        }
        let old = std::mem::replace(&mut self.slots[slot], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// `used > 50000 ? used * 2 : used * 4`.
    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, re-inserting the
    /// active entries in slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // Already minimal and without dummies: nothing to do.
            return;
        }
        let mut fresh = Self::with_size(size);
        let old = std::mem::take(&mut self.slots);
        for s in old {
            if let Slot::Active(h, k) = s {
                fresh.insert_clean(h, k);
            }
        }
        fresh.finger = self.finger;
        *self = fresh;
    }

    /// `set_insert_clean`: into the first empty slot of the probe path (no dummies, no
    /// equal keys, no resize check).
    fn insert_clean(&mut self, hash: i64, key: K) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            for j in i..=last {
                if matches!(self.slots[j], Slot::Empty) {
                    self.slots[j] = Slot::Active(hash, key);
                    self.fill += 1;
                    self.used += 1;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The first part of `set_merge` (and of a dict update): one big resize when adding
    /// `incoming` keys would pass the load limit.
    pub fn reserve_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// The active entries from position `pos` on: `(next_pos, hash, key)` (`set_next`).
    pub fn next_active(&self, mut pos: usize) -> Option<(usize, i64, &K)> {
        while let Some(s) = self.slots.get(pos) {
            pos += 1;
            if let Slot::Active(h, k) = s {
                return Some((pos, *h, k));
            }
        }
        None
    }

    /// `(hash, key)` of every active entry, in iteration (slot) order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// `set.pop()`: the first active entry from the finger on (wrapping).
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Empties the table back to the minimum size, returning the old one (so the caller
    /// can drop the keys after releasing any borrow).
    pub fn take(&mut self) -> SetTable<K> {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        old
    }

    /// `set_swap_bodies`: exchanges the contents (not the pop finger) of two tables.
    pub fn swap_contents(&mut self, other: &mut SetTable<K>) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.generation = fresh_generation();
        other.generation = fresh_generation();
    }

    /// After deletions: purge the dummies when more than a quarter of the table holds
    /// them (end of `set_difference_update_internal`).
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// The fast paths of `set_merge` into an empty table (after [`Self::reserve_for`]):
    /// copies `other` slot for slot when the sizes match and it has no dummies, else
    /// re-inserts cleanly. Returns false, changing nothing, when `self` is not empty (the
    /// caller then adds each key with equality checks).
    pub fn merge_into_empty(&mut self, other: &SetTable<K>) -> bool {
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        for (h, k) in other.iter() {
            self.insert_clean(h, k.clone());
        }
        true
    }
}

/// `frozenset_hash` over the hashes of the (distinct) elements; order does not matter.
pub fn frozenset_hash(elem_hashes: impl Iterator<Item = i64>) -> i64 {
    // CPython XORs shuffled hashes over the whole table, then cancels the empty and dummy
    // slots again, which leaves exactly the XOR over the active entries.
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut n: u64 = 0;
    let mut hash: u64 = 0;
    for h in elem_hashes {
        hash ^= shuffle(h as u64);
        n += 1;
    }
    hash ^= n.wrapping_add(1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}
