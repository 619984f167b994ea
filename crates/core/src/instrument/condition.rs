//! Relevance conditions: structured data over earlier answers, never a string language,
//! so they can be validated and evaluated without a parser.

use crate::answer::Value;

/// A condition over answers. In TOML:
/// `{ answered = "q" }`, `{ answered = "q", equals = "yes" }`,
/// `{ answered = "q", includes = "x" }`, `{ all = [...] }`, `{ any = [...] }`,
/// `{ not = {...} }`, `{ unless = {...} }`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// Strict negation: unknown stays unknown (so a question gated by it stays hidden
    /// until the answer is known).
    Not(Box<Condition>),
    /// True unless the inner condition is known to hold: "ask this, unless we already
    /// know it does not apply". Unknown counts as "ask".
    Unless(Box<Condition>),
    Answered {
        question: String,
        test: Test,
    },
}

/// What a leaf checks about an answer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Test {
    /// Answered with any value (not "don't know" or "declined").
    Any,
    /// A single-choice answer is this value.
    Equals(String),
    /// A multiple-choice answer includes this value.
    Includes(String),
}

/// Three-valued truth: a condition over an unanswered question is `Unknown`, which
/// lets the return check say "not known yet" instead of "no".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn not(self) -> Self {
        match self {
            Self::True => Self::False,
            Self::False => Self::True,
            Self::Unknown => Self::Unknown,
        }
    }

    pub fn is_true(self) -> bool {
        self == Self::True
    }
}

/// What a leaf sees of the question it names.
#[derive(Clone, Copy, Debug)]
pub enum LeafInput<'a> {
    /// Hidden by its own condition: counts as not holding.
    NotRelevant,
    /// Not asked, "don't know", declined, or an unusable value.
    Unknown,
    Given(&'a Value),
}

impl Condition {
    /// Evaluates with Kleene logic; `input` tells what each named question holds.
    pub fn eval<'a>(&self, input: &impl Fn(&str) -> LeafInput<'a>) -> Truth {
        match self {
            Self::All(items) => {
                let mut acc = Truth::True;
                for c in items {
                    match c.eval(input) {
                        Truth::False => return Truth::False,
                        Truth::Unknown => acc = Truth::Unknown,
                        Truth::True => {}
                    }
                }
                acc
            }
            Self::Any(items) => {
                let mut acc = Truth::False;
                for c in items {
                    match c.eval(input) {
                        Truth::True => return Truth::True,
                        Truth::Unknown => acc = Truth::Unknown,
                        Truth::False => {}
                    }
                }
                acc
            }
            Self::Not(c) => c.eval(input).not(),
            Self::Unless(c) => match c.eval(input) {
                Truth::True => Truth::False,
                Truth::False | Truth::Unknown => Truth::True,
            },
            Self::Answered { question, test } => match input(question) {
                LeafInput::NotRelevant => Truth::False,
                LeafInput::Unknown => Truth::Unknown,
                LeafInput::Given(value) => {
                    let holds = match (test, value) {
                        (Test::Any, _) => true,
                        (Test::Equals(v), Value::Choice(c)) => v == c,
                        (Test::Includes(v), Value::Choices(cs)) => cs.iter().any(|c| c == v),
                        _ => false,
                    };
                    if holds {
                        Truth::True
                    } else {
                        Truth::False
                    }
                }
            },
        }
    }

    /// Every question id the condition names, in order of appearance.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Self::All(items) | Self::Any(items) => items.iter().for_each(|c| c.collect(out)),
            Self::Not(c) | Self::Unless(c) => c.collect(out),
            Self::Answered { question, .. } => out.push(question),
        }
    }
}
