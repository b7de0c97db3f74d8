//! The domain's small collections behave like std's: `SortedMap` like `BTreeMap` under any
//! sequence of changes, and `sort_by` like the standard library's stable sort.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::collections::BTreeMap;

use knot_coach::domain::collections::{sort_by, SortedMap};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Change {
    Insert(u8, u16),
    Remove(u8),
    Bump(u8),
    Clear,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        6 => (0..40_u8, any::<u16>()).prop_map(|(k, v)| Change::Insert(k, v)),
        3 => (0..40_u8).prop_map(Change::Remove),
        2 => (0..40_u8).prop_map(Change::Bump),
        1 => Just(Change::Clear),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn a_sorted_map_matches_a_btree_map_after_any_changes(changes in proptest::collection::vec(change(), 0..80)) {
        let mut ours = SortedMap::new();
        let mut theirs = BTreeMap::new();
        for change in changes {
            match change {
                Change::Insert(k, v) => prop_assert_eq!(ours.insert(k, v), theirs.insert(k, v)),
                Change::Remove(k) => prop_assert_eq!(ours.remove(&k), theirs.remove(&k)),
                Change::Bump(k) => {
                    let count = ours.get_or_insert_with(k, || 0);
                    *count = count.wrapping_add(1);
                    let count = theirs.entry(k).or_insert(0);
                    *count = count.wrapping_add(1);
                }
                Change::Clear => {
                    ours.clear();
                    theirs.clear();
                }
            }
            prop_assert_eq!(ours.len(), theirs.len());
        }
        let ours_pairs: Vec<_> = ours.iter().map(|(k, v)| (*k, *v)).collect();
        let theirs_pairs: Vec<_> = theirs.iter().map(|(k, v)| (*k, *v)).collect();
        prop_assert_eq!(ours_pairs, theirs_pairs);
        for k in 0..40 {
            prop_assert_eq!(ours.get(&k), theirs.get(&k));
            prop_assert_eq!(ours.contains_key(&k), theirs.contains_key(&k));
        }
    }

    #[test]
    fn collecting_keeps_the_last_value_for_a_key_like_a_btree_map(pairs in proptest::collection::vec((0..20_u8, any::<u16>()), 0..60)) {
        let ours: SortedMap<u8, u16> = pairs.iter().copied().collect();
        let theirs: BTreeMap<u8, u16> = pairs.iter().copied().collect();
        prop_assert!(ours.iter().map(|(k, v)| (*k, *v)).eq(theirs.into_iter()));
    }

    #[test]
    fn sort_by_is_the_standard_stable_sort(items in proptest::collection::vec((0..8_u8, any::<u32>()), 0..200)) {
        let mut ours = items.clone();
        let mut theirs = items;
        sort_by(&mut ours, |x, y| x.0.cmp(&y.0));
        theirs.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, theirs);
    }
}

#[test]
fn a_long_reversed_list_sorts() {
    // An O(n²) sort would take minutes on this; the merge sort takes milliseconds.
    let mut items: Vec<u64> = (0..200_000).rev().collect();
    sort_by(&mut items, Ord::cmp);
    assert!(items.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn a_string_keyed_map_is_read_with_str_keys() {
    let map: SortedMap<String, u8> = [("b".to_string(), 2), ("a".to_string(), 1)].into();
    assert_eq!(map["a"], 1);
    assert_eq!(map.get("b"), Some(&2));
    assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(map.values().copied().collect::<Vec<_>>(), [1, 2]);
}
