//! Property tests (proptest): for any input string the extractor does not
//! panic, and its spans are in bounds, on char boundaries, sorted,
//! non-overlapping, and slice back to the quote text; sentence spans
//! joined with the white space between them give back the paragraph.

use proptest::prelude::*;

use quotestance::lexicon::{Lexicon, LexiconBuilder};
use quotestance::quotes::extract_quotes;
use quotestance::score::score_quote;
use quotestance::segment::{paragraphs, sentences, tokens};

fn lexicon() -> &'static Lexicon {
    static LEX: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
        Lexicon::load(&crate::util::root().join("lexicons"), &[]).unwrap()
    });
    &LEX
}

/// Text built from pieces that exercise the extractor: marks, speech verbs,
/// names, titles, punctuation, non-ASCII.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("``".to_string()),
        Just("''".to_string()),
        Just(" said ".to_string()),
        Just(", said Sen. Ann Lee (D-Va.), a lawyer,".to_string()),
        Just(" he said. ".to_string()),
        Just("according to ".to_string()),
        Just("Reps. A (Miss.), B and C".to_string()),
        Just(". ".to_string()),
        Just(":".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just(" é ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        "[a-zA-Z ,.]{0,12}",
        "\\PC{0,4}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_spans(text: &str, lex: &Lexicon) {
    let quotes = extract_quotes(text, lex);
    let mut last_end = 0;
    for q in &quotes {
        assert!(
            q.span.start <= q.span.end && q.span.end <= text.len(),
            "out of bounds"
        );
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.start >= last_end, "overlapping or unsorted spans");
        last_end = q.span.end;
        let slice = &text[q.span.clone()];
        assert!(!slice.is_empty());
        assert_eq!(slice, slice.trim(), "span not trimmed");
        if let Some(s) = &q.speaker_span {
            assert!(
                text.get(s.clone()).is_some(),
                "speaker span not on char boundaries"
            );
            assert_eq!(text.get(s.clone()).map(str::to_string), q.speaker_mention);
        }
        let score = score_quote(slice, lex);
        assert!((-1.0..=1.0).contains(&score.sentiment));
        for t in &score.targets {
            assert!(slice.get(t.mention.clone()).is_some());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn extractor_spans_are_sound_on_newsish_text(text in newsish()) {
        check_spans(&text, lexicon());
    }

    #[test]
    fn extractor_spans_are_sound_on_any_string(text in "\\PC{0,200}") {
        check_spans(&text, lexicon());
    }

    #[test]
    fn sentences_rejoin_to_the_paragraph(text in newsish()) {
        for par in paragraphs(&text) {
            let sents = sentences(&text, par.clone());
            let mut pos = par.start;
            for s in &sents {
                prop_assert!(text[pos..s.start].trim().is_empty(), "text lost between sentences");
                pos = s.end;
            }
            prop_assert!(text[pos..par.end].trim().is_empty());
        }
    }

    #[test]
    fn tokens_are_in_order_and_on_boundaries(text in "\\PC{0,200}") {
        let mut last = 0;
        for t in tokens(&text, 0..text.len()) {
            prop_assert!(t.span.start >= last && t.span.end > t.span.start);
            prop_assert!(text.get(t.span.clone()).is_some());
            last = t.span.end;
        }
    }

    #[test]
    fn a_sentiment_lexicon_written_then_read_is_unchanged(entries in proptest::collection::btree_map("[a-z]{1,10}( [a-z]{1,8})?", -40i32..=40, 0..30)) {
        let text: String = entries.iter().map(|(w, v)| format!("{w}\t{}\n", f64::from(*v) / 10.0)).collect();
        let mut b = LexiconBuilder::new();
        let n = b.add_text("sentiment.tsv", "x", &text).unwrap();
        prop_assert_eq!(n, entries.len());
        let lex = b.build().unwrap();
        for (w, v) in &entries {
            let found = lex.find_phrases(w);
            prop_assert_eq!(found.len(), 1);
            prop_assert_eq!(found[0].info.sentiment, Some((f64::from(*v) / 10.0) as f32));
        }
    }
}
