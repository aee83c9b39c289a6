"""Which organisation a claim is attached to: named ventures, fronted "At X," clauses, "the bank" references."""

from extract_helpers import article_triples


def test_a_venture_named_after_a_comma_is_the_one_founded():
    text = ("Brightwater Analytics named a new research chief on Monday. The post opened when Tomas Ekberg left the firm "
            "in May to launch a climate-data company, Fjordlight, which has raised seed money.")
    got = article_triples(text)
    assert ("join", "Tomas Ekberg", "Fjordlight") in got
    assert not any(o.endswith("'s startup") for _, _, o in got)


def test_a_founding_verb_with_a_named_venture_after_its_noun():
    got = article_triples("Priya Natarajan, a former Halverson Foods buyer, founded a grocery delivery startup, Basketly, in 2021.")
    assert ("join", "Priya Natarajan", "Basketly") in got


def test_a_bare_title_after_someone_elses_departure_is_not_at_their_new_employer():
    text = ("Quarrystone Paper has lost two senior executives in as many months, the company confirmed on Friday. "
            "Chief operating officer Ines Valbuena left in May to join rival Norrland Pulp, and head of treasury Otto Greaves "
            "resigned in June.")
    got = article_triples(text)
    assert ("leave", "Otto Greaves", "Quarrystone Paper") in got
    assert ("leave", "Otto Greaves", "Norrland Pulp") not in got
    assert ("join", "Ines Valbuena", "Norrland Pulp") in got


def test_a_bare_move_after_a_past_employer_stays_at_the_subject():
    text = ("Marisol Dental Group has reshaped its leadership this year. "
            "Last year it brought in two regional directors from Brightsmile Dental Partners, and in March it added "
            "chief medical officer Hugo Lindqvist, who joined from the state dental board.")
    got = article_triples(text)
    assert ("join", "Hugo Lindqvist", "Brightsmile Dental Partners") not in got


def test_a_sentence_opening_at_a_unit_places_its_hire_there():
    text = ("Talvera Holdings announced its yearly management changes on Monday. "
            "At Talvera Logistics, the group named Renata Oyelaran as chief executive.")
    got = article_triples(text)
    assert ("role", "Renata Oyelaran", "Talvera Logistics") in got
    assert ("role", "Renata Oyelaran", "Talvera Holdings") not in got


def test_a_sentence_opening_at_a_unit_resolves_the_subsidiary_to_it():
    text = ("Omberg Electric reshuffled its board on Tuesday. "
            "At Omberg Motors, Ferris Aldana will be succeeded by the subsidiary's finance director, Kaito Brandvold.")
    got = article_triples(text)
    assert ("role", "Kaito Brandvold", "Omberg Motors") in got


def test_the_bank_is_the_subject_bank_not_a_bank_named_in_a_past_career():
    text = ("Marlowe Savings Bank said on Thursday that its chief executive, Ottilie Brandauer, will step down in June. "
            "Brandauer joined Marlowe Savings Bank in 2016 after a decade at Eastfield Mercantile Bank. "
            "The bank also said that chief risk officer Dorian Kessel had resigned.")
    got = article_triples(text)
    assert ("leave", "Dorian Kessel", "Marlowe Savings Bank") in got
    assert ("leave", "Dorian Kessel", "Eastfield Mercantile Bank") not in got


def test_the_university_is_the_subject_university():
    text = ("Calderwood State University named a new president on Friday, choosing Imre Szalai, the provost of "
            "Ashgrove University. The university's dean of engineering, Dr. Pilar Okafor, had also been a finalist.")
    got = article_triples(text)
    assert ("role", "Pilar Okafor", "Calderwood State University") in got


def test_her_own_venture_reads_like_his_own():
    text = ("Corrine Abad, a principal at Westbrook Growth Partners, has left the firm to start her own studio, "
            "Lanternfish Design, she said on Monday.")
    assert ("join", "Corrine Abad", "Lanternfish Design") in article_triples(text)


def test_the_headline_hirer_is_the_subject_not_the_employer_hired_from():
    text = ("Pinecrest State hires Ashford's Marguerite Olsen as provost\n\n"
            "Pinecrest State University has found its next provost. "
            "The university on Monday named Marguerite Olsen, vice provost at the University of Ashford, as its provost. "
            "Olsen moved to Ashford in 2016. "
            "At Ashford she ran the honors college. "
            "The university's president, Dr. Felix Aranda, called her a builder.")
    got = article_triples(text)
    assert ("role", "Marguerite Olsen", "Pinecrest State University") in got
    assert ("role", "Felix Aranda", "Pinecrest State University") in got
    assert ("role", "Felix Aranda", "University of Ashford") not in got


def test_the_subsidiary_is_the_unit_the_sentence_names_not_the_parent():
    text = ("Veltmann Holding reshuffled the heads of its companies on Monday. "
            "Jens Aalto will be replaced at Veltmann Glas by Oona Riikonen, currently the subsidiary's finance director.")
    got = article_triples(text)
    assert ("role", "Oona Riikonen", "Veltmann Glas") in got
    assert ("role", "Oona Riikonen", "Veltmann Holding") not in got


def test_a_bare_title_after_someone_left_for_a_job_elsewhere():
    text = ("Brackenridge College is losing a third senior leader this year. "
            "Registrar Aldous Finch left for a job at Hollins Polytechnic in May, and bursar Wren Castellano resigned in June.")
    got = article_triples(text)
    assert ("leave", "Wren Castellano", "Brackenridge College") in got
    assert ("leave", "Wren Castellano", "Hollins Polytechnic") not in got


def test_its_opening_a_sentence_is_the_organisation_that_opened_the_one_before():
    text = ("Kestrel Outdoor Gear named Tomas Reyes its chief executive on Monday. "
            "Kestrel Outdoor Gear has lost market share since 2023. "
            "Brannock Capital, an activist investor, had pushed for the change for a year. "
            "Its managing partner, Lidia Vasquez-Roe, said the move was overdue.")
    got = article_triples(text)
    assert ("role", "Lidia Vasquez-Roe", "Brannock Capital") in got
    assert ("role", "Lidia Vasquez-Roe", "Kestrel Outdoor Gear") not in got
