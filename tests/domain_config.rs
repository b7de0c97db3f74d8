//! The host page's attributes are untrusted: only valid values reach the widget.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::config::{
    Accent, BookingUrl, ConfigWarning, Mode, StartAt, Stored, WidgetConfig,
};
use proptest::prelude::*;

fn config_from(pairs: &[(&str, &str)]) -> (WidgetConfig, Vec<ConfigWarning>) {
    WidgetConfig::from_attributes(|name| {
        pairs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    })
}

#[test]
fn no_attributes_gives_the_defaults_without_warnings() {
    let (config, warnings) = config_from(&[]);
    assert_eq!(config, WidgetConfig::default());
    assert!(warnings.is_empty());
    assert_eq!(config.start, StartAt::Welcome);
}

#[test]
fn https_and_http_booking_links_are_kept() {
    for link in [
        "https://clinic.example/book",
        "http://clinic.example",
        "HTTPS://Clinic.example/a?b=c#d",
    ] {
        let url = BookingUrl::parse(link).expect(link);
        assert_eq!(url.as_str(), link);
    }
}

#[test]
fn booking_link_surrounding_whitespace_is_trimmed() {
    let url = BookingUrl::parse("  https://clinic.example/book \n").expect("valid");
    assert_eq!(url.as_str(), "https://clinic.example/book");
}

#[test]
fn dangerous_or_relative_booking_links_are_ignored_with_a_warning() {
    for link in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/book",
        "//evil.example/book",
        "ftp://clinic.example",
        "https://",
        "https:///path",
        "https://clinic.example/<img src=x onerror=alert(1)>",
        "https://clinic.example/a b",
        "mailto:desk@clinic.example",
    ] {
        let (config, warnings) = config_from(&[("booking-url", link)]);
        assert_eq!(config.booking_url, None, "{link} must be refused");
        assert!(
            matches!(warnings.as_slice(), [ConfigWarning::BookingUrlRejected(_)]),
            "{link} must warn, got {warnings:?}"
        );
    }
}

#[test]
fn empty_booking_link_is_simply_absent() {
    let (config, warnings) = config_from(&[("booking-url", "   ")]);
    assert_eq!(config.booking_url, None);
    assert!(warnings.is_empty());
}

#[test]
fn clinic_name_whitespace_is_collapsed_and_long_names_are_cut() {
    let (config, _) = config_from(&[("clinic-name", "  Harbour \n Street   Physio ")]);
    assert_eq!(config.clinic_name.as_deref(), Some("Harbour Street Physio"));

    let long = "x".repeat(500);
    let (config, warnings) = config_from(&[("clinic-name", &long)]);
    assert_eq!(config.clinic_name.map(|n| n.chars().count()), Some(80));
    assert_eq!(warnings, vec![ConfigWarning::ClinicNameTooLong]);
}

#[test]
fn start_attribute_picks_the_first_screen_and_unknown_values_warn() {
    assert_eq!(
        config_from(&[("start", "questionnaire")]).0.start,
        StartAt::Questionnaire
    );
    assert_eq!(
        config_from(&[("start", "welcome")]).0.start,
        StartAt::Welcome
    );
    let (config, warnings) = config_from(&[("start", "results")]);
    assert_eq!(config.start, StartAt::Welcome);
    assert_eq!(
        warnings,
        vec![ConfigWarning::UnknownStart("results".into())]
    );
}

#[test]
fn warnings_tell_the_host_developer_what_was_wrong() {
    let text = ConfigWarning::BookingUrlRejected("javascript:x".into()).to_string();
    assert!(text.starts_with("knot-coach:"));
    assert!(text.contains("https://"));
}

proptest! {
    #[test]
    fn any_accepted_booking_link_is_absolute_http_without_markup(raw in ".{0,80}") {
        if let Ok(url) = BookingUrl::parse(&raw) {
            let lower = url.as_str().to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
            prop_assert!(!url.as_str().contains(['<', '>', '"', ' ']));
        }
    }
}

#[test]
fn storage_key_namespaces_what_the_widget_stores() {
    let (config, warnings) = config_from(&[("storage-key", "clinic-a")]);
    assert!(warnings.is_empty());
    assert_eq!(
        config.storage_key(Stored::Journey),
        "knot-coach:clinic-a:journey"
    );
    assert_eq!(
        WidgetConfig::default().storage_key(Stored::Journey),
        "knot-coach:default:journey"
    );
}

#[test]
fn storage_keys_are_fixed_whatever_the_language() {
    // Saved progress outlives builds and language switches: its key is not a word of the
    // interface (a French reader once got a key of their own, "progrès").
    let config = WidgetConfig::default();
    assert_eq!(
        config.storage_key(Stored::Progress),
        "knot-coach:default:progress"
    );
    assert_eq!(
        config.storage_key(Stored::Journey),
        "knot-coach:default:journey"
    );
}

#[test]
fn storage_key_with_odd_characters_falls_back_to_the_default_with_a_warning() {
    for bad in ["a:b", "../x", "<script>", &"k".repeat(41)] {
        let (config, warnings) = config_from(&[("storage-key", bad)]);
        assert_eq!(config.storage_namespace, "default", "{bad}");
        assert!(matches!(
            warnings.as_slice(),
            [ConfigWarning::StorageKeyRejected(_)]
        ));
    }
}

#[test]
fn readable_accent_colours_are_accepted_and_normalised() {
    assert_eq!(Accent::parse("#0B6E69").unwrap().as_hex(), "#0b6e69");
    assert_eq!(Accent::parse(" #036 ").unwrap().as_hex(), "#003366");
    assert_eq!(
        Accent::parse("rgb(128, 0, 64)").unwrap().as_hex(),
        "#800040"
    );
    assert_eq!(Accent::parse("rgb(20 40 90)").unwrap().as_hex(), "#14285a");
    let (config, warnings) = config_from(&[("accent", "#5a2d82")]);
    assert!(warnings.is_empty());
    assert_eq!(
        config.accent.map(|a| a.as_hex().to_owned()),
        Some("#5a2d82".into())
    );
}

#[test]
fn accents_that_are_not_plain_colours_are_ignored_with_a_warning() {
    for bad in [
        "red; background: url(javascript:alert(1))",
        "expression(alert(1))",
        "#12",
        "#gggggg",
        "rgb(300, 0, 0)",
        "var(--x)",
        "url(x)",
        "</style><script>",
    ] {
        let (config, warnings) = config_from(&[("accent", bad)]);
        assert_eq!(config.accent, None, "{bad}");
        assert!(
            matches!(warnings.as_slice(), [ConfigWarning::AccentRejected(_)]),
            "{bad}: {warnings:?}"
        );
    }
}

#[test]
fn accents_too_light_to_read_on_white_are_ignored_with_a_warning() {
    for light in ["#ffff00", "#fff", "rgb(200, 200, 200)", "#7fb3ae"] {
        let (config, warnings) = config_from(&[("accent", light)]);
        assert_eq!(config.accent, None, "{light}");
        assert!(
            matches!(warnings.as_slice(), [ConfigWarning::AccentTooLight(_)]),
            "{light}"
        );
    }
}

#[test]
fn mode_clinician_opens_the_prescription_form_and_anything_else_is_the_reader() {
    assert_eq!(config_from(&[]).0.mode, Mode::Reader);
    assert_eq!(
        config_from(&[("mode", "clinician")]).0.mode,
        Mode::Clinician
    );
    assert_eq!(config_from(&[("mode", " reader ")]).0.mode, Mode::Reader);
    let (config, warnings) = config_from(&[("mode", "admin")]);
    assert_eq!(config.mode, Mode::Reader);
    assert_eq!(warnings, [ConfigWarning::UnknownMode("admin".into())]);
    assert!(warnings[0].to_string().contains("mode=\"admin\""));
}

#[test]
fn the_accepted_prescription_has_its_own_key_apart_from_progress() {
    let config = WidgetConfig::default();
    assert_eq!(
        config.storage_key(Stored::Prescription),
        "knot-coach:default:prescription"
    );
    assert_ne!(
        config.storage_key(Stored::Prescription),
        config.storage_key(Stored::Progress)
    );
}
