//! The widget's configuration, read from the host page's attributes on `<knot-coach>`.
//! Host input is untrusted: every value is checked here and bad values are dropped with a warning.

/// Attributes the `<knot-coach>` element understands.
pub const OBSERVED_ATTRIBUTES: [&str; 7] = [
    "lang",
    "mode",
    "clinic-name",
    "booking-url",
    "accent",
    "start",
    "storage-key",
];

use super::lang::Lang;

/// Longest `storage-key` namespace accepted.
pub const STORAGE_KEY_MAX_CHARS: usize = 40;

/// Longest clinic name we show; anything longer is cut so a host cannot break the layout.
pub const CLINIC_NAME_MAX_CHARS: usize = 80;

/// Where the widget opens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StartAt {
    /// The welcome screen with the not-a-diagnosis notice (the default).
    #[default]
    Welcome,
    /// Straight into the questionnaire; the notice is shown there too.
    Questionnaire,
}

/// Who the widget is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The reader: questionnaire, routine, sessions and progress (the default).
    #[default]
    Reader,
    /// A clinician writing a prescription link (issue 15): `mode="clinician"`.
    Clinician,
}

/// A booking link that is known to be an absolute http or https URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingUrl(String);

impl BookingUrl {
    /// Accepts only `http://` and `https://` links with a host; everything else
    /// (`javascript:`, `data:`, relative paths, whitespace tricks) is refused.
    pub fn parse(raw: &str) -> Result<Self, ConfigWarning> {
        let trimmed = raw.trim();
        let lower = trimmed.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        let has_host = rest
            .and_then(|r| r.split(['/', '?', '#']).next())
            .is_some_and(|host| !host.is_empty());
        let clean = !trimmed
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '<' || c == '>' || c == '"');
        if has_host && clean {
            Ok(Self(trimmed.to_owned()))
        } else {
            Err(ConfigWarning::BookingUrlRejected(
                raw.chars().take(60).collect(),
            ))
        }
    }

    /// The link, safe to put in an `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The clinic's brand colour, known to be readable: white text on it, and it as text on
/// white, both reach the WCAG AA contrast of 4.5:1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent {
    hex: String,
}

/// The contrast every accent must reach against white (WCAG AA for normal text). The
/// [`ConfigWarning::AccentTooLight`] message spells it out as text.
pub const MIN_ACCENT_CONTRAST: f64 = 4.5;

impl Accent {
    /// Accepts `#rgb`, `#rrggbb` and `rgb(r, g, b)`; refuses anything else, and colours too
    /// light to read on white.
    pub fn parse(raw: &str) -> Result<Self, ConfigWarning> {
        let reject = || ConfigWarning::AccentRejected(raw.chars().take(40).collect());
        let rgb = parse_rgb(raw.trim()).ok_or_else(reject)?;
        if contrast_with_white(rgb) < MIN_ACCENT_CONTRAST {
            return Err(ConfigWarning::AccentTooLight(
                raw.chars().take(40).collect(),
            ));
        }
        Ok(Self {
            hex: format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]),
        })
    }

    /// The colour as `#rrggbb`, safe to hand to CSS.
    pub fn as_hex(&self) -> &str {
        &self.hex
    }
}

fn parse_rgb(text: &str) -> Option<[u8; 3]> {
    let lower = text.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix('#') {
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digits: Vec<u8> = hex
            .chars()
            .filter_map(|c| c.to_digit(16).and_then(|d| u8::try_from(d).ok()))
            .collect();
        return match digits.as_slice() {
            [r, g, b] => Some([r * 17, g * 17, b * 17]),
            [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
            _ => None,
        };
    }
    let inner = lower.strip_prefix("rgb(")?.strip_suffix(')')?;
    let parts: Vec<u8> = inner
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<u8>().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some([*r, *g, *b]),
        _ => None,
    }
}

/// WCAG contrast ratio of a colour against white.
fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    1.05 / (luminance + 0.05)
}

/// Something the host page set that we ignored, with a message for its developer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigWarning {
    /// `booking-url` was not an absolute http(s) link.
    BookingUrlRejected(String),
    /// `start` named a screen we do not know.
    UnknownStart(String),
    /// `mode` named a mode we do not know.
    UnknownMode(String),
    /// `lang` named a language the widget does not speak.
    UnknownLang(String),
    /// `clinic-name` was longer than [`CLINIC_NAME_MAX_CHARS`].
    ClinicNameTooLong,
    /// `accent` was not a colour we accept.
    AccentRejected(String),
    /// `accent` was too light for white text on it, or for it as text on white.
    AccentTooLight(String),
    /// `storage-key` used characters other than letters, digits, `-` and `_`, or was too long.
    StorageKeyRejected(String),
}

impl std::fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BookingUrlRejected(v) => write!(
                f,
                "knot-coach: ignored booking-url \"{v}\": only absolute http:// or https:// links are allowed"
            ),
            Self::UnknownStart(v) => write!(
                f,
                "knot-coach: ignored start=\"{v}\": use \"welcome\" or \"questionnaire\""
            ),
            Self::UnknownMode(v) => write!(
                f,
                "knot-coach: ignored mode=\"{v}\": use \"reader\" or \"clinician\""
            ),
            Self::AccentRejected(v) => write!(
                f,
                "knot-coach: ignored accent \"{v}\": use #rgb, #rrggbb or rgb(r, g, b)"
            ),
            Self::AccentTooLight(v) => write!(
                f,
                "knot-coach: ignored accent \"{v}\": it is too light to read against white (needs contrast 4.5:1)"
            ),
            Self::StorageKeyRejected(v) => write!(
                f,
                "knot-coach: ignored storage-key \"{v}\": use up to {STORAGE_KEY_MAX_CHARS} letters, digits, - or _"
            ),
            Self::UnknownLang(v) => write!(
                f,
                "knot-coach: ignored lang=\"{v}\": use \"en\" or \"fr\" (or a tag such as \"fr-CA\"); falling back to the page's or the browser's language"
            ),
            Self::ClinicNameTooLong => write!(
                f,
                "knot-coach: clinic-name was cut to {CLINIC_NAME_MAX_CHARS} characters"
            ),
        }
    }
}

/// Everything the host page configured, already validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetConfig {
    /// Shown as "Book with {name}" next to the booking link.
    pub clinic_name: Option<String>,
    /// The clinic's booking page, if the host set a valid one.
    pub booking_url: Option<BookingUrl>,
    /// The clinic's brand colour, if the host set a usable one.
    pub accent: Option<Accent>,
    /// Which screen opens first.
    pub start: StartAt,
    /// Namespace for everything this widget stores, so widgets on one origin can keep apart.
    pub storage_namespace: String,
    /// The language the host asked for with `lang`; `None` when unset or not one the widget
    /// speaks (then the page's or the browser's language decides, see [`super::lang::choose`]).
    pub lang: Option<Lang>,
    /// Who the widget is for: the reader, or a clinician writing a prescription link.
    pub mode: Mode,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        Self {
            clinic_name: None,
            booking_url: None,
            accent: None,
            start: StartAt::default(),
            storage_namespace: DEFAULT_STORAGE_NAMESPACE.to_owned(),
            lang: None,
            mode: Mode::Reader,
        }
    }
}

/// The namespace used when the host sets no `storage-key`.
pub const DEFAULT_STORAGE_NAMESPACE: &str = "default";

/// What the widget keeps in localStorage, each under its own key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// The questionnaire's answers and where the reader is (`draft`).
    Journey,
    /// The session log and settings (`store`).
    Progress,
    /// The prescription the reader accepted (`prescribed`).
    Prescription,
}

impl Stored {
    /// The last part of the key. Stored data outlives builds: these never change, and never
    /// depend on the reader's language.
    pub const fn key_suffix(self) -> &'static str {
        match self {
            Stored::Journey => "journey",
            Stored::Progress => "progress",
            Stored::Prescription => "prescription",
        }
    }
}

impl WidgetConfig {
    /// The localStorage key for one kind of stored data.
    pub fn storage_key(&self, what: Stored) -> String {
        format!(
            "knot-coach:{}:{}",
            self.storage_namespace,
            what.key_suffix()
        )
    }
}

impl WidgetConfig {
    /// Builds the configuration from attribute values; `attr(name)` returns the raw value.
    pub fn from_attributes(attr: impl Fn(&str) -> Option<String>) -> (Self, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let clinic_name = attr("clinic-name")
            .map(|raw| raw.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|name| !name.is_empty())
            .map(|name| {
                if name.chars().count() > CLINIC_NAME_MAX_CHARS {
                    warnings.push(ConfigWarning::ClinicNameTooLong);
                    name.chars().take(CLINIC_NAME_MAX_CHARS).collect()
                } else {
                    name
                }
            });
        let booking_url = attr("booking-url")
            .filter(|raw| !raw.trim().is_empty())
            .and_then(|raw| BookingUrl::parse(&raw).map_err(|w| warnings.push(w)).ok());
        let accent = attr("accent")
            .filter(|raw| !raw.trim().is_empty())
            .and_then(|raw| Accent::parse(&raw).map_err(|w| warnings.push(w)).ok());
        let start = match attr("start").as_deref().map(str::trim) {
            None | Some("") | Some("welcome") => StartAt::Welcome,
            Some("questionnaire") => StartAt::Questionnaire,
            Some(other) => {
                warnings.push(ConfigWarning::UnknownStart(
                    other.chars().take(30).collect(),
                ));
                StartAt::Welcome
            }
        };
        let mode = match attr("mode").as_deref().map(str::trim) {
            None | Some("") | Some("reader") => Mode::Reader,
            Some("clinician") => Mode::Clinician,
            Some(other) => {
                warnings.push(ConfigWarning::UnknownMode(other.chars().take(30).collect()));
                Mode::Reader
            }
        };
        let storage_namespace = match attr("storage-key").map(|raw| raw.trim().to_owned()) {
            None => DEFAULT_STORAGE_NAMESPACE.to_owned(),
            Some(key) if key.is_empty() => DEFAULT_STORAGE_NAMESPACE.to_owned(),
            Some(key)
                if key.chars().count() <= STORAGE_KEY_MAX_CHARS
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
            {
                key
            }
            Some(key) => {
                warnings.push(ConfigWarning::StorageKeyRejected(
                    key.chars().take(60).collect(),
                ));
                DEFAULT_STORAGE_NAMESPACE.to_owned()
            }
        };
        let lang = attr("lang")
            .map(|raw| raw.trim().to_owned())
            .filter(|raw| !raw.is_empty())
            .and_then(|raw| {
                let lang = Lang::parse(&raw);
                if lang.is_none() {
                    warnings.push(ConfigWarning::UnknownLang(raw.chars().take(30).collect()));
                }
                lang
            });
        (
            Self {
                clinic_name,
                booking_url,
                accent,
                start,
                storage_namespace,
                lang,
                mode,
            },
            warnings,
        )
    }
}
