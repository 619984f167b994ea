## Shared by all three instruments: answer choices, answer states, who answers.

choice-yes = Kyllä
choice-no = Ei
answer-not-asked = Ei vielä kysytty
answer-dont-know = Ei tiedä
answer-declined = Ei halua vastata
answer-declined-self = En halua vastata
answer-not-relevant = Ei sovellu
answer-answered = Vastattu
answer-invalid = Vastaus on tarkistettava
asked-interview = Kysy häneltä
asked-observation = Oma havaintosi
