## Appens egne skærmbilleder. Instrumenternes tekster ligger i identification.ftl, needs.ftl,
## risk.ftl; tekster, som alle instrumenter deler, ligger i common.ftl.

app-name = Trygg
app-tagline = Vurderinger, der bliver på denne enhed

## Hurtig exit: skjuler appen med det samme.
quick-exit = Forlad hurtigt
quick-exit-hint = Skjuler Trygg med det samme. Du kan også trykke på Esc to gange.

## Handlinger, der bruges på mange skærmbilleder
action-back = Tilbage
action-next = Næste
action-cancel = Annuller
action-back-to-cases = Tilbage til sagerne

## Startskærmen
home-title = Sager på denne enhed
home-empty-title = Ingen sager på denne enhed endnu
home-empty-body = En sag samler de vurderinger, du laver sammen med én kvinde. Den har en kode i stedet for hendes navn, og den forlader aldrig denne enhed, medmindre du eksporterer den krypteret.
home-new-case = Opret en ny sag
home-search-label = Find en sag ud fra koden
home-search-none = Ingen sag på denne enhed har en kode som den.
home-case-updated = Senest ændret { $date }
home-case-no-assessments = Ingen vurderinger endnu
home-case-assessment = { $name }: { $stage }, { $answered } af { $total } besvaret

## Hvor langt en vurdering er nået
stage-not-started = ikke startet
stage-in-progress = i gang
stage-complete = færdig

## Ny sag og samtykke
new-case-title = Ny sag
new-case-code-label = Sagskode
new-case-code-hint = Koden står i stedet for hendes navn. Opbevar den et sikkert sted, adskilt fra denne enhed, hvis du skal kunne finde sagen igen. Du kan ændre den.
new-case-code-invalid = En sagskode har seks bogstaver og tal, for eksempel K7M-4QX (ikke 0, O, 1, I, L, U eller V).
new-case-code-taken = En anden sag på denne enhed har allerede denne kode.
new-case-role-label = Din rolle
new-case-role-hint = Samtykket registreres med din rolle, aldrig med dit navn.
new-case-create = Opret sagen
role-outreach-worker = Opsøgende medarbejder
role-case-manager = Sagsansvarlig
role-shelter-worker = Medarbejder på krisecenter eller botilbud
role-other-professional = Anden fagperson

consent-record-legend = Må svarene gemmes på denne enhed?
consent-record-explain = Før noget gemmes: fortæl hende med dine egne ord, hvad der bliver gemt, at det forbliver krypteret på denne enhed, at hun kan stoppe når som helst, og at hun kan springe et hvilket som helst spørgsmål over. Spørg hende så.
consent-record-yes = Ja, hun giver samtykke til, at svarene gemmes
consent-record-no = Nej, hun giver ikke samtykke
consent-record-needed = Registrér hendes svar: intet gemmes uden hendes samtykke.
consent-share-legend = Må resultaterne deles krypteret med din organisation?
consent-share-explain = Du kan også spørge om dette senere, før noget deles. Hendes svar her ændrer ikke den hjælp, hun kan få.
consent-share-yes = Ja, hun giver samtykke til, at resultaterne må deles krypteret
consent-share-no = Nej, ikke lige nu
consent-declined-title = Intet er blevet gemt
consent-declined-body = Hendes beslutning respekteres: der blev ikke oprettet nogen sag, og intet om hende er gemt på denne enhed. Du kan stadig hjælpe hende uden at gemme noget:
consent-declined-step-listen = Lyt, og fortæl hende om hendes rettigheder og den støtte, hun kan få, uanset om hun afgiver forklaring til politiet eller ej.
consent-declined-step-contacts = Giv hende kontaktoplysninger på støttetilbud og et sikkert sted at bo, hvis hun ønsker det.
consent-declined-step-later = Fortæl hende, at hun kan vende tilbage til dette når som helst, hvis hun ombestemmer sig.
consent-declined-change = Hun har ombestemt sig

consent-record-short = Lagring på denne enhed
consent-share-short = Deling af resultater
consent-not-asked = Ikke spurgt endnu
consent-given = Givet { $date }
consent-declined = Afslået { $date }
consent-withdrawn = Trukket tilbage { $date }

## En sag
case-title = Sag { $code }
case-created = Oprettet
case-assessments = Vurderinger
case-assessment-started = startet { $date }
case-assessment-progress = { $stage }, { $answered } af { $total } besvaret
case-continue = Fortsæt
case-review-answers = Gennemgå svarene
case-see-result = Se resultatet
case-start-heading = Start en ny vurdering
case-start-assessment = { $instrument }
case-more = Rapport og sag
case-report = Rapport til udskrift
case-delete = Slet denne sag
case-delete-confirm-title = Slet denne sag?
case-delete-confirm-body = Sag { $code } og alle dens vurderinger bliver fjernet fra denne enhed. Det kan ikke fortrydes.
case-delete-confirm = Ja, slet sagen
case-delete-keep = Nej, behold den
case-missing-title = Denne sag findes ikke på denne enhed
case-missing-body = Den kan være blevet slettet. Intet andet er ændret.

## Samtalen
assessment-back-to-case = Sag { $code }
assessment-back-to-case-short = Tilbage til sagen
assessment-section-of = Del { $current } af { $total }
assessment-answered-of = { $answered } af { $total } spørgsmål besvaret
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Alle dele af denne vurdering
assessment-see-result = Se resultatet
question-hint-toggle = Hvorfor dette spørgsmål?
question-clear = Ryd svaret
question-note-toggle = Note
question-note-label = Din note til dette spørgsmål
need-urgency-label = Hvor hurtigt har hun brug for dette?
need-status-label = Hvor det står
need-service-label = Tilbud eller organisation (valgfrit)

## Resultater
result-title = Resultat: { $instrument }
result-back-to-case = Tilbage til sagen
result-review-answers = Gennemgå svarene
result-unavailable = Dette resultat kan ikke vises. Svarene er bevaret uændret.
result-by-dimension = Hvad svarene viser, del for del
result-indicators-seen = Set
result-indicators-unknown = Ikke kendt endnu
result-note = Din note: { $note }
result-needs-count = { $count ->
    [0] Ingen behov registreret endnu.
    [one] Ét behov i handleplanen.
   *[other] { $count } behov i handleplanen.
}
result-needs-none = Ingen behov registreret endnu.
result-need-service = Tilbud: { $service }
result-none = Ingen.
result-risk-reasons = Hvad niveauet bygger på
result-points = { $points } point
result-raise-toggle = Hæv niveauet ud fra faglig vurdering
result-raise-level = Nyt niveau
result-raise-reason = Hvorfor (skal udfyldes)
result-raise-reason-needed = Skriv, hvorfor du hæver niveauet.
result-raise-save = Hæv niveauet
result-return = Tilbagevenden til hjemlandet eller til et andet land

## Rapporten til udskrift
report-title = Rapport for sag { $code }
report-print = Udskriv
report-printed = Udskrevet { $date }
report-assessment-dates = Startet { $started }, senest ændret { $updated }
report-answers = Alle svar
report-confidential = Fortroligt. Denne rapport indeholder følsomme personoplysninger: opbevar den aflåst, del den kun med personer, der har brug for den for at hjælpe hende, og destruér den, når der ikke længere er brug for den.

## Fejl, der vises for brugeren
error-app-start = Trygg kunne ikke starte i denne browser. Dine gemte data er ikke blevet ændret. Prøv at genindlæse siden.
