//! Stage 1, ingest: turn the user's inputs (files, folders, `-`) into
//! [`Record`]s, in a fixed order, a batch at a time.
//!
//! Formats: JSONL (one article per line), CSV with a header row, and `.txt`
//! (one article per file, the file stem is the id); `.gz` and `.zst` are
//! decompressed by extension; `-` is JSONL on stdin. Folders are recursed
//! and their files taken in sorted order.
//!
//! JSONL is read in [`Block`]s of whole lines (a few MB, one read, no copy
//! per line) that the worker threads split and parse; everything else is
//! parsed here, a [`Record`] at a time. A bad record becomes a [`Skip`] with its `path:line`, never a panic
//! and never a silent loss. Files are opened when the run starts (an
//! unreadable input is fatal before any work); a read error in the middle of
//! a file skips the rest of that file and is reported as a skip.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::error::{Error, Location};

/// One news article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// Article id (from the record, or the file stem for `.txt`).
    pub id: String,
    /// Body text.
    pub text: String,
    /// Publication date as given (ISO 8601), if any.
    pub date: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Address of the article.
    pub url: Option<String>,
}

/// A record that could not be used, with where it was and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    /// File and line of the record.
    pub location: Location,
    /// What was wrong with it.
    pub reason: String,
}

/// One input record, as read and parsed.
#[derive(Debug)]
pub enum Record {
    /// An article (CSV row, text file).
    Article {
        /// File and line.
        location: Location,
        /// The article.
        article: Article,
    },
    /// A record that is already known to be bad.
    Skip(Skip),
}

/// Whole JSONL lines of one file, read in one go; the worker threads split
/// them ([`Block::lines`]) and parse each ([`parse_json_article`]).
#[derive(Debug)]
pub struct Block {
    /// The file, as the user gave it.
    pub file: Arc<str>,
    /// Lines of the file before this block.
    pub line_offset: u64,
    /// The lines, each ending in a newline except maybe the file's last.
    pub buf: Vec<u8>,
    /// A skip that follows the block's lines (read error, empty file).
    pub trailer: Option<Skip>,
}

impl Block {
    /// The non-blank lines: 1-based line number in the file and the byte
    /// range without the line ending.
    pub fn lines(&self) -> Vec<(u64, Range<usize>)> {
        let buf = &self.buf;
        let mut out = Vec::new();
        let mut start = 0;
        let ends = memchr::memchr_iter(b'\n', buf).chain(std::iter::once(buf.len()));
        for (line, end) in (self.line_offset + 1..).zip(ends) {
            let mut piece = buf.get(start..end).unwrap_or_default();
            while let Some(rest) = piece.strip_suffix(b"\r") {
                piece = rest;
            }
            if !piece.iter().all(u8::is_ascii_whitespace) {
                out.push((line, start..start + piece.len()));
            }
            start = end + 1;
        }
        out
    }
}

/// What the reader hands on: parsed records, or a block of JSONL lines.
#[derive(Debug)]
pub enum Batch {
    /// Records in input order.
    Records(Vec<Record>),
    /// JSONL lines in input order.
    Block(Block),
}

/// An article id in JSON: a string or a number.
#[derive(Deserialize)]
#[serde(untagged)]
enum JsonId<'a> {
    #[serde(borrow)]
    Str(Cow<'a, str>),
    Int(i64),
    Float(f64),
}

#[derive(Deserialize)]
struct JsonArticle<'a> {
    #[serde(borrow, default)]
    id: Option<JsonId<'a>>,
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    date: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    source: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    title: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    url: Option<Cow<'a, str>>,
}

fn non_empty(s: Option<Cow<'_, str>>) -> Option<String> {
    s.map(|c| c.trim().to_string()).filter(|s| !s.is_empty())
}

/// Parse one JSONL line into an article.
///
/// # Errors
/// Returns the reason when the line is not valid UTF-8, not a JSON object,
/// or lacks a non-empty `id` or `text`.
pub fn parse_json_article(bytes: &[u8]) -> Result<Article, String> {
    let line = std::str::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let raw: JsonArticle<'_> =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let id = match raw.id {
        Some(JsonId::Str(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(JsonId::Int(n)) => n.to_string(),
        Some(JsonId::Float(n)) => n.to_string(),
        _ => return Err("missing or empty field `id`".to_string()),
    };
    let text = match raw.text {
        Some(t) if !t.trim().is_empty() => t.into_owned(),
        _ => return Err("missing or empty field `text`".to_string()),
    };
    Ok(Article {
        id,
        text,
        date: non_empty(raw.date),
        source: non_empty(raw.source),
        title: non_empty(raw.title),
        url: non_empty(raw.url),
    })
}

/// Parse one JSONL line at `location`.
///
/// # Errors
/// The [`Skip`] that says why the line cannot be used.
pub fn parse_json_line(location: Location, bytes: &[u8]) -> Result<(Location, Article), Skip> {
    match parse_json_article(bytes) {
        Ok(a) => Ok((location, a)),
        Err(reason) => Err(Skip { location, reason }),
    }
}

impl Record {
    /// The article, or why the record cannot be used.
    ///
    /// # Errors
    /// Returns the [`Skip`] of a bad record.
    pub fn into_article(self) -> Result<(Location, Article), Skip> {
        match self {
            Record::Article { location, article } => Ok((location, article)),
            Record::Skip(s) => Err(s),
        }
    }
}

/// Input format of a file, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// One article per file.
    Text,
}

/// Compression of a file, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// Plain.
    None,
    /// `.gz`
    Gzip,
    /// `.zst`
    Zstd,
}

/// One input file (or stdin), resolved and checked at start-up.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// The path as shown in messages (`-` for stdin).
    pub display: Arc<str>,
    /// The file's path; `None` for stdin.
    pub path: Option<PathBuf>,
    /// Format.
    pub format: Format,
    /// Compression.
    pub compression: Compression,
    /// Size on disk in bytes (0 for stdin).
    pub size: u64,
}

/// Format and compression of a path, from its extensions; `None` when the
/// extension is not one we read.
pub fn classify(path: &Path) -> Option<(Format, Compression)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let (stem, compression) = if let Some(s) = name.strip_suffix(".gz") {
        (s.to_string(), Compression::Gzip)
    } else if let Some(s) = name.strip_suffix(".zst") {
        (s.to_string(), Compression::Zstd)
    } else {
        (name, Compression::None)
    };
    let format = if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
        Format::Jsonl
    } else if stem.ends_with(".csv") {
        Format::Csv
    } else if stem.ends_with(".txt") {
        Format::Text
    } else {
        return None;
    };
    Some((format, compression))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let shown = dir.display().to_string();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(&shown, e))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| Error::io(&shown, e))?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if classify(&p).is_some() {
            out.push(p);
        }
    }
    Ok(())
}

/// Resolve the user's inputs: expand folders (sorted, recursed), check that
/// each file exists, is readable and has a known extension.
///
/// # Errors
/// A missing or unreadable input, or a file given by name whose extension
/// is not `.jsonl`, `.csv` or `.txt` (optionally `.gz`/`.zst`).
pub fn resolve_inputs(inputs: &[String]) -> Result<Vec<InputFile>, Error> {
    let mut files = Vec::new();
    for input in inputs {
        if input == "-" {
            files.push(InputFile {
                display: Arc::from("-"),
                path: None,
                format: Format::Jsonl,
                compression: Compression::None,
                size: 0,
            });
            continue;
        }
        let path = PathBuf::from(input);
        let meta = std::fs::metadata(&path).map_err(|e| Error::io(input, e))?;
        let mut paths = Vec::new();
        if meta.is_dir() {
            walk(&path, &mut paths)?;
            if paths.is_empty() {
                return Err(Error::io(
                    input,
                    io::Error::new(
                        io::ErrorKind::NotFound,
                        "folder holds no .jsonl, .ndjson, .csv or .txt files (optionally .gz or .zst)",
                    ),
                ));
            }
        } else {
            if classify(&path).is_none() {
                return Err(Error::io(
                    input,
                    io::Error::new(
                        io::ErrorKind::InvalidInput,
                        "unknown input format (expected .jsonl, .csv or .txt, optionally .gz or .zst)",
                    ),
                ));
            }
            paths.push(path);
        }
        for p in paths {
            let shown = p.display().to_string();
            // Open now: an unreadable input is fatal before any work.
            let f = File::open(&p).map_err(|e| Error::io(&shown, e))?;
            let size = f.metadata().map(|m| m.len()).unwrap_or(0);
            if let Some((format, compression)) = classify(&p) {
                files.push(InputFile {
                    display: Arc::from(shown.as_str()),
                    path: Some(p),
                    format,
                    compression,
                    size,
                });
            }
        }
    }
    Ok(files)
}

/// Size of a read buffer: large, so a file is read in few system calls.
const BUF_SIZE: usize = 1 << 20;

/// Open an input (file or stdin) for reading, decompressing by extension.
///
/// # Errors
/// When the file cannot be opened or its zstd header is bad.
pub fn open_stream(file: &InputFile) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = match &file.path {
        Some(p) => Box::new(File::open(p)?),
        None => Box::new(io::stdin()),
    };
    let decoded: Box<dyn Read + Send> = match file.compression {
        Compression::None => raw,
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(
            BUF_SIZE, raw,
        ))),
        Compression::Zstd => Box::new(
            ruzstd::decoding::StreamingDecoder::new(BufReader::with_capacity(BUF_SIZE, raw))
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?,
        ),
    };
    Ok(Box::new(BufReader::with_capacity(BUF_SIZE, decoded)))
}

/// Column positions of a CSV input.
struct CsvColumns {
    id: usize,
    text: usize,
    date: Option<usize>,
    source: Option<usize>,
    title: Option<usize>,
    url: Option<usize>,
}

enum Open {
    Jsonl {
        reader: Box<dyn BufRead + Send>,
        /// Lines handed on so far.
        line: u64,
        /// Whether a non-blank byte has been seen.
        seen: bool,
        /// The start of a line not yet complete.
        carry: Vec<u8>,
    },
    Csv {
        reader: csv::Reader<Box<dyn BufRead + Send>>,
        cols: CsvColumns,
        records: u64,
    },
}

/// Reads all inputs in order, a batch of records at a time.
pub struct Reader {
    files: Vec<InputFile>,
    next_file: usize,
    current: Option<(Arc<str>, Open)>,
    bytes_read: u64,
}

impl Reader {
    /// A reader over resolved inputs.
    pub fn new(files: Vec<InputFile>) -> Self {
        Reader {
            files,
            next_file: 0,
            current: None,
            bytes_read: 0,
        }
    }

    /// Uncompressed bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// The next batch: a block of JSONL lines of about `max_bytes` (read
    /// into `spare` when given, to reuse its memory), or at most
    /// `max_records` other records. `None` means all inputs are read.
    pub fn next_batch(
        &mut self,
        max_records: usize,
        max_bytes: usize,
        mut spare: Option<Vec<u8>>,
    ) -> Option<Batch> {
        loop {
            if matches!(self.current, Some((_, Open::Jsonl { .. }))) {
                if let Some(block) = self.read_block(spare.take(), max_bytes) {
                    return Some(Batch::Block(block));
                }
                continue;
            }
            let mut batch = Vec::new();
            let mut bytes = 0usize;
            while batch.len() < max_records && bytes < max_bytes {
                if self.current.is_none() && !self.open_next(&mut batch) {
                    break;
                }
                if matches!(self.current, Some((_, Open::Jsonl { .. }))) {
                    break;
                }
                match self.read_one(&mut batch) {
                    Some(n) => bytes += n,
                    None => self.current = None,
                }
            }
            if !batch.is_empty() {
                return Some(Batch::Records(batch));
            }
            self.current.as_ref()?;
        }
    }

    /// Read the next block of whole lines from the open JSONL file; at its
    /// end, close it. `None` when the file had nothing more to give.
    fn read_block(&mut self, spare: Option<Vec<u8>>, max_bytes: usize) -> Option<Block> {
        let Some((
            shown,
            Open::Jsonl {
                reader,
                line,
                seen,
                carry,
            },
        )) = self.current.as_mut()
        else {
            return None;
        };
        let mut buf = spare.unwrap_or_default();
        buf.clear();
        buf.append(carry);
        let mut has_newline = false;
        let mut eof = false;
        let mut error = None;
        while !(has_newline && buf.len() >= max_bytes) {
            let old = buf.len();
            buf.resize(old + max_bytes.saturating_sub(old).max(64 << 10), 0);
            match reader.read(buf.get_mut(old..).unwrap_or_default()) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                    break;
                }
                Ok(n) => {
                    buf.truncate(old + n);
                    has_newline = has_newline
                        || memchr::memchr(b'\n', buf.get(old..).unwrap_or_default()).is_some();
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => buf.truncate(old),
                Err(e) => {
                    buf.truncate(old);
                    error = Some(e);
                    break;
                }
            }
        }
        if !eof {
            // Whole lines only: the rest waits for the next block (after a
            // read error, it is dropped with the rest of the file).
            let cut = memchr::memrchr(b'\n', &buf).map_or(0, |i| i + 1);
            if error.is_none() {
                carry.extend_from_slice(buf.get(cut..).unwrap_or_default());
            }
            buf.truncate(cut);
        }
        let lines = memchr::memchr_iter(b'\n', &buf).count() as u64
            + u64::from(buf.last().is_some_and(|&b| b != b'\n'));
        let line_offset = *line;
        *line += lines;
        self.bytes_read += buf.len() as u64;
        *seen = *seen || buf.iter().any(|b| !b.is_ascii_whitespace());
        let trailer = if let Some(e) = error {
            Some(Skip {
                location: Location::new(shown.clone(), *line + 1),
                reason: format!("read error, rest of file skipped: {e}"),
            })
        } else if eof && !*seen {
            Some(Skip {
                location: Location::new(shown.clone(), (*line).max(1)),
                reason: "empty file: no records".to_string(),
            })
        } else {
            None
        };
        let file = shown.clone();
        if eof || trailer.is_some() {
            self.current = None;
        }
        if buf.is_empty() && trailer.is_none() {
            return None;
        }
        Some(Block {
            file,
            line_offset,
            buf,
            trailer,
        })
    }

    /// Open the next file; `.txt` files are read whole right here. Returns
    /// false when there are no more files.
    fn open_next(&mut self, batch: &mut Vec<Record>) -> bool {
        loop {
            let Some(file) = self.files.get(self.next_file).cloned() else {
                return false;
            };
            self.next_file += 1;
            let shown = file.display.clone();
            let loc = |line| Location::new(shown.clone(), line);
            let stream = match open_stream(&file) {
                Ok(s) => s,
                Err(e) => {
                    batch.push(Record::Skip(Skip {
                        location: loc(0),
                        reason: format!("cannot read: {e}"),
                    }));
                    continue;
                }
            };
            match file.format {
                Format::Jsonl => {
                    self.current = Some((
                        shown,
                        Open::Jsonl {
                            reader: stream,
                            line: 0,
                            seen: false,
                            carry: Vec::new(),
                        },
                    ));
                    return true;
                }
                Format::Csv => {
                    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(stream);
                    match csv_columns(&mut reader) {
                        Ok(cols) => {
                            self.current = Some((
                                shown,
                                Open::Csv {
                                    reader,
                                    cols,
                                    records: 0,
                                },
                            ));
                            return true;
                        }
                        Err(reason) => {
                            batch.push(Record::Skip(Skip {
                                location: loc(1),
                                reason,
                            }));
                            continue;
                        }
                    }
                }
                Format::Text => {
                    let mut buf = Vec::new();
                    let mut stream = stream;
                    let record = match stream.read_to_end(&mut buf) {
                        Err(e) => Record::Skip(Skip {
                            location: loc(0),
                            reason: format!("read error: {e}"),
                        }),
                        Ok(_) => {
                            self.bytes_read += buf.len() as u64;
                            text_record(&file, loc(1), buf)
                        }
                    };
                    batch.push(record);
                    continue;
                }
            }
        }
    }

    /// Read one record from the open file into `batch`; returns its size in
    /// bytes, or `None` at the end of the file.
    fn read_one(&mut self, batch: &mut Vec<Record>) -> Option<usize> {
        let (shown, open) = self.current.as_mut()?;
        match open {
            Open::Jsonl { .. } => None,
            Open::Csv {
                reader,
                cols,
                records,
            } => {
                let mut rec = csv::ByteRecord::new();
                match reader.read_byte_record(&mut rec) {
                    Ok(false) => {
                        if *records == 0 {
                            batch.push(Record::Skip(Skip {
                                location: Location::new(shown.clone(), 1),
                                reason: "empty file: no records".to_string(),
                            }));
                        }
                        None
                    }
                    Ok(true) => {
                        *records += 1;
                        let line = rec.position().map_or(0, |p| p.line());
                        let n = rec.as_slice().len();
                        self.bytes_read += n as u64;
                        let location = Location::new(shown.clone(), line);
                        batch.push(csv_record(cols, location, &rec));
                        Some(n.max(1))
                    }
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line());
                        batch.push(Record::Skip(Skip {
                            location: Location::new(shown.clone(), line),
                            reason: format!("malformed CSV, rest of file skipped: {e}"),
                        }));
                        None
                    }
                }
            }
        }
    }
}

fn csv_columns<R: Read>(reader: &mut csv::Reader<R>) -> Result<CsvColumns, String> {
    let headers = reader
        .byte_headers()
        .map_err(|e| format!("cannot read CSV header: {e}"))?
        .clone();
    if headers.is_empty() {
        return Err("empty file: no CSV header".to_string());
    }
    let find = |name: &str| {
        headers
            .iter()
            .position(|h| String::from_utf8_lossy(h).trim().eq_ignore_ascii_case(name))
    };
    let id = find("id").ok_or("CSV header has no `id` column")?;
    let text = find("text").ok_or("CSV header has no `text` column")?;
    Ok(CsvColumns {
        id,
        text,
        date: find("date"),
        source: find("source"),
        title: find("title"),
        url: find("url"),
    })
}

fn csv_record(cols: &CsvColumns, location: Location, rec: &csv::ByteRecord) -> Record {
    let field = |i: usize| -> Result<Option<String>, String> {
        match rec.get(i) {
            None => Ok(None),
            Some(b) => match std::str::from_utf8(b) {
                Ok(s) if s.trim().is_empty() => Ok(None),
                Ok(s) => Ok(Some(s.to_string())),
                Err(e) => Err(format!(
                    "invalid UTF-8 in column {} at byte {}",
                    i + 1,
                    e.valid_up_to()
                )),
            },
        }
    };
    let opt = |i: Option<usize>| i.map_or(Ok(None), field);
    let build = || -> Result<Article, String> {
        let id = field(cols.id)?.ok_or("row has no `id`")?;
        let text = field(cols.text)?.ok_or("row has no `text`")?;
        Ok(Article {
            id: id.trim().to_string(),
            text,
            date: opt(cols.date)?.map(|s| s.trim().to_string()),
            source: opt(cols.source)?.map(|s| s.trim().to_string()),
            title: opt(cols.title)?,
            url: opt(cols.url)?.map(|s| s.trim().to_string()),
        })
    };
    match build() {
        Ok(article) => Record::Article { location, article },
        Err(reason) => Record::Skip(Skip { location, reason }),
    }
}

fn text_record(file: &InputFile, location: Location, buf: Vec<u8>) -> Record {
    let id = file
        .path
        .as_deref()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        .map(|n| n.split('.').next().unwrap_or(n).to_string())
        .unwrap_or_default();
    match String::from_utf8(buf) {
        Err(e) => {
            let upto = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes
                .get(..upto)
                .map_or(0, |b| memchr::memchr_iter(b'\n', b).count() as u64);
            Record::Skip(Skip {
                location: Location::new(location.path, line),
                reason: format!("invalid UTF-8 at byte {upto}"),
            })
        }
        Ok(text) if text.trim().is_empty() => Record::Skip(Skip {
            location,
            reason: "empty file: no text".to_string(),
        }),
        Ok(text) => Record::Article {
            location,
            article: Article {
                id,
                text,
                ..Article::default()
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_minimal_and_full_records() {
        let a = parse_json_article(br#"{"id":"a1","text":"Hello."}"#).unwrap();
        assert_eq!(a.id, "a1");
        assert_eq!(a.text, "Hello.");
        assert_eq!(a.date, None);
        let a = parse_json_article(
            br#"{"id":7,"text":"x","date":"2024-01-02","source":"S","title":"T","url":"u","extra":[1]}"#,
        )
        .unwrap();
        assert_eq!(a.id, "7");
        assert_eq!(a.date.as_deref(), Some("2024-01-02"));
        assert_eq!(a.source.as_deref(), Some("S"));
    }

    #[test]
    fn bad_json_records_say_why() {
        assert!(parse_json_article(b"{not json")
            .unwrap_err()
            .contains("malformed JSON"));
        assert!(parse_json_article(br#"{"id":"a"}"#)
            .unwrap_err()
            .contains("text"));
        assert!(parse_json_article(br#"{"text":"a"}"#)
            .unwrap_err()
            .contains("id"));
        assert!(parse_json_article(b"{\"id\":\"a\",\"text\":\"\xff\"}")
            .unwrap_err()
            .contains("UTF-8"));
    }

    /// Every line, whatever the block size: right line numbers, line
    /// endings stripped, blank lines skipped, a last line without newline.
    fn lines_read_in_blocks(content: &[u8], max_bytes: usize) -> (Vec<(u64, String)>, Vec<Skip>) {
        let dir = std::env::temp_dir().join(format!(
            "qs-ingest-{}-{max_bytes}-{}",
            std::process::id(),
            content.len()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("in.jsonl");
        std::fs::write(&path, content).unwrap();
        let files = resolve_inputs(&[path.display().to_string()]).unwrap();
        let mut reader = Reader::new(files);
        let (mut lines, mut skips) = (Vec::new(), Vec::new());
        while let Some(batch) = reader.next_batch(100, max_bytes, None) {
            let Batch::Block(block) = batch else {
                panic!("JSONL is read in blocks")
            };
            for (line, range) in block.lines() {
                lines.push((line, String::from_utf8(block.buf[range].to_vec()).unwrap()));
            }
            skips.extend(block.trailer);
        }
        assert_eq!(reader.bytes_read(), content.len() as u64);
        std::fs::remove_dir_all(&dir).unwrap();
        (lines, skips)
    }

    #[test]
    fn blocks_split_on_whole_lines_at_any_size() {
        let content = b"{\"a\":1}\r\n\n  \n{\"b\":22}\n{\"c\":333}";
        let want = vec![
            (1, "{\"a\":1}".to_string()),
            (4, "{\"b\":22}".to_string()),
            (5, "{\"c\":333}".to_string()),
        ];
        for max_bytes in [1, 2, 5, 9, 10, 11, 20, 1 << 20] {
            let (lines, skips) = lines_read_in_blocks(content, max_bytes);
            assert_eq!(lines, want, "max_bytes {max_bytes}");
            assert!(skips.is_empty());
        }
    }

    #[test]
    fn a_blank_file_is_one_skip() {
        for max_bytes in [1, 3, 1 << 20] {
            let (lines, skips) = lines_read_in_blocks(b" \n\r\n\n", max_bytes);
            assert!(lines.is_empty());
            assert_eq!(skips.len(), 1);
            assert_eq!(skips[0].location.line, 3);
            assert_eq!(skips[0].reason, "empty file: no records");
        }
    }

    #[test]
    fn classifies_extensions() {
        assert_eq!(
            classify(Path::new("a/b.jsonl.gz")),
            Some((Format::Jsonl, Compression::Gzip))
        );
        assert_eq!(
            classify(Path::new("x.CSV")),
            Some((Format::Csv, Compression::None))
        );
        assert_eq!(
            classify(Path::new("x.txt.zst")),
            Some((Format::Text, Compression::Zstd))
        );
        assert_eq!(classify(Path::new("x.json")), None);
    }
}
