//! The table of phrases by their first token, for
//! [`super::Lexicon::find_phrases_in`] (and the stance model's words).
//!
//! One look-up per word of every text scored, so it is laid out for that.
//! An ASCII word of up to 16 bytes is its length and two machine words:
//! its first eight bytes and its last eight (for a word longer than
//! eight), read with a few overlapping loads and lower-cased eight bytes at
//! a time. Those identify the word exactly, so a look-up is a hash of
//! them, one bit of a 64 Kbit filter (most words are in no phrase and stop
//! there), and a probe of an open-addressing array that compares three
//! integers: no copy of the word, no pointer to follow, no `memcmp`. The
//! value sits in the slot beside its key. Longer or non-ASCII keys (rare)
//! live in an ordinary map.

use rustc_hash::FxHashMap as HashMap;

use super::fold_into;

/// Longest key stored inline.
pub const KEY_LEN: usize = 16;

/// A short ASCII word, lower case: its length, its first eight bytes and
/// (longer than eight) its last eight, little-endian, zero padded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    len: u32,
}

/// Bits of the filter: 1 << FILTER_BITS.
const FILTER_BITS: u32 = 16;

/// Phrases by first token (lower case, `'` for `’`), each with a small
/// value `V` kept in its slot: a hit reads one slot, no second array.
#[derive(Clone, Debug)]
pub struct FirstTokens<V> {
    /// Open addressing, linear probing; `len == 0` is an empty slot.
    slots: Box<[Slot<V>]>,
    mask: usize,
    /// One bit per hash value's top [`FILTER_BITS`] bits: clear when no
    /// inline key has it.
    filter: Box<[u64]>,
    long: HashMap<String, V>,
}

/// A slot of the table: a key's fields and its value side by side (no
/// padding between a key and a small value: 32 bytes for a 12-byte one).
#[derive(Clone, Copy, Debug)]
struct Slot<V> {
    lo: u64,
    hi: u64,
    len: u32,
    value: V,
}

impl<V> Slot<V> {
    #[inline(always)]
    fn holds(&self, k: &Key) -> bool {
        self.lo == k.lo && self.hi == k.hi && self.len == k.len
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const TOPS: u64 = ONES * 0x80;

/// The bytes of `b` (at most eight) as a little-endian word, zero padded:
/// two overlapping loads of 4, 2 or 1 bytes.
#[inline(always)]
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    let at = |i: usize, w: usize| -> u64 {
        let mut x = [0u8; 8];
        if let (Some(d), Some(s)) = (x.get_mut(..w), b.get(i..i + w)) {
            d.copy_from_slice(s);
        }
        u64::from_le_bytes(x)
    };
    match n {
        8.. => at(0, 8),
        4..=7 => at(0, 4) | at(n - 4, 4) << (8 * (n - 4)),
        2..=3 => at(0, 2) | at(n - 2, 2) << (8 * (n - 2)),
        1 => at(0, 1),
        _ => 0,
    }
}

/// ASCII `A`..=`Z` to lower case in a word of ASCII bytes: two additions
/// set the top bit of each byte in that range (no carry crosses bytes: all
/// are below 0x80), which becomes 0x20 added.
#[inline(always)]
fn lower(x: u64) -> u64 {
    let upper =
        (x + ONES * (0x80 - u64::from(b'A'))) & !(x + ONES * (0x80 - u64::from(b'Z') - 1)) & TOPS;
    x | upper >> 2
}

/// The key of `word`, when it is ASCII and 1 to [`KEY_LEN`] bytes long;
/// `None` sends it to the slow path.
#[inline(always)]
fn key(word: &[u8]) -> Option<Key> {
    let n = word.len();
    if n == 0 || n > KEY_LEN {
        return None;
    }
    let lo = load(word.get(..n.min(8))?);
    let hi = if n > 8 { load(word.get(n - 8..)?) } else { 0 };
    if (lo | hi) & TOPS != 0 {
        return None;
    }
    Some(Key {
        lo: lower(lo),
        hi: lower(hi),
        len: n as u32,
    })
}

#[inline(always)]
fn hash(k: &Key) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let h = (k.lo ^ u64::from(k.len)).wrapping_mul(K);
    (h ^ k.hi).wrapping_mul(K).rotate_left(26)
}

impl<V: Copy + Default> FirstTokens<V> {
    /// A table of `entries` (keys already folded: lower case, `'` for `’`).
    pub fn new(entries: Vec<(String, V)>) -> Self {
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let empty = Slot {
            lo: 0,
            hi: 0,
            len: 0,
            value: V::default(),
        };
        let mut t = FirstTokens {
            slots: vec![empty; cap].into_boxed_slice(),
            mask: cap - 1,
            filter: vec![0; 1 << (FILTER_BITS - 6)].into_boxed_slice(),
            long: HashMap::default(),
        };
        for (word, value) in entries {
            match key(word.as_bytes()) {
                Some(k) => {
                    let h = hash(&k);
                    let bit = (h >> (64 - FILTER_BITS)) as usize;
                    if let Some(w) = t.filter.get_mut(bit >> 6) {
                        *w |= 1 << (bit & 63);
                    }
                    let mut i = h as usize & t.mask;
                    while t.slots.get(i).is_some_and(|s| s.len != 0) {
                        i = (i + 1) & t.mask;
                    }
                    if let Some(s) = t.slots.get_mut(i) {
                        *s = Slot {
                            lo: k.lo,
                            hi: k.hi,
                            len: k.len,
                            value,
                        };
                    }
                }
                None => {
                    t.long.insert(word, value);
                }
            }
        }
        t
    }

    /// The value of inline key `k`.
    #[inline(always)]
    fn get_key(&self, k: &Key) -> Option<&V> {
        let h = hash(k);
        let bit = (h >> (64 - FILTER_BITS)) as usize;
        if self.filter.get(bit >> 6)? & (1 << (bit & 63)) == 0 {
            return None;
        }
        let mut i = h as usize & self.mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.holds(k) {
                return Some(&slot.value);
            }
            if slot.len == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The value of `word` (any case; `’` matches `'`). `buf` is scratch
    /// space for words that need full Unicode folding.
    #[inline]
    pub fn get(&self, word: &str, buf: &mut String) -> Option<&V> {
        if let Some(k) = key(word.as_bytes()) {
            return self.get_key(&k);
        }
        fold_into(word, buf);
        match key(buf.as_bytes()) {
            Some(k) => self.get_key(&k),
            None => self.long.get(buf.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_lower_case_every_ascii_byte_in_every_position() {
        for len in 1..=KEY_LEN {
            for b in 0u8..128 {
                for pos in 0..len {
                    let mut word = vec![b'x'; len];
                    if let Some(w) = word.get_mut(pos) {
                        *w = b;
                    }
                    let k = key(&word).expect("ASCII, short enough");
                    let lowered = word.to_ascii_lowercase();
                    let word_at = |i: usize| {
                        let mut x = [0u8; 8];
                        for (d, s) in x.iter_mut().zip(lowered.iter().skip(i)) {
                            *d = *s;
                        }
                        u64::from_le_bytes(x)
                    };
                    let hi = if len > 8 { word_at(len - 8) } else { 0 };
                    assert_eq!(
                        (k.lo, k.hi, k.len),
                        (word_at(0), hi, len as u32),
                        "byte {b} at {pos} of {len}"
                    );
                }
            }
        }
        assert!(key(&[b'a'; KEY_LEN + 1]).is_none());
        assert!(key("café".as_bytes()).is_none());
        assert!(key("naïveté".as_bytes()).is_none());
        assert!(key(b"").is_none());
    }

    #[test]
    fn finds_every_key_in_any_case_and_nothing_else() {
        let long = "a".repeat(KEY_LEN + 3);
        let keys = [
            "not",
            "don't",
            "café",
            "bad",
            &long,
            "unacceptable",
            "outrage",
            "outraged",
            "outrageous",
        ];
        let t = FirstTokens::new(
            keys.iter()
                .enumerate()
                .map(|(i, k)| ((*k).to_string(), i))
                .collect(),
        );
        let mut buf = String::new();
        assert_eq!(t.get("NOT", &mut buf), Some(&0));
        assert_eq!(t.get("Don’t", &mut buf), Some(&1));
        assert_eq!(t.get("Café", &mut buf), Some(&2));
        assert_eq!(t.get("bad", &mut buf), Some(&3));
        assert_eq!(t.get(&long.to_uppercase(), &mut buf), Some(&4));
        assert_eq!(t.get("UnAcceptable", &mut buf), Some(&5));
        assert_eq!(t.get("Outrage", &mut buf), Some(&6));
        assert_eq!(t.get("OUTRAGED", &mut buf), Some(&7));
        assert_eq!(t.get("outrageous", &mut buf), Some(&8));
        for miss in [
            "no",
            "nott",
            "",
            "bade",
            "ba",
            "good",
            "nOt!",
            "bad\u{0}",
            "outrages",
            "unacceptables",
            "outrageousl",
        ] {
            assert_eq!(t.get(miss, &mut buf), None, "{miss}");
        }
    }
}
