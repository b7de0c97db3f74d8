//! The small JSON codec behind everything Knot Coach stores or exports: one parser, one
//! writer and a value tree, plus [`ToJson`]/[`FromJson`] written by hand for each stored
//! type.
//!
//! It replaces serde and serde_json: their derived code (a parser per stored type) was
//! 34 KB of the embed's gzip download, against a 150 KB budget for everything. What it must
//! do is narrow: strict RFC 8259 parsing with a depth limit, objects written with their keys
//! in order, and numbers kept as their literal text so an unknown field written by a newer
//! version survives a round trip exactly.

use super::collections::SortedMap;

/// Deepest nesting [`parse`] accepts: stored documents are under ten levels deep, and a limit
/// keeps a hostile file from exhausting the stack.
pub const MAX_DEPTH: usize = 128;

/// A JSON number, kept as its literal text (already checked against the JSON grammar).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(Box<str>);

impl Number {
    /// The literal as written, e.g. `"12"` or `"-1.5e3"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The value when it is a whole number written without fraction or exponent.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }

    /// The value when it is a whole number from 0 written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.parse().ok()
    }
}

/// A parsed JSON value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Value {
    /// `null`
    #[default]
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number, as its literal text.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }

    /// The number, if this is a whole number from 0 (see [`Number::as_u64`]).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Self::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// The number, if this is a whole number (see [`Number::as_i64`]).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Self::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// A short name of the kind of value, for messages: "a string", "null"…
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool(_) => "true or false",
            Self::Number(_) => "a number",
            Self::String(_) => "a string",
            Self::Array(_) => "a list",
            Self::Object(_) => "an object",
        }
    }

    /// Compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out, None);
        out
    }

    /// JSON text indented by two spaces, for files a person may open.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out, Some(0));
        out
    }
}

impl From<bool> for Value {
    fn from(flag: bool) -> Self {
        Self::Bool(flag)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Self::Number(Number(n.to_string().into()))
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Self::Number(Number(n.to_string().into()))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Self::from(u64::from(n))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::String(text.to_string())
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Self {
        Self::Object(map)
    }
}

/// A JSON object: keys unique and kept in order, so the text it writes is canonical.
pub type Map = SortedMap<String, Value>;

impl SortedMap<String, Value> {
    /// Sets `key`, replacing any earlier value (as a repeated key in JSON text does).
    pub fn set(&mut self, key: &str, value: impl Into<Value>) {
        self.insert(key.to_string(), value.into());
    }

    /// Decodes the field `key` of a stored object. A missing field reads as `null`, so an
    /// optional one is `None`; a required one says it is missing.
    pub fn field<T: FromJson>(&self, key: &str) -> Result<T, String> {
        match self.get(key) {
            Some(value) => T::from_json(value).map_err(|e| format!("{key}: {e}")),
            None => T::from_json(&Value::Null).map_err(|_| format!("{key} is missing")),
        }
    }

    /// Like [`Map::field`], but a missing field takes its default.
    pub fn field_or_default<T: FromJson + Default>(&self, key: &str) -> Result<T, String> {
        if self.contains_key(key) {
            self.field(key)
        } else {
            Ok(T::default())
        }
    }
}

/// Builds an object from `(key, value)` pairs, for the hand-written encoders. (A `Vec`
/// rather than an array, so there is one copy of this in the wasm, not one per length.)
pub fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// A type that has a stored JSON form.
pub trait ToJson {
    /// The stored form.
    fn to_json(&self) -> Value;
}

/// A type that can be read back from its stored JSON form.
pub trait FromJson: Sized {
    /// Reads the stored form; the error says what was wrong, for a warning or a log.
    fn from_json(value: &Value) -> Result<Self, String>;
}

/// The stored object, or an error naming what was there instead.
pub fn expect_object(value: &Value) -> Result<&Map, String> {
    match value {
        Value::Object(map) => Ok(map),
        other => Err(format!("expected an object, found {}", other.kind())),
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Bool(flag) => Ok(*flag),
            other => Err(format!("expected true or false, found {}", other.kind())),
        }
    }
}

macro_rules! unsigned_json {
    ($($ty:ty),*) => {$(
        impl ToJson for $ty {
            fn to_json(&self) -> Value {
                Value::from(u64::from(*self))
            }
        }

        impl FromJson for $ty {
            fn from_json(value: &Value) -> Result<Self, String> {
                value
                    .as_u64()
                    .and_then(|n| <$ty>::try_from(n).ok())
                    .ok_or_else(|| format!("expected a whole number from 0 to {}", <$ty>::MAX))
            }
        }
    )*};
}

unsigned_json!(u8, u16, u32, u64);

impl ToJson for i64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl FromJson for i64 {
    fn from_json(value: &Value) -> Result<Self, String> {
        value
            .as_i64()
            .ok_or_else(|| String::from("expected a whole number"))
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(text) => Ok(text.clone()),
            other => Err(format!("expected a string, found {}", other.kind())),
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::from_json(item).map_err(|e| format!("item {}: {e}", i + 1)))
                .collect(),
            other => Err(format!("expected a list, found {}", other.kind())),
        }
    }
}

impl<T: ToJson> ToJson for SortedMap<String, T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

impl<T: FromJson> FromJson for SortedMap<String, T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        expect_object(value)?
            .iter()
            .map(|(k, v)| Ok((k.clone(), T::from_json(v).map_err(|e| format!("{k}: {e}"))?)))
            .collect()
    }
}

/// Stores a struct as an object with one key per field, named as the field, and lists
/// those keys as `STORED_FIELDS`. Fields listed after `defaults:` may be missing from stored
/// text (they were added later) and then take their default.
macro_rules! json_object {
    ($ty:ident { $($field:ident),+ $(; defaults: $($default:ident),+)? $(,)? }) => {
        impl $ty {
            /// The keys of the stored object, one per field.
            pub const STORED_FIELDS: &'static [&'static str] = &[
                $(stringify!($field),)+
                $($(stringify!($default),)+)?
            ];
        }

        impl $crate::domain::json::ToJson for $ty {
            fn to_json(&self) -> $crate::domain::json::Value {
                $crate::domain::json::object(vec![
                    $((stringify!($field), $crate::domain::json::ToJson::to_json(&self.$field)),)+
                    $($((stringify!($default), $crate::domain::json::ToJson::to_json(&self.$default)),)+)?
                ])
            }
        }

        impl $crate::domain::json::FromJson for $ty {
            fn from_json(value: &$crate::domain::json::Value) -> Result<Self, String> {
                let fields = $crate::domain::json::expect_object(value)?;
                Ok(Self {
                    $($field: fields.field(stringify!($field))?,)+
                    $($($default: fields.field_or_default(stringify!($default))?,)+)?
                })
            }
        }
    };
}
pub(crate) use json_object;

/// Gives a field-less enum its stored names (kebab-case, as every stored enum uses):
/// `stored_name`, `from_stored_name`, [`ToJson`] and [`FromJson`].
macro_rules! json_names {
    ($ty:ty { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The name this value is stored under.
            pub fn stored_name(self) -> &'static str {
                match self { $(Self::$variant => $name),+ }
            }

            /// The value stored under `name`.
            pub fn from_stored_name(name: &str) -> Option<Self> {
                match name { $($name => Some(Self::$variant),)+ _ => None }
            }
        }

        impl $crate::domain::json::ToJson for $ty {
            fn to_json(&self) -> $crate::domain::json::Value {
                $crate::domain::json::Value::from(self.stored_name())
            }
        }

        impl $crate::domain::json::FromJson for $ty {
            fn from_json(value: &$crate::domain::json::Value) -> Result<Self, String> {
                value
                    .as_str()
                    .and_then(Self::from_stored_name)
                    .ok_or_else(|| format!("unknown value {}", value.to_text()))
            }
        }
    };
}
pub(crate) use json_names;

/// Why text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What was wrong.
    pub problem: &'static str,
    /// Line of the problem, from 1.
    pub line: usize,
    /// Character on that line, from 1.
    pub column: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.problem, self.line, self.column
        )
    }
}

/// Parses one JSON value (RFC 8259), surrounded by nothing but whitespace.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.at < parser.text.len() {
        return Err(parser.error("unexpected text after the end"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    fn error(&self, problem: &'static str) -> ParseError {
        let before = &self.text[..floor_char_boundary(self.text, self.at)];
        let line = before.matches('\n').count() + 1;
        let column = before
            .rsplit('\n')
            .next()
            .map_or(0, |last| last.chars().count())
            + 1;
        ParseError {
            problem,
            line,
            column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        if self.bytes()[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("unexpected end of text")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected `,` or `]`"));
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                // Collected first and sorted once: inserting key by key into the sorted map
                // would be quadratic on a hostile file with its keys in reverse order.
                let mut pairs = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_whitespace();
                        if self.peek() != Some(b'"') {
                            return Err(self.error("expected a key in quotes"));
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.error("expected `:`"));
                        }
                        let value = self.value(depth + 1)?;
                        pairs.push((key, value));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected `,` or `}`"));
                        }
                    }
                }
                // A repeated key keeps its last value, as the map's collect does.
                Ok(Value::Object(pairs.into_iter().collect()))
            }
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        Ok(Value::Number(Number(self.text[start..self.at].into())))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("expected four hex digits"))
    }

    /// Reads a string starting at its opening quote.
    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek(), None | Some(b'"' | b'\\' | 0..=0x1f)) {
                self.at += 1;
            }
            // Stops only on ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.error("unexpected end of text in a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.peek();
                    self.at += 1;
                    let decoded = match escape {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.at -= 1;
                            return Err(self.error("unknown escape in a string"));
                        }
                    };
                    out.push(decoded);
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes()[self.at..].starts_with(b"\\u") {
                    return Err(self.error("lone surrogate in a \\u escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone surrogate in a \\u escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone surrogate in a \\u escape")),
            other => other,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[n >> 4]));
                out.push(char::from(HEX[n & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

fn write_value(value: &Value, out: &mut String, indent: Option<usize>) {
    let inner = indent.map(|level| level + 1);
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => out.push_str(n.as_str()),
        Value::String(text) => write_string(text, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write_value(item, out, inner);
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write_string(key, out);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(item, out, inner);
            }
            newline(out, indent);
            out.push('}');
        }
    }
}
