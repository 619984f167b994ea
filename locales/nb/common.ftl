## Felles for alle tre instrumentene: svaralternativer, svarstatus, hvem som svarer.

choice-yes = Ja
choice-no = Nei
answer-not-asked = Ikke spurt ennå
answer-dont-know = Vet ikke
answer-declined = Vil helst ikke svare
answer-declined-self = Det vil jeg helst ikke si
answer-not-relevant = Gjelder ikke
answer-answered = Besvart
answer-invalid = Svaret må sjekkes
asked-interview = Spør henne
asked-observation = Din observasjon
