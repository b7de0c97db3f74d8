//! The source key: every id the widget cites is explained, once, in id order.
#![cfg(not(target_arch = "wasm32"))]

use knot_coach::domain::catalog::catalog;
use knot_coach::domain::progression::Rule;
use knot_coach::domain::sources::{source, SOURCES};
use knot_coach::domain::triage::{Caution, RedFlag};

#[test]
fn every_source_id_the_widget_cites_is_explained() {
    let mut cited: Vec<&str> = Vec::new();
    for entry in catalog() {
        cited.extend(entry.sources);
        cited.extend(entry.dose_sources);
        for caution in entry.cautions {
            cited.extend(caution.sources);
        }
    }
    for flag in RedFlag::all() {
        cited.extend(flag.sources());
    }
    for caution in Caution::ALL {
        cited.extend(caution.sources());
    }
    for rule in Rule::ALL {
        cited.extend(rule.sources());
    }
    for id in cited {
        assert!(source(id).is_some(), "source {id} has no explanation");
    }
}

#[test]
fn the_key_lists_each_source_once_in_id_order() {
    let ids: Vec<&str> = SOURCES.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        ["S0", "S1", "S2", "S3", "R1", "R2", "R3", "R4", "R5", "R6"]
    );
    for lang in knot_coach::text::Lang::ALL {
        assert!(SOURCES
            .iter()
            .all(|s| !knot_coach::text::source_about(lang, s.id).is_empty()));
    }
    assert_eq!(source("S9"), None);
}
