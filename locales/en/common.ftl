## Shared by all three instruments: answer choices, answer states, who answers.

choice-yes = Yes
choice-no = No
answer-not-asked = Not asked yet
answer-dont-know = Don't know
answer-declined = Prefers not to answer
# Her own words for the same state, where she reads the questions herself (self-check).
answer-declined-self = I'd rather not say
answer-not-relevant = Does not apply
answer-answered = Answered
answer-invalid = Answer needs checking
asked-interview = Ask her
asked-observation = Your observation

