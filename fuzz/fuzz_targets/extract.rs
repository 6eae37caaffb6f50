//! Fuzz the whole per-article path: bytes → UTF-8 → segment → extract →
//! attribute → score, asserting the span invariants (in bounds, on char
//! boundaries, sorted, non-overlapping, slicing back to the quote text).
//!
//! Run: `cd fuzz && cargo fuzz run extract` (nightly). CI only builds it.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use quotestance::lexicon::Lexicon;

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../lexicons");
    Lexicon::load(&dir, &[]).expect("lexicons")
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last = 0;
    for q in quotestance::quotes::extract_quotes(text, &LEX) {
        assert!(q.span.start >= last && q.span.end <= text.len());
        let slice = text.get(q.span.clone()).expect("span on char boundaries");
        assert!(!slice.is_empty());
        last = q.span.end;
        let s = quotestance::score::score_quote(slice, &LEX);
        assert!((-1.0..=1.0).contains(&s.sentiment));
    }
});
