//! Reading users from CSV: header `user_id,name,email,role[,password_hash]`.
//!
//! Rule: the whole file is checked before anything is stored, and a bad row is
//! named by its line number.

use std::collections::HashSet;
use std::io::Read;

use crate::error::{Error, Result};
use crate::store::{user_key, NewUser};
use crate::users::check_new_user;

const HEADER: [&str; 4] = ["user_id", "name", "email", "role"];

/// Parses and checks every row; returns each user with its line number.
pub fn read_users_csv(mut input: impl Read) -> Result<Vec<(u64, NewUser)>> {
    let mut text = Vec::new();
    input
        .read_to_end(&mut text)
        .map_err(|err| Error::failed("the CSV file could not be read").cause(err))?;
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_slice());
    let with_hash = check_header(reader.headers().map_err(|e| csv_error(&text, e))?)?;
    let mut seen = HashSet::new();
    let mut users = Vec::new();
    let mut lines = LineCounter::default();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&text, e))?;
        let line = record.position().map_or(0, |p| lines.line_at(&text, p.byte()));
        let user = parse_row(&record, with_hash).map_err(|err| at_line(line, err))?;
        if !seen.insert(user_key(&user.user_id)) {
            let message = format!("the user `{}` appears twice in the file", user.user_id);
            return Err(at_line(line, Error::usage(message)));
        }
        users.push((line, user));
    }
    Ok(users)
}

fn check_header(header: &csv::StringRecord) -> Result<bool> {
    let names: Vec<&str> = header.iter().collect();
    let with_hash = names.len() == 5 && names[4] == "password_hash";
    if names[..names.len().min(4)] != HEADER || !(names.len() == 4 || with_hash) {
        return Err(Error::failed("line 1: the header is not user_id,name,email,role").hint(
            "start the file with `user_id,name,email,role` (and optionally ,password_hash)",
        ));
    }
    Ok(with_hash)
}

fn parse_row(record: &csv::StringRecord, with_hash: bool) -> Result<NewUser> {
    let expected = if with_hash { 5 } else { 4 };
    if record.len() != expected {
        return Err(Error::usage(format!("expected {expected} fields, found {}", record.len())));
    }
    let field = |i: usize| record.get(i).unwrap_or_default().to_string();
    let optional = |i: usize| Some(field(i)).filter(|v| !v.is_empty());
    let user = NewUser {
        user_id: field(0),
        name: field(1),
        email: optional(2),
        role: field(3),
        password_hash: if with_hash { optional(4) } else { None },
    };
    check_new_user(&user)?;
    Ok(user)
}

fn at_line(line: u64, err: Error) -> Error {
    Error::failed(format!("line {line}: {}", err.message))
        .hint("fix that row and import again; nothing was imported")
}

/// Line numbers of records from their byte offsets. The csv crate's own line
/// count is off after CRLF endings and blank lines, so count here, going on
/// from the last record so that a long file is read once.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: u64,
}

impl LineCounter {
    /// The line a record starting at byte `offset` is on; the offset can point
    /// at blank lines before the record, which are skipped.
    fn line_at(&mut self, text: &[u8], offset: u64) -> u64 {
        let mut start = usize::try_from(offset).unwrap_or(text.len()).min(text.len());
        while let Some(rest) = text.get(start..) {
            match rest {
                [b'\r', b'\n', ..] => start += 2,
                [b'\n', ..] => start += 1,
                _ => break,
            }
        }
        if start < self.offset {
            *self = LineCounter::default();
        }
        self.line += text[self.offset..start].iter().filter(|b| **b == b'\n').count() as u64;
        self.offset = start;
        self.line + 1
    }
}

fn csv_error(text: &[u8], err: csv::Error) -> Error {
    let line = err.position().map_or(0, |p| LineCounter::default().line_at(text, p.byte()));
    let message = match err.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("line {line}: expected {expected_len} fields, found {len}")
        }
        csv::ErrorKind::Utf8 { .. } => format!("line {line}: the text is not UTF-8"),
        csv::ErrorKind::Io(io) => format!("the file could not be read: {io}"),
        _ => format!("line {line}: the row is not valid CSV"),
    };
    Error::failed(message).hint("fix that row and import again; nothing was imported")
}
