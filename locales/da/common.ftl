## Fælles for alle tre instrumenter: svarmuligheder, svarstatus, hvem der svarer.

choice-yes = Ja
choice-no = Nej
answer-not-asked = Ikke spurgt endnu
answer-dont-know = Ved ikke
answer-declined = Vil helst ikke svare
answer-declined-self = Det vil jeg helst ikke sige
answer-not-relevant = Gælder ikke
answer-answered = Besvaret
answer-invalid = Svaret skal tjekkes
asked-interview = Spørg hende
asked-observation = Din iagttagelse
