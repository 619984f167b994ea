## Shared by all three instruments: answer choices, answer states, who answers.

choice-yes = Jah
choice-no = Ei
answer-not-asked = Veel küsimata
answer-dont-know = Ei tea
answer-declined = Ei soovi vastata
answer-declined-self = Ma ei soovi vastata
answer-not-relevant = Ei ole asjakohane
answer-answered = Vastatud
answer-invalid = Vastust tuleb kontrollida
asked-interview = Küsi temalt
asked-observation = Sinu tähelepanek
