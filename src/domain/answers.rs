//! The reader's answers, by question: what the questionnaire collects and triage reads.
//!
//! Its own module so that [`super::questionnaire`] (which asks) and [`super::triage`] (which
//! reads the answers for red flags) both depend on it rather than on each other.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::options::{Method, MethodOutcome};

/// Names a question. Declaration order is asking order; stored by [`QuestionId::stored_name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionId {
    /// Emergency checklist; asked first so nobody with chest pain answers equipment questions.
    EmergencySigns,
    /// Where the knot is.
    KnotLocation,
    /// How long the reader has had it.
    Duration,
    /// The reader's age band.
    AgeBand,
    /// See-a-clinician symptoms.
    WarningSigns,
    /// See-a-clinician history and diagnoses.
    HealthHistory,
    /// What the reader has tried and how it went.
    Tried,
    /// Hours spent sitting on a typical day.
    SittingHours,
    /// Equipment the reader has at home.
    Equipment,
    /// Minutes the reader can spend per session.
    SessionMinutes,
}

impl QuestionId {
    /// Every question, in asking order.
    pub const ALL: [QuestionId; 10] = [
        QuestionId::EmergencySigns,
        QuestionId::KnotLocation,
        QuestionId::Duration,
        QuestionId::AgeBand,
        QuestionId::WarningSigns,
        QuestionId::HealthHistory,
        QuestionId::Tried,
        QuestionId::SittingHours,
        QuestionId::Equipment,
        QuestionId::SessionMinutes,
    ];

    /// The name this question is stored under (also its id in the page).
    pub fn stored_name(self) -> &'static str {
        match self {
            Self::EmergencySigns => "emergency-signs",
            Self::KnotLocation => "knot-location",
            Self::Duration => "duration",
            Self::AgeBand => "age-band",
            Self::WarningSigns => "warning-signs",
            Self::HealthHistory => "health-history",
            Self::Tried => "tried",
            Self::SittingHours => "sitting-hours",
            Self::Equipment => "equipment",
            Self::SessionMinutes => "session-minutes",
        }
    }

    /// Questions that only shape the routine; hidden when a red flag means no routine is made.
    pub fn is_routine(self) -> bool {
        matches!(
            self,
            QuestionId::Tried
                | QuestionId::SittingHours
                | QuestionId::Equipment
                | QuestionId::SessionMinutes
        )
    }
}

/// The reader's answer to one question, as option ids or a number. Stored as
/// `{"kind": "multiple", "value": ["ball", "wall"]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Answer {
    /// The id of the one option picked.
    Single(String),
    /// The ids of the options picked.
    Multiple(Vec<String>),
    /// A whole number.
    Number(u32),
    /// Method id to outcome id.
    Outcomes(BTreeMap<String, String>),
}

/// All answers given so far, including ones to questions that are hidden now.
/// Stored as an object keyed by question id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<QuestionId, Answer>);

impl Answers {
    /// The answer to `id`, if given.
    pub fn get(&self, id: QuestionId) -> Option<&Answer> {
        self.0.get(&id)
    }

    /// Stores `answer` for `id`, replacing any earlier one.
    pub fn set(&mut self, id: QuestionId, answer: Answer) {
        self.0.insert(id, answer);
    }

    /// Forgets the answer to `id`, returning it.
    pub fn remove(&mut self, id: QuestionId) -> Option<Answer> {
        self.0.remove(&id)
    }

    /// Whether `id` has an answer.
    pub fn is_answered(&self, id: QuestionId) -> bool {
        self.0.contains_key(&id)
    }

    /// Option ids picked for a single- or multiple-choice question; empty otherwise.
    pub fn selected(&self, id: QuestionId) -> &[String] {
        match self.get(id) {
            Some(Answer::Single(option)) => std::slice::from_ref(option),
            Some(Answer::Multiple(options)) => options,
            _ => &[],
        }
    }

    /// Whether `option` is picked for `id`.
    pub fn is_selected(&self, id: QuestionId, option: &str) -> bool {
        self.selected(id).iter().any(|picked| picked == option)
    }

    /// How `method` went, from "What have you tried?"; `None` when not given or unknown.
    pub fn tried(&self, method: Method) -> Option<MethodOutcome> {
        self.outcome(QuestionId::Tried, method.as_str())
            .and_then(MethodOutcome::parse)
    }

    /// Whether `option` of a single-choice question is picked; `T` names the question's
    /// options, so a typo does not compile.
    pub fn picked<T: Copy + PartialEq>(
        &self,
        id: QuestionId,
        parse: fn(&str) -> Option<T>,
        option: T,
    ) -> bool {
        self.selected(id)
            .iter()
            .any(|picked| parse(picked) == Some(option))
    }

    /// The outcome id given for `method` in an outcomes question; `None` when not given.
    pub fn outcome(&self, id: QuestionId, method: &str) -> Option<&str> {
        match self.get(id) {
            Some(Answer::Outcomes(outcomes)) => outcomes.get(method).map(String::as_str),
            _ => None,
        }
    }
}

/// Reads an [`Answer`] with its `kind` first, then its `value` as that kind says.
///
/// Written out rather than derived: the derive for a tagged enum reads `value` before it
/// knows its type, as any JSON, which brings float parsing and formatting into the wasm for
/// nothing (every answer is text, a list, a whole number or a map). Stored answers are
/// always read from a parsed document, whose keys come in order, so `kind` comes first.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AnswerVisitor)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum AnswerField {
    Kind,
    Value,
    #[serde(other)]
    Other,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum AnswerKind {
    Single,
    Multiple,
    Number,
    Outcomes,
}

struct AnswerVisitor;

impl<'de> serde::de::Visitor<'de> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer with a kind and a value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Answer, A::Error> {
        use serde::de::Error;
        let (mut kind, mut answer) = (None, None);
        while let Some(field) = map.next_key()? {
            match field {
                AnswerField::Kind => kind = Some(map.next_value::<AnswerKind>()?),
                AnswerField::Value => {
                    answer = Some(match kind.ok_or_else(|| A::Error::missing_field("kind"))? {
                        AnswerKind::Single => Answer::Single(map.next_value()?),
                        AnswerKind::Multiple => Answer::Multiple(map.next_value()?),
                        AnswerKind::Number => Answer::Number(map.next_value()?),
                        AnswerKind::Outcomes => Answer::Outcomes(map.next_value()?),
                    });
                }
                AnswerField::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        answer.ok_or_else(|| A::Error::missing_field("value"))
    }
}
