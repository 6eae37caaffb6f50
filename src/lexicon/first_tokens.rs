//! The table of phrases by their first token, for
//! [`super::Lexicon::find_phrases_in`].
//!
//! One look-up per word of every text scored, so it is laid out for that:
//! keys of up to [`KEY_LEN`] bytes are stored inline, lower case and zero
//! padded, in one open-addressing array, and a word is lower-cased straight
//! into such a key on the stack. A look-up is then one pass over the word,
//! a hash of three machine words and array compares: no string copy, no
//! pointer to follow to a key, no `memcmp` call. Longer keys (rare) live in
//! an ordinary map.

use rustc_hash::FxHashMap as HashMap;

use super::fold_into;

/// Longest key stored inline.
pub const KEY_LEN: usize = 24;

type Key = [u8; KEY_LEN];

/// Phrases by first token (lower case, `'` for `’`), each with a value `V`.
#[derive(Clone, Debug)]
pub struct FirstTokens<V> {
    /// Open addressing, linear probing; `None` is an empty slot.
    slots: Box<[Option<(Key, u32)>]>,
    mask: usize,
    long: HashMap<String, u32>,
    values: Vec<V>,
}

fn hash(k: &Key) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = 0u64;
    for c in k.chunks_exact(8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    h.rotate_left(26)
}

/// `word` lower-cased into an inline key, when it is ASCII and short
/// enough; `None` sends it to the slow path. Eight bytes at a time: the
/// bytes of `A`..=`Z` are found by two additions that set each byte's top
/// bit (no carry crosses bytes: all are below 0x80), and get 0x20 added.
#[inline]
fn ascii_key(word: &[u8]) -> Option<Key> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = ONES * 0x80;
    let mut k = [0u8; KEY_LEN];
    k.get_mut(..word.len())?.copy_from_slice(word);
    for c in k.chunks_exact_mut(8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let x = u64::from_le_bytes(w);
        if x & TOPS != 0 {
            return None;
        }
        // Top bit set: byte >= b'A' and not byte >= b'Z' + 1.
        let upper = (x + ONES * (0x80 - u64::from(b'A')))
            & !(x + ONES * (0x80 - u64::from(b'Z') - 1))
            & TOPS;
        c.copy_from_slice(&(x | upper >> 2).to_le_bytes());
    }
    Some(k)
}

impl<V> FirstTokens<V> {
    /// A table of `entries` (keys already folded: lower case, `'` for `’`).
    pub fn new(entries: Vec<(String, V)>) -> Self {
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = FirstTokens {
            slots: vec![None; cap].into_boxed_slice(),
            mask: cap - 1,
            long: HashMap::default(),
            values: Vec::with_capacity(entries.len()),
        };
        for (key, value) in entries {
            let idx = t.values.len() as u32;
            t.values.push(value);
            match ascii_key(key.as_bytes()).filter(|_| key.is_ascii()) {
                Some(k) => {
                    let mut i = hash(&k) as usize & t.mask;
                    while let Some(Some(_)) = t.slots.get(i) {
                        i = (i + 1) & t.mask;
                    }
                    if let Some(s) = t.slots.get_mut(i) {
                        *s = Some((k, idx));
                    }
                }
                None => {
                    t.long.insert(key, idx);
                }
            }
        }
        t
    }

    /// The value of `word` (any case; `’` matches `'`). `buf` is scratch
    /// space for words that need full Unicode folding.
    #[inline]
    pub fn get(&self, word: &str, buf: &mut String) -> Option<&V> {
        let k = match ascii_key(word.as_bytes()) {
            Some(k) => k,
            None => {
                fold_into(word, buf);
                match ascii_key(buf.as_bytes()).filter(|_| buf.is_ascii()) {
                    Some(k) => k,
                    None => {
                        let idx = *self.long.get(buf.as_str())?;
                        return self.values.get(idx as usize);
                    }
                }
            }
        };
        let mut i = hash(&k) as usize & self.mask;
        loop {
            match self.slots.get(i)? {
                Some((key, idx)) if *key == k => return self.values.get(*idx as usize),
                Some(_) => i = (i + 1) & self.mask,
                None => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_lower_case_every_ascii_byte_in_every_position() {
        for b in 0u8..128 {
            for pos in 0..KEY_LEN {
                let mut word = vec![b'x'; pos + 1];
                if let Some(w) = word.get_mut(pos) {
                    *w = b;
                }
                let k = ascii_key(&word).expect("ASCII, short enough");
                let mut want = [0u8; KEY_LEN];
                for (slot, c) in want.iter_mut().zip(&word) {
                    *slot = c.to_ascii_lowercase();
                }
                assert_eq!(k, want, "byte {b} at {pos}");
            }
        }
        assert!(ascii_key(&[b'a'; KEY_LEN + 1]).is_none());
        assert!(ascii_key("café".as_bytes()).is_none());
        assert!(ascii_key(b"").is_some());
    }

    #[test]
    fn finds_every_key_in_any_case_and_nothing_else() {
        let long = "a".repeat(KEY_LEN + 3);
        let keys = ["not", "don't", "café", "bad", &long];
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
        for miss in ["no", "nott", "", "bade", "ba", "good"] {
            assert_eq!(t.get(miss, &mut buf), None, "{miss}");
        }
    }
}
