//! Problems found while loading a definition, each with where it is.

use std::fmt;

/// Where in a definition a problem is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// The instrument id, or "?" if the file has none.
    pub instrument: String,
    pub section: Option<String>,
    pub question: Option<String>,
    /// The key inside the item, e.g. `relevant.any[1].equals` or `identification.met_when[2]`.
    pub field: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.instrument)?;
        if let Some(s) = &self.section {
            write!(f, " > section {s}")?;
        }
        if let Some(q) = &self.question {
            write!(f, " > question {q}")?;
        }
        if let Some(k) = &self.field {
            write!(f, " > {k}")?;
        }
        Ok(())
    }
}

/// One problem in a definition.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {kind}")]
pub struct DefinitionError {
    pub location: Location,
    pub kind: ErrorKind,
}

/// Every problem in a definition (never empty when returned as an error).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct DefinitionErrors(pub Vec<DefinitionError>);

impl fmt::Display for DefinitionErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} problem(s) in the instrument definition:",
            self.0.len()
        )?;
        for e in &self.0 {
            writeln!(f, "- {e}")?;
        }
        Ok(())
    }
}

impl DefinitionErrors {
    pub fn kinds(&self) -> impl Iterator<Item = &ErrorKind> {
        self.0.iter().map(|e| &e.kind)
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error(
        "the file is not valid TOML for an instrument (line {line}, column {column}): {message}"
    )]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The app's built-in instruments (`instruments/shipped.json`) do not deserialise:
    /// a broken build.
    #[error("the built-in instruments do not load: {0}")]
    Json(String),
    #[error("unknown key `{0}`")]
    UnknownKey(String),
    #[error("`{0}` is missing")]
    Missing(&'static str),
    #[error(
        "`{0}` is not a valid id: use lower-case letters, digits and '-', starting with a letter"
    )]
    InvalidId(String),
    #[error("the id `{0}` is used more than once")]
    DuplicateId(String),
    #[error("two texts would share the message id `{0}`: rename one of the ids")]
    DuplicateMessageId(String),
    #[error("unknown rules `{0}` (use identification, needs or risk)")]
    UnknownRules(String),
    #[error("unknown question kind `{0}` (use single, multiple, text, number, date or need)")]
    UnknownKind(String),
    #[error("unknown value `{0}` for `asked` (use interview or observation)")]
    UnknownAsked(String),
    #[error("the choice list `{0}` does not exist")]
    MissingChoiceList(String),
    #[error("`{0}` is only allowed on this kind of question or instrument")]
    NotAllowed(String),
    #[error("the choice list has no values")]
    EmptyChoiceList,
    #[error("the condition names `{0}`, which is not a question of this instrument")]
    UnknownQuestion(String),
    #[error("`{value}` is not a value of question `{question}`")]
    UnknownValue { question: String, value: String },
    #[error("`{test}` cannot be used with question `{question}` (wrong kind of question)")]
    TestNotApplicable {
        question: String,
        test: &'static str,
    },
    #[error("malformed condition: {0}")]
    MalformedCondition(String),
    #[error("conditions form a cycle: {}", .0.join(" -> "))]
    ConditionCycle(Vec<String>),
    #[error("the condition names `{0}`, which comes later: conditions may only look at earlier questions")]
    ForwardReference(String),
    #[error("dimension {0} does not exist (the dimensions are numbered 1 to 6)")]
    UnknownDimension(i64),
    #[error("unknown strength `{0}` (use strong, medium or weak)")]
    UnknownStrength(String),
    #[error("unknown care domain `{0}`")]
    UnknownDomain(String),
    #[error("unknown service type `{0}`")]
    UnknownService(String),
    #[error(
        "unknown risk category `{0}` (use immediate-danger, re-trafficking, protective or return)"
    )]
    UnknownCategory(String),
    #[error("unknown risk level `{0}` (use low, medium or high)")]
    UnknownLevel(String),
    #[error("weight {0} is out of range (0 to 100)")]
    InvalidWeight(i64),
    #[error("a scored question must be {0}")]
    NotScorable(String),
    #[error("invalid threshold: {0}")]
    InvalidThreshold(String),
    #[error(
        "this threshold could be met by weak indicators alone, which must never meet a dimension"
    )]
    WeakAloneMeetsDimension,
    #[error("dimension {0} has no indicators")]
    DimensionWithoutIndicators(u8),
    #[error("invalid bounds: min {min} is greater than max {max}")]
    InvalidBounds { min: i64, max: i64 },
}
