//! Word lists and word tests of the attribution rules: auxiliaries and
//! adverbs that stand between a speaker and a verb, sentence connectives,
//! determiners, pronouns, prepositions, time words, role and media nouns,
//! headline labels.

/// Words skipped between a speaker and the verb (`has also said`).
const AUX: &[&str] = &[
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "also",
    "later",
    "then",
    "once",
    "previously",
    "recently",
    "repeatedly",
    "further",
    "instead",
    "again",
    "publicly",
    "privately",
    "reportedly",
    "quoted",
    "as",
    "had",
    "did",
    "does",
    "do",
    "not",
    "never",
    "often",
    "still",
    "flatly",
    "simply",
    "just",
    "since",
    "already",
    "earlier",
    "even",
    "first",
    "finally",
    "directly",
    "bluntly",
    "quickly",
    "frequently",
    "famously",
    "told",
    "previously",
    "angrily",
    "tweeted",
    "could",
    "might",
    "may",
    "should",
    "can",
    "now",
    "always",
    "long",
    "only",
    "initially",
    "originally",
    "subsequently",
    "openly",
    "explicitly",
    "specifically",
    "personally",
    // (`Mr Hockney meanwhile told the BBC`.)
    "meanwhile",
    "however",
    "nonetheless",
    "nevertheless",
];

/// Capitalised words that start sentences and clauses, never names.
const CAP_BOUNDARY: &[&str] = &[
    "Or",
    "And",
    "Ever",
    "Even",
    "But",
    "When",
    "While",
    "If",
    "As",
    "After",
    "Before",
    "Asked",
    "Then",
    "So",
    "Yet",
    "Still",
    "Meanwhile",
    "However",
    "Earlier",
    "Later",
    "In",
    "On",
    "At",
    "Since",
    "Because",
    "Although",
    "Though",
    "Instead",
    "Now",
    "Today",
    "Yesterday",
    "Also",
    "For",
    "With",
    "Without",
    "Speaking",
    "Told",
    "Responding",
    "Pressed",
    "Explaining",
    "Back",
    "Last",
    "Next",
    "Shortly",
    "Following",
    "During",
    "Despite",
    "Under",
    "Among",
    "Like",
    "Unlike",
    "Amid",
    "Until",
    "Upon",
    "Once",
    "Just",
    "Even",
    "Only",
    "Here",
    "There",
    "This",
    "That",
    "These",
    "Those",
    "Some",
    "Many",
    "Most",
    "Several",
    "Both",
    "Each",
    "Every",
    "No",
    "Not",
    "Yes",
    "Indeed",
    "Finally",
    "Overall",
    "Separately",
    "Similarly",
    "Moreover",
    "Furthermore",
    "Additionally",
    "Nonetheless",
    "Nevertheless",
    "Otherwise",
    "Thus",
    "Therefore",
    "To",
    // (Not "From": a surname, Al From.)
    "By",
    "Through",
    "Over",
    "Against",
    "Across",
    "Within",
    "Around",
    "Toward",
    "Towards",
    "Outside",
    "Inside",
    "Behind",
    "Beyond",
];

/// Fast membership for the word lists above.
fn set_of(list: &'static [&'static str]) -> rustc_hash::FxHashSet<&'static str> {
    list.iter().copied().collect()
}

pub(super) fn is_cap_boundary(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| set_of(CAP_BOUNDARY));
    SET.contains(w)
}

pub(super) fn is_boundary(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| set_of(BOUNDARY));
    SET.contains(w)
}

pub(super) fn is_aux_word(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| set_of(AUX));
    SET.contains(w)
}

/// An auxiliary, adverb or day name that may stand between a speaker and
/// the verb ("has also said", "later Thursday told").
pub(super) fn is_aux(word: &str) -> bool {
    is_aux_word(word)
        // "officials haven’t said".
        || (word.ends_with("n't") || word.ends_with("n’t")) && !is_cap(word)
        || (word.len() > 4 && word.ends_with("ly") && !is_cap(word) && word != "only")
        || is_day(word)
        || matches!(word, "yesterday" | "today" | "tonight")
}

/// A day of the week.
pub(super) fn is_day(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// Headline labels before a colon that name no speaker ("Poll: …").
pub(super) const HEADLINE_LABELS: &[&str] = &[
    "Update",
    "Updated",
    "Watch",
    "Video",
    "Photos",
    "Poll",
    "Polls",
    "Analysis",
    "Opinion",
    "Editorial",
    "Breaking",
    "Exclusive",
    "Report",
    "Review",
    "Live",
    "Factbox",
    "Explainer",
    "Timeline",
    "Transcript",
    "Read",
    "Listen",
    "Note",
    "Correction",
    "Source",
    "Sources",
    "Related",
    "More",
    "Editor",
    "Quiz",
    "Latest",
];

/// Words of a time expression: a phrase that ends in one ("Friday
/// morning", "New Hampshire Monday") is never a speaker.
pub(super) fn is_time_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    is_day(w)
        || matches!(
            w,
            "January"
                | "February"
                | "March"
                | "April"
                | "June"
                | "July"
                | "August"
                | "September"
                | "October"
                | "November"
                | "December"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "weekend"
                | "today"
                | "yesterday"
                | "tonight"
        )
}

/// Lower-case words that end a noun phrase when read backwards.
const BOUNDARY: &[&str] = &[
    "that",
    "and",
    "but",
    "as",
    "while",
    "when",
    "because",
    "which",
    "where",
    "if",
    "though",
    "although",
    "after",
    "before",
    "since",
    "so",
    "than",
    "what",
    "whom",
    "whose",
    "or",
    "said",
    "says",
    "told",
    "on",
    "in",
    "at",
    "with",
    "about",
    "to",
    "by",
    "from",
    "for",
    "into",
    "of",
    "it",
    "this",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "not",
    "its",
    "also",
    "until",
    "unless",
    "amid",
    "despite",
    "whether",
    "including",
    "please",
];

/// A small count written as a word, as in `a mother of three`.
pub(super) fn is_small_count(w: &str) -> bool {
    matches!(w, "one" | "two" | "three" | "four" | "five" | "six")
}

/// Determiners that may start a lower-case speaker phrase.
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "several", "some", "many", "other", "another", "his",
    "her", "their", "its",
];

/// Pronouns that can be speakers.
pub(super) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "He", "She", "They", "We", "I", "It",
];

pub(super) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Nouns for people by their role, which make `according to his …` a
/// speaker.
pub(super) const ROLE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "physician",
    "doctor",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "manager",
    "friend",
    "friends",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "colleague",
    "colleagues",
    "deputy",
    "biographer",
    "secretary",
    "spokespeople",
    "representative",
    "representatives",
];

/// Nouns a quoted title follows (`the podcast “Here’s the Thing”`).
pub(super) const MEDIA_NOUNS: &[&str] = &[
    "show",
    "podcast",
    "program",
    "programme",
    "book",
    "film",
    "movie",
    "song",
    "column",
    "series",
    "documentary",
    "tape",
    "video",
    "ad",
    "album",
    "novel",
    "memoir",
    "play",
    "musical",
    "segment",
    "episode",
    "newsletter",
    "blog",
    "essay",
    "article",
    "op-ed",
];

pub(super) const PREPOSITIONS: &[&str] = &[
    "to", "on", "in", "at", "from", "with", "by", "of", "about", "for", "into", "than",
];
