//! Errors of the library: one `Error` with an `ErrorKind`, and `Location`
//! (`path:line`) carried by every error that comes from user data.
//!
//! Recoverable problems with single records are not errors: they are
//! [`crate::ingest::Skip`] values, counted and reported by the pipeline.

use std::fmt;
use std::sync::Arc;

/// Where a record or a lexicon line came from: a file (or `-`) and a 1-based
/// line number (0 = the file as a whole).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    /// The path as the user gave it (or `-` for stdin).
    pub path: Arc<str>,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: u64,
}

impl Location {
    /// A location in `path` at `line`.
    pub fn new(path: impl Into<Arc<str>>, line: u64) -> Self {
        Location {
            path: path.into(),
            line,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.path)
        } else {
            write!(f, "{}:{}", self.path, self.line)
        }
    }
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An input, lexicon or output file could not be opened, read or written.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A lexicon line (or other user-edited file) is malformed.
    #[error("{0}")]
    Lexicon(String),
    /// A record was bad and `--strict` made that fatal.
    #[error("{0}")]
    BadRecord(String),
    /// Invalid settings (e.g. an unknown period).
    #[error("{0}")]
    Config(String),
    /// The aggregation engine failed.
    #[error("aggregation failed: {0}")]
    Aggregate(String),
}

/// The library's error: a kind plus, where the error comes from a file, its
/// location.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    location: Option<Location>,
}

impl Error {
    /// An error at a location.
    pub fn at(location: Location, kind: ErrorKind) -> Self {
        Error {
            kind,
            location: Some(location),
        }
    }

    /// An error with no location.
    pub fn new(kind: ErrorKind) -> Self {
        Error {
            kind,
            location: None,
        }
    }

    /// A lexicon error at `path:line`.
    pub fn lexicon(path: &str, line: u64, msg: impl Into<String>) -> Self {
        Error::at(Location::new(path, line), ErrorKind::Lexicon(msg.into()))
    }

    /// An I/O error about `path`.
    pub fn io(path: &str, err: std::io::Error) -> Self {
        Error::at(Location::new(path, 0), ErrorKind::Io(err))
    }

    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Where it happened, if it came from a file.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(loc) => write!(f, "{loc}: {}", self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
