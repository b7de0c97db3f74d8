//! Which part of the widget a reader needs first (issue 17). The widget comes in two parts:
//! the welcome screen, small enough to show its Start button almost as soon as an empty Yew
//! app would, and the rest (questions, routines, timer, progress, clinician form), fetched
//! while the reader reads the welcome screen. A reader who does not open at the welcome
//! screen gets the rest at once.

use super::config::{Mode, StartAt, Stored, WidgetConfig};
use super::lang::Lang;
use super::prescription::prescription_in_fragment;

/// The part of the widget to show first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstPart {
    /// A first visit: the welcome screen, with the rest loading behind it.
    Welcome,
    /// Anything else: the whole widget, as soon as it has loaded.
    Full,
}

/// What the page holds when the widget opens: read by the browser side, decided here.
pub struct Opening<'a> {
    /// The host page's configuration.
    pub config: &'a WidgetConfig,
    /// The reader's language.
    pub lang: Lang,
    /// Whether storage keeps data past this visit (blocked storage has a notice to show).
    pub storage_persistent: bool,
    /// Whether something is saved under this key (the reader has been here before).
    pub stored: &'a dyn Fn(&str) -> bool,
    /// The page address's fragment (it may hold a prescription link).
    pub fragment: &'a str,
}

/// The welcome screen alone, only for a reader who sees nothing else on opening: reader mode
/// starting at the welcome screen, storage that works and holds nothing of this widget's,
/// and no prescription link in the address. In English: the welcome part carries no French
/// (its words and their loader would double the part's size).
pub fn first_part(opening: &Opening) -> FirstPart {
    let config = opening.config;
    let saved = [Stored::Journey, Stored::Progress, Stored::Prescription]
        .into_iter()
        .any(|what| (opening.stored)(&config.storage_key(what)));
    let welcome = opening.lang == Lang::En
        && config.mode == Mode::Reader
        && config.start == StartAt::Welcome
        && opening.storage_persistent
        && !saved
        && prescription_in_fragment(opening.fragment).is_none();
    if welcome {
        FirstPart::Welcome
    } else {
        FirstPart::Full
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(config: &WidgetConfig, persistent: bool, keys: &[&str], fragment: &str) -> FirstPart {
        let stored = |key: &str| keys.contains(&key);
        first_part(&Opening {
            config,
            lang: Lang::En,
            storage_persistent: persistent,
            stored: &stored,
            fragment,
        })
    }

    #[test]
    fn a_first_visit_opens_at_the_welcome_screen_alone() {
        let config = WidgetConfig::default();
        assert_eq!(part(&config, true, &[], ""), FirstPart::Welcome);
        // The host page's own fragment is not a prescription.
        assert_eq!(part(&config, true, &[], "#comments"), FirstPart::Welcome);
        // Another widget's data, under another namespace, is not this one's.
        assert_eq!(
            part(&config, true, &["knot-coach:other:journey"], ""),
            FirstPart::Welcome
        );
    }

    #[test]
    fn a_french_reader_opens_the_whole_widget() {
        let stored = |_: &str| false;
        let opening = Opening {
            config: &WidgetConfig::default(),
            lang: Lang::Fr,
            storage_persistent: true,
            stored: &stored,
            fragment: "",
        };
        assert_eq!(first_part(&opening), FirstPart::Full);
    }

    #[test]
    fn anything_saved_opens_the_whole_widget() {
        let config = WidgetConfig::default();
        for what in ["journey", "progress", "prescription"] {
            let key = format!("knot-coach:default:{what}");
            assert_eq!(part(&config, true, &[&key], ""), FirstPart::Full, "{what}");
        }
    }

    #[test]
    fn a_prescription_link_blocked_storage_clinicians_and_questionnaire_starts_open_the_whole_widget(
    ) {
        let config = WidgetConfig::default();
        assert_eq!(part(&config, true, &[], "#rx=1.abc.def"), FirstPart::Full);
        assert_eq!(part(&config, false, &[], ""), FirstPart::Full);
        let clinician = WidgetConfig {
            mode: Mode::Clinician,
            ..WidgetConfig::default()
        };
        assert_eq!(part(&clinician, true, &[], ""), FirstPart::Full);
        let questionnaire = WidgetConfig {
            start: StartAt::Questionnaire,
            ..WidgetConfig::default()
        };
        assert_eq!(part(&questionnaire, true, &[], ""), FirstPart::Full);
    }
}
