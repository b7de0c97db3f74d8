//! The JSON that stored and exported documents are read and written with (serde_json with
//! `arbitrary_precision`, keys in order): what it accepts and refuses, and the text it writes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::path::Path;

use knot_coach::domain::{draft, store};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// Any JSON value, floats included.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        "[\\x00-\\x1f\"\\\\/\u{7f}\u{2028}\u{1F600}]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{0,6}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn compact_text_reads_back_and_is_written_again_byte_for_byte(value in any_json()) {
        let text = value.to_string();
        let back: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back.to_string(), text);
    }

    #[test]
    fn pretty_text_reads_back_and_is_written_again_byte_for_byte(value in any_json()) {
        let text = format!("{value:#}");
        let back: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(format!("{back:#}"), text);
    }

    #[test]
    fn nothing_panics_on_arbitrary_text(text in "\\PC{0,64}") {
        let _ = serde_json::from_str::<Value>(&text);
        let _ = store::decode(&text);
        let _ = draft::decode(&text);
    }

    #[test]
    fn nothing_panics_on_text_made_of_json_punctuation(text in "[\\[\\]{}\",:0-9a-fnrtu\\\\ .eE+\\-é😀]{0,16}") {
        let _ = store::decode(&text);
        let _ = store::decode_read_only(&text);
        let _ = draft::decode(&text);
    }
}

#[test]
fn numbers_keep_their_digits_so_unknown_fields_round_trip_exactly() {
    for literal in ["0", "-0", "12", "-1.50", "1e-5", "18446744073709551616"] {
        let value: Value = serde_json::from_str(literal).unwrap();
        assert_eq!(value.to_string(), literal);
    }
    // The one spelling serde_json changes: an exponent is written as `e` with its sign.
    for (literal, written) in [("1e400", "1e+400"), ("6.02E+23", "6.02e+23")] {
        let value: Value = serde_json::from_str(literal).unwrap();
        assert_eq!(value.to_string(), written);
        let again: Value = serde_json::from_str(written).unwrap();
        assert_eq!(again.to_string(), written);
    }
    let number = |text: &str| serde_json::from_str::<Value>(text).unwrap();
    assert_eq!(number("42").as_u64(), Some(42));
    assert_eq!(number("-42").as_i64(), Some(-42));
    assert_eq!(number("-42").as_u64(), None);
    assert_eq!(number("4.0").as_u64(), None, "not written as whole");
    assert_eq!(number("18446744073709551616").as_u64(), None);
}

#[test]
fn an_object_with_its_keys_in_reverse_order_is_read_quickly_and_written_in_order() {
    let keys = 200_000;
    let text = format!(
        "{{{}}}",
        (0..keys)
            .rev()
            .map(|i| format!("\"k{i:06}\":{i}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let Value::Object(map) = serde_json::from_str(&text).unwrap() else {
        panic!("an object")
    };
    assert_eq!(map.len(), keys);
    assert_eq!(map.keys().next().map(String::as_str), Some("k000000"));
    assert_eq!(map.get("k199999").and_then(Value::as_u64), Some(199_999));
}

#[test]
fn a_repeated_key_keeps_the_last_value() {
    let value: Value = serde_json::from_str(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
    assert_eq!(value.to_string(), r#"{"a":3,"b":2}"#);
}

#[test]
fn nesting_is_limited_without_overflowing_the_stack() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(serde_json::from_str::<Value>(&deep(100)).is_ok());
    let err = serde_json::from_str::<Value>(&"[".repeat(1_000_000)).unwrap_err();
    assert!(err.to_string().contains("recursion limit"), "{err}");
    assert!(matches!(
        store::decode(&format!("{{\"x\":{}}}", deep(1_000_000))),
        Err(store::DecodeError::NotJson(_))
    ));
}

#[test]
fn errors_say_where() {
    let err = serde_json::from_str::<Value>("{\n  \"a\": x\n}").unwrap_err();
    assert_eq!(err.to_string(), "expected value at line 2 column 8");
    for text in [r#""\ud83d""#, "\"a\u{1}\"", "{} {}", "\"é", "[1, 2", ""] {
        assert!(serde_json::from_str::<Value>(text).is_err(), "{text:?}");
    }
}

#[test]
fn escapes_decode_to_the_characters_they_name() {
    let value: Value = serde_json::from_str(r#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).unwrap();
    assert_eq!(value, Value::String("\"\\/\u{8}\u{c}\n\r\té😀".into()));
    assert_eq!(
        json!("\u{1}\u{8}\u{c}\n\r\t\"\\/\u{7f}").to_string(),
        r#""\u0001\b\f\n\r\t\"\\/\u{7f}""#.replace("\\u{7f}", "\u{7f}")
    );
}

#[test]
fn objects_write_their_keys_in_order_whatever_order_they_were_set_in() {
    let mut map = Map::new();
    map.insert("b".into(), json!(1));
    map.insert("a".into(), json!("x"));
    map.insert("c".into(), json!({}));
    assert_eq!(Value::Object(map).to_string(), r#"{"a":"x","b":1,"c":{}}"#);
    assert_eq!(
        format!("{:#}", json!({"b": [], "a": [1, {}]})),
        "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}"
    );
}

/// nst/JSONTestSuite's parsing cases, vendored with their licence under tests/data.
#[test]
fn the_json_test_suite_is_accepted_refused_and_never_panics_as_it_says() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/JSONTestSuite/test_parsing");
    let mut counts = [0_usize; 3];
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let parsed = serde_json::from_slice::<Value>(&bytes);
        // The stored document and the draft arrive as text: run their decoders too.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = store::decode(text);
            let _ = store::decode_read_only(text);
            let _ = draft::decode(text);
        }
        match &name[..2] {
            "y_" => {
                counts[0] += 1;
                if parsed.is_err() {
                    wrong.push(format!("{name} refused"));
                }
            }
            "n_" => {
                counts[1] += 1;
                if parsed.is_ok() {
                    wrong.push(format!("{name} accepted"));
                }
            }
            _ => counts[2] += 1,
        }
    }
    assert_eq!(counts, [95, 188, 35], "y_, n_ and i_ cases found");
    assert!(wrong.is_empty(), "{wrong:#?}");
}
