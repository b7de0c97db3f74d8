//! The hand-written JSON codec, checked against serde_json as the reference: the same
//! texts accepted, the same values read, the same text written.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::collections::SortedMap;
use knot_coach::domain::json::{self, FromJson, Map, ToJson, Value, MAX_DEPTH};
use proptest::prelude::*;

/// Any JSON value serde_json can hold, floats included.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::String),
        "[\\x00-\\x1f\"\\\\/\u{7f}\u{2028}\u{1F600}]{0,6}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map("\\PC{0,6}", inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn compact_text_is_byte_for_byte_what_serde_json_writes(value in any_json()) {
        let text = serde_json::to_string(&value).unwrap();
        let ours = json::parse(&text).unwrap();
        prop_assert_eq!(ours.to_text(), text);
    }

    #[test]
    fn pretty_text_is_byte_for_byte_what_serde_json_writes(value in any_json()) {
        let text = serde_json::to_string_pretty(&value).unwrap();
        let ours = json::parse(&text).unwrap();
        prop_assert_eq!(ours.to_pretty_text(), text);
    }

    #[test]
    fn strings_read_the_same_as_serde_json_reads_them(text in "\\PC{0,24}") {
        let quoted = serde_json::to_string(&text).unwrap();
        prop_assert_eq!(json::parse(&quoted).unwrap(), Value::String(text));
    }

    #[test]
    fn the_same_texts_are_accepted_and_refused(text in "[\\[\\]{}\",:0-9a-fnrtu\\\\ .eE+\\-é😀]{0,16}") {
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        // serde_json refuses numbers beyond f64; RFC 8259 leaves that limit to each
        // reader, and this one keeps the literal.
        let out_of_float_range = matches!(&theirs, Err(e) if e.to_string().contains("out of range"));
        if !out_of_float_range {
            prop_assert_eq!(json::parse(&text).is_ok(), theirs.is_ok(), "{}", text);
        }
    }

    #[test]
    fn nothing_panics_on_arbitrary_text(text in "\\PC{0,64}") {
        let _ = json::parse(&text);
    }
}

#[test]
fn numbers_keep_their_literal_so_unknown_fields_round_trip_exactly() {
    for literal in [
        "0",
        "-0",
        "12",
        "-1.50",
        "1e400",
        "6.02E+23",
        "18446744073709551616",
    ] {
        let value = json::parse(literal).unwrap();
        assert_eq!(value.to_text(), literal);
    }
    assert_eq!(json::parse("42").unwrap().as_u64(), Some(42));
    assert_eq!(json::parse("-42").unwrap().as_i64(), Some(-42));
    assert_eq!(json::parse("-42").unwrap().as_u64(), None);
    assert_eq!(
        json::parse("4.0").unwrap().as_u64(),
        None,
        "not written as whole"
    );
    assert_eq!(json::parse("18446744073709551616").unwrap().as_u64(), None);
}

#[test]
fn an_object_with_its_keys_in_reverse_order_parses_in_one_sort() {
    // Key by key into the sorted map this would be quadratic: minutes, not milliseconds.
    let keys = 200_000;
    let text = format!(
        "{{{}}}",
        (0..keys)
            .rev()
            .map(|i| format!("\"k{i:06}\":{i}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let Value::Object(map) = json::parse(&text).unwrap() else {
        panic!("an object")
    };
    assert_eq!(map.len(), keys);
    assert_eq!(map.keys().next().map(String::as_str), Some("k000000"));
    assert_eq!(map.get("k199999").and_then(Value::as_u64), Some(199_999));
}

#[test]
fn a_repeated_key_keeps_the_last_value_as_serde_json_does() {
    let value = json::parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
    assert_eq!(value.to_text(), r#"{"a":3,"b":2}"#);
}

#[test]
fn nesting_is_limited_without_overflowing_the_stack() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(json::parse(&deep(MAX_DEPTH)).is_ok());
    assert!(json::parse(&deep(MAX_DEPTH + 1)).is_err());
    let err = json::parse(&"[".repeat(1_000_000)).unwrap_err();
    assert_eq!(err.problem, "nested too deeply");
}

#[test]
fn errors_say_what_and_where() {
    let err = json::parse("{\n  \"a\": tru\n}").unwrap_err();
    assert_eq!(err.to_string(), "expected a value at line 2 column 8");
    let err = json::parse("[1, 2").unwrap_err();
    assert_eq!(err.to_string(), "expected `,` or `]` at line 1 column 6");
    assert_eq!(
        json::parse("").unwrap_err().problem,
        "unexpected end of text"
    );
    assert_eq!(
        json::parse(r#""\ud83d""#).unwrap_err().problem,
        "lone surrogate in a \\u escape"
    );
    assert_eq!(
        json::parse("\"a\u{1}\"").unwrap_err().problem,
        "control character in a string"
    );
    assert_eq!(
        json::parse("{} {}").unwrap_err().problem,
        "unexpected text after the end"
    );
    assert_eq!(
        json::parse("\"é").unwrap_err().to_string(),
        "unexpected end of text in a string at line 1 column 3"
    );
}

#[test]
fn escapes_decode_to_the_characters_they_name() {
    let value = json::parse(r#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).unwrap();
    assert_eq!(value, Value::String("\"\\/\u{8}\u{c}\n\r\té😀".into()));
}

#[test]
fn objects_write_their_keys_in_order_whatever_order_they_were_set_in() {
    let mut map = Map::new();
    map.set("b", 1_u32);
    map.set("a", "x");
    map.set("c", Map::new());
    assert_eq!(
        Value::Object(map.clone()).to_text(),
        r#"{"a":"x","b":1,"c":{}}"#
    );
    assert_eq!(map.remove("b"), Some(Value::from(1_u32)));
    assert!(!map.contains_key("b"));
    assert_eq!(map.len(), 2);
}

#[test]
fn typed_fields_explain_what_is_missing_or_wrong() {
    let object = json::parse(r#"{"n": 300, "s": 1, "list": [1, "x"]}"#).unwrap();
    let Value::Object(fields) = object else {
        panic!("an object")
    };
    assert_eq!(
        fields.field::<u8>("n").unwrap_err(),
        "n: expected a whole number from 0 to 255"
    );
    assert_eq!(fields.field::<u16>("n").unwrap(), 300);
    assert_eq!(
        fields.field::<String>("s").unwrap_err(),
        "s: expected a string, found a number"
    );
    assert_eq!(fields.field::<u8>("gone").unwrap_err(), "gone is missing");
    assert_eq!(fields.field::<Option<u8>>("gone").unwrap(), None);
    assert!(!fields.field_or_default::<bool>("gone").unwrap());
    assert_eq!(
        fields.field::<Vec<u8>>("list").unwrap_err(),
        "list: item 2: expected a whole number from 0 to 255"
    );
}

#[test]
fn typed_values_round_trip() {
    let mut map = SortedMap::new();
    map.insert("k".to_string(), vec![Some(3_u64), None]);
    let back = SortedMap::<String, Vec<Option<u64>>>::from_json(&map.to_json()).unwrap();
    assert_eq!(back, map);
    assert_eq!(i64::from_json(&(-5_i64).to_json()).unwrap(), -5);
}
