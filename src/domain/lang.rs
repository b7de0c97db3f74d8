//! Which language the reader gets: the `lang` attribute, else the host page's language,
//! else the browser's, else English. Pure: the shell hands the tags in.

use std::fmt;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the fallback).
    #[default]
    En,
    /// Canadian French.
    Fr,
}

impl Lang {
    /// Every language, in the order the language switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language of a BCP 47 tag such as `fr`, `fr-CA`, `FR-fr` or `en-GB`, by its
    /// primary subtag; `None` for a language the widget does not speak (or an empty tag).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("fr") {
            Some(Lang::Fr)
        } else {
            None
        }
    }

    /// The tag for the widget's root `lang` attribute and for speech: `en` or `fr-CA`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr-CA",
        }
    }

    /// The language's name in itself, for the language switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The reader's language: the element's own `lang` (already checked by the config), else
/// the host page's `<html lang>`, else the first of the browser's languages the widget
/// speaks, else English.
pub fn choose(
    attribute: Option<Lang>,
    host_page: Option<&str>,
    browser: impl IntoIterator<Item = impl AsRef<str>>,
) -> Lang {
    attribute
        .or_else(|| host_page.and_then(Lang::parse))
        .or_else(|| {
            browser
                .into_iter()
                .find_map(|tag| Lang::parse(tag.as_ref()))
        })
        .unwrap_or_default()
}
