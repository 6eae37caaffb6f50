//! One `score` record in, one JSON line out, without serde's machinery
//! for the common case.
//!
//! Nearly every input line is a flat JSON object of strings without
//! escapes, integers, decimals and literals (`{"id": "nyt:1_3", "text":
//! "…", "score": 1.5}`). [`read`] reads such a line in one pass over its
//! bytes and hands anything else (an escape, a nested value, a duplicate
//! or missing field, a malformed line) to `serde_json`, so every record is
//! read, and every bad one rejected with its message, exactly as
//! `serde_json` alone would. [`write`] writes the output object with
//! `serde_json` formatting its numbers and strings.

use std::borrow::Cow;

/// A `score` record: the `id` as written (raw JSON), the text, and the
/// target's character offsets when given.
pub(super) struct Record<'a> {
    pub id: &'a str,
    pub text: Cow<'a, str>,
    pub target_start: Option<usize>,
    pub target_end: Option<usize>,
}

#[derive(serde::Deserialize)]
struct ScoreIn<'a> {
    #[serde(borrow)]
    id: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(default)]
    target_start: Option<usize>,
    #[serde(default)]
    target_end: Option<usize>,
}

/// Read one line: the fast path, else `serde_json`.
///
/// # Errors
/// The `serde_json` message for a line that is not a valid record.
pub(super) fn read(line: &str) -> Result<Record<'_>, String> {
    if let Some(r) = read_plain(line) {
        return Ok(r);
    }
    let r: ScoreIn = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    Ok(Record {
        id: r.id.get(),
        text: r.text,
        target_start: r.target_start,
        target_end: r.target_end,
    })
}

/// A cursor over a line's bytes.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.skip_space();
        (self.peek()? == b).then(|| self.i += 1)
    }

    /// A string with no escape and no control character: its contents.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let rest = self.s.as_bytes().get(start..)?;
        let len = memchr::memchr2(b'"', b'\\', rest)?;
        let body = rest.get(..len)?;
        if rest.get(len) != Some(&b'"') || has_control(body) {
            return None;
        }
        self.i = start + len + 1;
        self.s.get(start..start + len)
    }

    /// A JSON number, as written.
    fn number(&mut self) -> Option<&'a str> {
        self.skip_space();
        let start = self.i;
        let b = self.s.as_bytes();
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        // (No leading zero but for `0` itself.)
        if b.get(i) == Some(&b'0') {
            i += 1;
        } else if !digits(&mut i) {
            return None;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i) {
                return None;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i) {
                return None;
            }
        }
        self.i = i;
        self.s.get(start..i)
    }

    /// `true`, `false` or `null`, as written.
    fn literal(&mut self) -> Option<&'a str> {
        self.skip_space();
        let rest = self.s.get(self.i..)?;
        let word = ["true", "false", "null"]
            .into_iter()
            .find(|w| rest.starts_with(w))?;
        self.i += word.len();
        self.s.get(self.i - word.len()..self.i)
    }

    /// A string, number or literal, as written (quotes included).
    fn scalar(&mut self) -> Option<&'a str> {
        self.skip_space();
        match self.peek()? {
            b'"' => {
                let start = self.i;
                self.string()?;
                self.s.get(start..self.i)
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => self.literal(),
        }
    }
}

/// True when `b` holds a byte below 0x20 (which a JSON string may not),
/// eight bytes at a time: a byte below 0x20 is one that borrows when 0x20
/// is taken from it while its top bit is clear.
fn has_control(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let chunks = b.chunks_exact(8);
    let tail = chunks.remainder();
    chunks
        .map(|c| {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            u64::from_le_bytes(w)
        })
        .any(|x| x.wrapping_sub(ONES * 0x20) & !x & (ONES * 0x80) != 0)
        || tail.iter().any(|&c| c < 0x20)
}

/// An offset: `null`, or an integer a `usize` holds.
fn offset(raw: &str) -> Option<Option<usize>> {
    if raw == "null" {
        return Some(None);
    }
    if raw.len() > 19 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().map(Some)
}

/// The fast path: a flat object of plain scalars with `id` and `text`
/// once each; `None` for anything else.
fn read_plain(line: &str) -> Option<Record<'_>> {
    let mut c = Cursor { s: line, i: 0 };
    c.eat(b'{')?;
    let (mut id, mut text) = (None, None);
    let (mut start, mut end): (Option<Option<usize>>, Option<Option<usize>>) = (None, None);
    loop {
        let key = c.string()?;
        c.eat(b':')?;
        let value = c.scalar()?;
        let slot_taken = match key {
            "id" => id.replace(value).is_some(),
            "text" => {
                let body = value.strip_prefix('"')?.strip_suffix('"')?;
                text.replace(body).is_some()
            }
            "target_start" => start.replace(offset(value)?).is_some(),
            "target_end" => end.replace(offset(value)?).is_some(),
            _ => false,
        };
        // (A field given twice is serde's error to report.)
        if slot_taken {
            return None;
        }
        c.skip_space();
        match c.peek()? {
            b',' => c.i += 1,
            b'}' => {
                c.i += 1;
                break;
            }
            _ => return None,
        }
    }
    c.skip_space();
    if c.i != line.len() {
        return None;
    }
    Some(Record {
        id: id?,
        text: Cow::Borrowed(text?),
        target_start: start.flatten(),
        target_end: end.flatten(),
    })
}

/// Append `{"id":…,"score":…,"label":…,"sentiment":…,"evidence":[…]}` and
/// a newline to `out`, as `serde_json` writes such a struct.
pub(super) fn write(
    out: &mut Vec<u8>,
    id: &str,
    score: f64,
    label: &str,
    sentiment: f64,
    evidence: &[impl AsRef<str>],
) -> Result<(), String> {
    let old = out.len();
    let result = (|| -> serde_json::Result<()> {
        out.extend_from_slice(b"{\"id\":");
        out.extend_from_slice(id.as_bytes());
        out.extend_from_slice(b",\"score\":");
        serde_json::to_writer(&mut *out, &score)?;
        out.extend_from_slice(b",\"label\":");
        serde_json::to_writer(&mut *out, label)?;
        out.extend_from_slice(b",\"sentiment\":");
        serde_json::to_writer(&mut *out, &sentiment)?;
        out.extend_from_slice(b",\"evidence\":[");
        for (k, e) in evidence.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            serde_json::to_writer(&mut *out, e.as_ref())?;
        }
        out.extend_from_slice(b"]}\n");
        Ok(())
    })();
    result.map_err(|e| {
        out.truncate(old);
        e.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path reads what serde reads, or leaves the line to it.
    fn same_as_serde(line: &str) {
        let serde: Result<ScoreIn, _> = serde_json::from_str(line);
        match (read_plain(line), serde) {
            (Some(fast), Ok(s)) => {
                assert_eq!(fast.id, s.id.get(), "{line}");
                assert_eq!(fast.text, s.text, "{line}");
                assert_eq!(fast.target_start, s.target_start, "{line}");
                assert_eq!(fast.target_end, s.target_end, "{line}");
            }
            (Some(_), Err(e)) => panic!("fast path read a line serde rejects ({e}): {line}"),
            (None, _) => {}
        }
    }

    #[test]
    fn the_fast_path_reads_plain_records_as_serde_does() {
        for line in [
            r#"{"id": "nyt:1_3", "text": "It's a holiday.", "score": 1.5, "sd": 0.86603, "n_raters": 20}"#,
            r#"{"id":7,"text":"“Quoted” – café","target_start":0,"target_end":8}"#,
            r#" { "text" : "x" , "id" : -1.5e3 , "flag": true, "z": null } "#,
            r#"{"id": "a", "text": "b", "target_start": null, "target_end": null}"#,
        ] {
            assert!(read_plain(line).is_some(), "{line}");
            same_as_serde(line);
        }
    }

    #[test]
    fn control_bytes_are_found_in_every_position() {
        for len in 0..20 {
            for at in 0..len {
                for c in [0u8, 0x01, 0x0a, 0x1f] {
                    let mut b = vec![b'a'; len];
                    if let Some(x) = b.get_mut(at) {
                        *x = c;
                    }
                    assert!(has_control(&b), "{c} at {at} of {len}");
                }
            }
            for c in [0x20u8, 0x7f, 0x80, 0xc3, 0xff, b'a'] {
                assert!(!has_control(&vec![c; len]), "{c} x {len}");
            }
        }
    }

    #[test]
    fn anything_else_is_left_to_serde() {
        for line in [
            r#"{"id": "a", "text": "say \"hi\""}"#,
            r#"{"id": "a", "text": "b", "text": "c"}"#,
            r#"{"id": "a"}"#,
            r#"{"text": "b"}"#,
            r#"{"id": "a", "text": "b", "meta": {"x": 1}}"#,
            r#"{"id": "a", "text": "b", "tags": [1, 2]}"#,
            r#"{"id": "a", "text": "b", "target_start": 1.0, "target_end": 2}"#,
            r#"{"id": "a", "text": "b", "target_start": -1, "target_end": 2}"#,
            r#"{"id": "a", "text": "b", "target_start": 01, "target_end": 2}"#,
            r#"{"id": "a", "text": "b", "n": 01}"#,
            r#"{"id": "a", "text": "b", "n": 1.}"#,
            r#"{"id": "a", "text": "b"} x"#,
            r#"{"id": "a", "text": "b",}"#,
            "{\"id\": \"a\", \"text\": \"tab\there\"}",
            r#"{"id": "a", "te\u0078t": "b"}"#,
            r#"{"id": tru, "text": "b"}"#,
            r#"["id", "text"]"#,
            "",
        ] {
            assert!(read_plain(line).is_none(), "{line}");
            same_as_serde(line);
        }
    }

    /// A JSON-ish value: strings with or without escapes and control
    /// bytes, numbers good and bad, literals, an array.
    fn value() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            "\"[a-zé’ \\\\\"\t]{0,6}\"",
            "-?(0|[1-9][0-9]{0,2})(\\.[0-9]{1,2})?([eE][+-]?[0-9])?",
            "0[0-9]",
            Just("null".to_string()),
            Just("true".to_string()),
            Just("[1]".to_string()),
            Just("1.".to_string()),
        ]
    }

    proptest::proptest! {
        // Objects of keys that matter (`id`, `text`, the offsets, one
        // written with an escape) and others, in any order and number,
        // often starting with a plain `id` and `text`, with or without
        // trailing bytes.
        #[test]
        fn generated_records_read_as_serde_reads_them(
            plain in proptest::bool::ANY,
            pairs in proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "id", "text", "target_start", "target_end", "score", "te\\u0078t",
                    ]),
                    value(),
                ),
                0..5,
            ),
            tail in proptest::sample::select(vec!["", " ", " x", ","]),
        ) {
            let mut fields: Vec<String> = Vec::new();
            if plain {
                fields.push(r#""id": "a""#.to_string());
                fields.push(r#""text": "b c""#.to_string());
            }
            fields.extend(pairs.iter().map(|(k, v)| format!("\"{k}\": {v}")));
            let line = format!("{{{}}}{tail}", fields.join(", "));
            same_as_serde(&line);
        }

        #[test]
        fn any_string_reads_as_serde_reads_it(line in "\\PC{0,40}") {
            same_as_serde(&line);
        }
    }

    #[test]
    fn the_output_object_is_what_serde_writes() {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            id: &'a serde_json::value::RawValue,
            score: f64,
            label: &'a str,
            sentiment: f64,
            evidence: Vec<String>,
        }
        let id = serde_json::value::RawValue::from_string("\"nyt:1\"".to_string()).unwrap();
        let evidence = vec!["good".to_string(), "say \"no\"\n".to_string()];
        for (score, sentiment) in [(0.34, -0.0292), (-1.0, 0.0), (0.1, 1e-5), (f64::NAN, 2.5)] {
            let mut fast = Vec::new();
            write(&mut fast, id.get(), score, "positive", sentiment, &evidence).unwrap();
            let mut want = serde_json::to_vec(&Out {
                id: &id,
                score,
                label: "positive",
                sentiment,
                evidence: evidence.clone(),
            })
            .unwrap();
            want.push(b'\n');
            assert_eq!(String::from_utf8(fast), String::from_utf8(want));
        }
    }
}
