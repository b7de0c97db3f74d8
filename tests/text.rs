//! The text layer: language tags, the one formatter each for numbers, durations and
//! plurals, that every language has every string, and that no reader-facing English is
//! left outside the English table.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::path::Path;

use knot_coach::domain::catalog::ExerciseId;
use knot_coach::domain::lang::{choose, Lang};
use knot_coach::text::fr_table::{self, TableError};
use knot_coach::text::{self, ui};

// ---- choosing the language ----

#[test]
fn tags_are_read_by_their_primary_subtag() {
    for tag in ["fr", "fr-CA", "FR-fr", "fr_CA", " fr "] {
        assert_eq!(Lang::parse(tag), Some(Lang::Fr), "{tag}");
    }
    for tag in ["en", "en-GB", "EN-us"] {
        assert_eq!(Lang::parse(tag), Some(Lang::En), "{tag}");
    }
    for tag in ["", "de", "es-MX", "french", "frc", "-fr"] {
        assert_eq!(Lang::parse(tag), None, "{tag}");
    }
}

#[test]
fn the_root_gets_en_or_fr_ca() {
    assert_eq!(Lang::En.tag(), "en");
    assert_eq!(Lang::Fr.tag(), "fr-CA");
}

#[test]
fn the_attribute_wins_then_the_page_then_the_browser_then_english() {
    assert_eq!(choose(Some(Lang::Fr), Some("en"), ["en"]), Lang::Fr);
    assert_eq!(choose(None, Some("fr-CA"), ["en"]), Lang::Fr);
    assert_eq!(choose(None, Some("de"), ["de-DE", "fr-FR", "en"]), Lang::Fr);
    assert_eq!(choose(None, None, ["es", "en-CA"]), Lang::En);
    assert_eq!(choose(None, None, ["es", "de"]), Lang::En);
}

#[test]
fn an_unknown_lang_attribute_warns_naming_it_and_falls_back() {
    use knot_coach::domain::config::{ConfigWarning, WidgetConfig};
    let (config, warnings) =
        WidgetConfig::from_attributes(|name| (name == "lang").then(|| "klingon".to_owned()));
    assert_eq!(config.lang, None);
    assert_eq!(warnings, [ConfigWarning::UnknownLang("klingon".into())]);
    assert!(warnings[0].to_string().contains("\"klingon\""));
    let (config, warnings) =
        WidgetConfig::from_attributes(|name| (name == "lang").then(|| "fr-CA".to_owned()));
    assert_eq!(config.lang, Some(Lang::Fr));
    assert!(warnings.is_empty());
}

// ---- formatters ----

#[test]
fn durations_and_plurals_follow_each_language() {
    assert_eq!(text::duration_s(Lang::En, 1), "1 second");
    assert_eq!(text::duration_s(Lang::En, 90), "1 minute 30 seconds");
    assert_eq!(text::duration_s(Lang::Fr, 90), "1 minute 30 secondes");
    assert_eq!(text::duration_s(Lang::Fr, 120), "2 minutes");
    // French takes the singular for 0 and 1.
    assert_eq!(
        text::count(Lang::Fr, 0, ("x", "xs"), ("séance", "séances")),
        "0 séance"
    );
    assert_eq!(
        text::count(Lang::En, 0, ("session", "sessions"), ("x", "xs")),
        "0 sessions"
    );
    assert_eq!(text::duration_ms(Lang::En, 29_001), "30 seconds");
}

#[test]
fn numbers_use_a_decimal_comma_and_a_spaced_percent_in_french() {
    assert_eq!(text::tenths(Lang::En, 15), "1.5");
    assert_eq!(text::tenths(Lang::Fr, 15), "1,5");
    assert_eq!(text::percent(Lang::En, 40), "40%");
    assert_eq!(text::percent(Lang::Fr, 40), "40\u{202f}%");
}

#[test]
fn fill_puts_named_values_in_place_and_leaves_unknown_ones_visible() {
    let filled = text::fill("{n} of {total}", &[("n", &2), ("total", &"5")]);
    assert_eq!(filled, "2 of 5");
    assert_eq!(text::fill("{missing}", &[]), "{missing}");
}

// ---- the French table ----

/// The French table translators edit, as the widget fetches it.
const FRENCH: &str = include_str!("../text/knot-coach.fr-CA.json");

/// Installs the French table (once per test binary; later calls find it there).
fn french() {
    text::install_french(FRENCH).unwrap();
}

/// The French table with one change made to its JSON.
fn french_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut table: serde_json::Value = serde_json::from_str(FRENCH).unwrap();
    change(&mut table);
    table.to_string()
}

fn rejection(json: &str) -> TableError {
    fr_table::parse(json).expect_err("the table should be rejected")
}

#[test]
fn the_french_table_passes_its_checks() {
    let table = fr_table::parse(FRENCH).unwrap();
    assert_eq!(table.ui.start_session(), "Commencer la séance");
    assert_eq!(table.exercises.len(), ExerciseId::ALL.len());
    french();
    assert!(text::ready(Lang::Fr));
    assert_eq!(ui(Lang::Fr).start_session(), "Commencer la séance");
    assert_eq!(text::calendar(Lang::Fr).months[0], "janv.");
}

#[test]
fn a_table_missing_a_key_is_rejected_naming_the_key() {
    let json = french_with(|t| {
        t["ui"].as_object_mut().unwrap().remove("start_session");
    });
    let error = rejection(&json);
    assert_eq!(error, TableError::Missing("ui.start_session".into()));
    assert_eq!(
        error.to_string(),
        "the French table has no `ui.start_session`"
    );
    let json = french_with(|t| {
        t["questions"]["knot-location"]["options"]
            .as_object_mut()
            .unwrap()
            .remove("shoulder-blade");
    });
    assert_eq!(
        rejection(&json),
        TableError::Missing("questions.knot-location.options.shoulder-blade".into())
    );
    let json = french_with(|t| {
        t.as_object_mut().unwrap().remove("words");
    });
    assert_eq!(rejection(&json), TableError::Missing("words".into()));
}

#[test]
fn a_table_with_a_key_english_lacks_is_rejected() {
    let json = french_with(|t| t["words"]["bonjour"] = "Bonjour".into());
    let error = rejection(&json);
    assert_eq!(error, TableError::Unknown("words.bonjour".into()));
    assert!(error.to_string().contains("which English does not have"));
}

#[test]
fn a_table_of_the_wrong_shape_is_rejected_not_panicking() {
    type Change = fn(&mut serde_json::Value);
    let cases: [(Change, &str); 6] = [
        (|t| t["ui"]["back"] = 3.into(), "ui.back"),
        (
            |t| t["words"]["rest"] = serde_json::json!(["Repos"]),
            "words.rest",
        ),
        (
            |t| {
                t["exercises"]["chest-stretch"]["steps"]
                    .as_array_mut()
                    .unwrap()
                    .pop();
            },
            "exercises.chest-stretch.steps",
        ),
        (
            |t| {
                t["red_flags"].as_array_mut().unwrap().pop();
            },
            "red_flags",
        ),
        (
            |t| t["calendar"]["weekdays"] = serde_json::json!(["lun."]),
            "calendar.weekdays",
        ),
        (
            |t| *t = serde_json::json!(["not", "an", "object"]),
            "the file",
        ),
    ];
    for (change, at) in cases {
        match rejection(&french_with(change)) {
            TableError::WrongShape { at: found, .. } => assert_eq!(found, at),
            other => panic!("{at}: {other:?}"),
        }
    }
    assert!(rejection(&french_with(|t| t["ui"]["back"] = 3.into()))
        .to_string()
        .contains("`ui.back` should be a string"));
}

#[test]
fn a_template_with_an_unknown_or_missing_placeholder_is_rejected() {
    let json = french_with(|t| t["words"]["rest"] = "Repos de {durée}.".into());
    let error = rejection(&json);
    assert_eq!(
        error,
        TableError::Placeholders {
            at: "words.rest".into(),
            found: vec!["durée".into()],
            expected: vec!["duration".into()],
        }
    );
    assert_eq!(
        error.to_string(),
        "in the French table, `words.rest` has the placeholders {durée} where English has {duration}"
    );
    // A figure dropped from a template is caught too, and an interface string checks
    // against its English.
    let json = french_with(|t| t["ui"]["fmt_question_of"] = "Question {n}".into());
    assert!(matches!(
        rejection(&json),
        TableError::Placeholders { at, .. } if at == "ui.fmt_question_of"
    ));
    let json = french_with(|t| t["ui"]["back"] = "Retour {0}".into());
    assert!(matches!(rejection(&json), TableError::Placeholders { .. }));
}

#[test]
fn text_that_is_not_json_is_rejected() {
    for broken in [
        "",
        "{",
        "<!doctype html><title>404</title>",
        &FRENCH[..FRENCH.len() / 2],
    ] {
        let error = rejection(broken);
        assert!(matches!(error, TableError::NotJson(_)), "{error:?}");
        assert!(error
            .to_string()
            .starts_with("the French table is not valid JSON"));
    }
}

// ---- parity ----

/// Strings that may read the same in both languages: names, codes and words French
/// shares with English.
const SAME_IN_BOTH: &[&str] = &[
    "Pause",
    "Date",
    "Question {n} sur {total}",
    "Sources",
    "Dose",
    "Session",
    "Total",
    "Note",
    "Minutes",
    "Points",
    "Signes",
    "Mon",
    "Question",
];

fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

#[test]
fn every_interface_string_is_there_in_both_languages_with_the_same_placeholders() {
    french();
    let en = ui(Lang::En).fields();
    let fr = ui(Lang::Fr).fields();
    assert_eq!(en.len(), fr.len());
    let mut same = Vec::new();
    for ((name, en), (fr_name, fr)) in en.iter().zip(&fr) {
        assert_eq!(name, fr_name);
        assert!(!en.trim().is_empty(), "{name} is empty in English");
        assert!(!fr.trim().is_empty(), "{name} is empty in French");
        assert_eq!(
            placeholders(en),
            placeholders(fr),
            "{name}: placeholders differ"
        );
        if en == fr && !SAME_IN_BOTH.contains(en) {
            same.push(*name);
        }
    }
    // A few words are the same in French ("Pause", "Date"); anything else is untranslated.
    assert!(same.len() <= 12, "untranslated: {same:?}");
}

#[test]
fn french_keeps_every_figure_of_the_catalog() {
    french();
    let digits = |s: &str| -> Vec<char> {
        let mut digits: Vec<char> = s.chars().filter(char::is_ascii_digit).collect();
        digits.sort_unstable();
        digits
    };
    for id in ExerciseId::ALL {
        let (en, fr) = (
            text::exercise_text(Lang::En, id),
            text::exercise_text(Lang::Fr, id),
        );
        assert_eq!(
            digits(en.dose_note),
            digits(fr.dose_note),
            "{id:?} dose note"
        );
        assert_ne!(en.why, fr.why, "{id:?} why is not translated");
        assert_eq!(en.steps.len(), fr.steps.len(), "{id:?} steps");
        assert_eq!(en.cues.len(), fr.cues.len(), "{id:?} cues");
        assert_eq!(en.mistakes.len(), fr.mistakes.len(), "{id:?} mistakes");
    }
}

#[test]
fn emergency_guidance_names_911_in_both_languages() {
    french();
    for lang in Lang::ALL {
        let ui = ui(lang);
        let emergency = ui
            .fields()
            .into_iter()
            .filter(|(name, _)| name.starts_with("call_your_local_emergency"))
            .map(|(_, text)| text)
            .collect::<String>();
        assert!(emergency.contains("911"), "{lang}: {emergency}");
    }
}

// ---- no stray English ----

/// Reader-facing English that may stay outside `src/text/en.rs`, each with why.
const ALLOWED: &[(&str, &str)] = &[
    // Console messages for the host page's developer, not for the reader.
    ("src/domain/draft.rs", "saved answers could not be read"),
    (
        "src/domain/draft.rs",
        "saved answers come from a newer version",
    ),
    ("src/domain/draft.rs", "journey is missing"),
    // The store's own diagnostics (console and tests); the reader sees text::session_problem.
    ("src/domain/store.rs", ""),
    // Serde's messages for malformed stored data (never shown to the reader).
    ("src/domain/dose.rs", "missing field"),
    (
        "src/domain/history.rs",
        "pain rating {value} is not between 0 and 10",
    ),
    ("src/domain/answers.rs", "an answer with a kind and a value"),
    ("src/domain/questionnaire.rs", "missing field `question`"),
    // A link's rel attribute.
    ("src/ui/components/booking_link.rs", "noopener noreferrer"),
    // A build error for the developer who enables both parts' features.
    ("src/embed.rs", "build one part at a time"),
];

/// The reader-facing English literals in `source`: literals of two or more words, html
/// text nodes of one capitalised word, and accessible-name attributes. Comments,
/// attributes, assertions, console messages, CSS classes, MIME types and file names are
/// left out.
fn stray_english(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    // Open parentheses of an assertion still running over the following lines.
    let mut in_assertion = 0_i32;
    for line in source.lines() {
        let trimmed = line.trim_start();
        let opens = line.matches('(').count() as i32 - line.matches(')').count() as i32;
        if in_assertion > 0 {
            in_assertion += opens;
            continue;
        }
        if trimmed.starts_with("//") || trimmed.starts_with("#[") {
            continue;
        }
        if ["assert", "expect(", "panic!(", "unreachable!("]
            .iter()
            .any(|word| line.contains(word))
        {
            in_assertion = opens.max(0);
            continue;
        }
        let mut rest = line;
        // Raw strings hold markup: what counts is the text between its tags.
        while let Some(open) = rest.find("r#\"") {
            let after = &rest[open + 3..];
            let Some(close) = after.find("\"#") else {
                break;
            };
            let text: String = after[..close]
                .split('<')
                .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
                .collect::<Vec<_>>()
                .join(" ");
            if looks_like_english(text.trim(), "") {
                found.push(text.trim().to_owned());
            }
            rest = &after[close + 2..];
        }
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = closing_quote(after) else {
                break;
            };
            let literal = &after[..close];
            let before = rest[..open].trim_end();
            if looks_like_english(literal, before) {
                found.push(literal.to_owned());
            }
            rest = &after[close + 1..];
        }
    }
    found
}

fn closing_quote(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (at, ch) in text.char_indices() {
        match ch {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(at),
            _ => escaped = false,
        }
    }
    None
}

fn looks_like_english(literal: &str, before: &str) -> bool {
    if literal.starts_with("knot-coach:") || literal.starts_with("knot-coach-") {
        return false;
    }
    let without_placeholders: String = literal
        .split('{')
        .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = without_placeholders
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| w.len() >= 2)
        .collect();
    let css_like = literal
        .split_whitespace()
        .all(|w| w.starts_with("kc-") || w.contains('/') || w.contains('.') || w.contains('='));
    if css_like || before.ends_with("class=") || before.ends_with("type=") {
        return false;
    }
    let named_attribute = ["aria-label=", "title=", "alt=", "placeholder="]
        .iter()
        .any(|attr| before.ends_with(attr));
    let text_node = before.ends_with('{')
        && literal
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && words.len() == 1;
    let sentence = words.len() >= 2 && without_placeholders.contains(' ');
    (named_attribute && !words.is_empty()) || text_node || sentence
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_scanner_finds_english_in_a_sample() {
    let sample = r##"
        html! { <p>{ "Start session" }</p> }
        html! { <button>{ "Skip" }</button> }
        <svg aria-label="Chart of pain" class="kc-chart kc-wide">
        let note = "Your browser cannot vibrate.";
        // "A comment is fine"
        console::warn("knot-coach: a console message is fine");
        assert!(x, "an assertion is fine");
        <a rel="kc-link" href={url}>
        constant_markup(r#"<h4 class="kc-title">Common mistakes</h4>"#)
        constant_markup(r#"<span class="kc-tick" aria-hidden="true">✓</span>"#)
        format!("{weekday} {date}: {said}")
    "##;
    assert_eq!(
        stray_english(sample),
        [
            "Start session",
            "Skip",
            "Chart of pain",
            "Your browser cannot vibrate.",
            "Common mistakes"
        ]
    );
}

#[test]
fn no_reader_facing_english_is_left_outside_the_english_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/ui"), &mut files);
    files.push(root.join("src/embed.rs"));
    files.push(root.join("src/embed/door.rs"));
    let mut stray = Vec::new();
    for path in files {
        let relative = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let source = std::fs::read_to_string(&path).unwrap();
        for literal in stray_english(&source) {
            let allowed = ALLOWED
                .iter()
                .any(|(file, start)| *file == relative && literal.starts_with(start));
            if !allowed {
                stray.push(format!("{relative}: {literal:?}"));
            }
        }
    }
    assert!(
        stray.is_empty(),
        "English outside src/text/en.rs:\n{}",
        stray.join("\n")
    );
}
