"""Which organisation a move or title belongs to when the article's subject is another one."""

from extract_helpers import article_triples

_LEDE = "Brightfold Robotics has hired a new head of sales, the startup said on Monday.\n\n"


def test_the_company_after_a_person_of_another_named_body_is_that_body():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Separately, Tobias Lehane, a longtime Quillmark Foods marketing executive, is leaving the company after eight years.")
    got = article_triples(text)
    assert ("leave", "Tobias Lehane", "Quillmark Foods") in got
    assert ("leave", "Tobias Lehane", "Brightfold Robotics") not in got


def test_the_firm_after_a_titled_person_of_another_firm():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Penrose Hale LLP audit partner Mirela Dobos will leave the firm in June to become finance director of Harrow Bakeries.")
    got = article_triples(text)
    assert ("leave", "Mirela Dobos", "Penrose Hale") in got
    assert ("leave", "Mirela Dobos", "Brightfold Robotics") not in got


def test_a_past_employer_before_the_company_is_not_where_it_points():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Carver, who worked for six years as a regional manager at Tessary Freight, joined the company in May.")
    got = article_triples(text)
    assert ("join", "Ines Carver", "Brightfold Robotics") in got


def test_a_body_described_by_the_group_is_not_the_group():
    text = ("Halvard Group named a new deputy chief.\n\nHalvard Group said Oona Merrit, currently head of Pinecrest Hotels, "
            "the group's budget chain, will report to group chief executive Arne Solberg.")
    got = article_triples(text)
    assert ("role", "Arne Solberg", "Pinecrest Hotels") not in got


def test_a_leave_without_object_goes_to_the_titled_employer():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief.\n\n"
                    "- Rolf Amsel, chief operating officer of payroll company Tallyhaus, is leaving after six years.")
    got = article_triples(text)
    assert ("leave", "Rolf Amsel", "Tallyhaus") in got
    assert ("leave", "Rolf Amsel", "Brightfold Robotics") not in got


_COLUMN = (
    "Harvest Desk: who moved in food and farming this week\n\n"
    "Orchardline Foods hired Pia Lundqvist as chief marketing officer, the company said.\n\n"
    "• Grainway Mills named Tomas Brek head of procurement. He will report to CEO Ruth Okafor.\n"
    "• Cheese maker Kettleby Creamery appointed Dario Fenn as finance chief. Fenn joins from Nestlé.\n"
    "• Silke Maurer, operations director of seed distributor Furrowfield, is leaving after nine years. "
    "Chief executive Ahmed Yilmaz will cover her duties.\n"
)


def test_a_bare_title_in_a_column_item_belongs_to_that_items_organisation():
    got = article_triples(_COLUMN)
    assert ("role", "Ruth Okafor", "Grainway Mills") in got
    assert ("role", "Ahmed Yilmaz", "Furrowfield") in got
    assert ("join", "Dario Fenn", "Kettleby Creamery") in got
    assert not any(p in ("Ruth Okafor", "Ahmed Yilmaz", "Dario Fenn") and o == "Orchardline Foods" for _, p, o in got)


def test_one_storys_summary_bullets_keep_the_articles_subject():
    text = ("Orchardline Foods hired Pia Lundqvist as chief marketing officer, the company said.\n\n"
            "- Lundqvist joins from Nestlé, where she ran the confectionery brands.\n"
            "- She will report to chief executive Ruth Okafor.\n")
    got = article_triples(text)
    assert ("role", "Ruth Okafor", "Orchardline Foods") in got


def test_a_successor_moving_elsewhere_succeeds_someone_there():
    text = ("Fenwick Polytechnic's dean heads to Corran Institute\n\n"
            "Lidia Sorvino, dean of engineering at Fenwick Polytechnic, will leave in June to become the ninth rector of "
            "Corran Institute, the institute announced on Monday. Sorvino will start at Corran in September. "
            "She succeeds Baptiste Amadou, who is retiring after ten years as rector.\n\n"
            "Fenwick Polytechnic has named an interim dean of engineering.")
    got = article_triples(text)
    assert ("leave", "Baptiste Amadou", "Corran Institute") in got
    assert ("leave", "Baptiste Amadou", "Fenwick Polytechnic") not in got


def test_where_the_sentence_says_it_the_succession_stays_there():
    text = ("Dovecote Apparel named Ilse Varga creative director on Monday. Varga left Marlin Knitwear in May. "
            "At Dovecote Apparel, Varga succeeds Remy Okonjo, who left in March.")
    got = article_triples(text)
    assert ("leave", "Remy Okonjo", "Dovecote Apparel") in got


def test_approval_by_a_regulator_is_not_the_appointing_body():
    text = ("Larchmont Assurance Group plc announces that Kasia Orlov will be appointed to the Board as Chief Risk Officer, "
            "subject to regulatory approval by the Prudential Regulation Authority. She will join on 1 June.")
    got = article_triples(text)
    assert not any(o == "Prudential Regulation Authority" for _, _, o in got)
    assert ("role", "Kasia Orlov", "Larchmont Assurance Group") in got


def test_years_at_the_firm_after_leaving_it_are_years_at_the_firm_left():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Odile Marchetti has left Ravensworth Tully LLP after 12 years at the firm to become general counsel "
                    "of Cobalt Ridge Energy.")
    got = article_triples(text)
    assert ("join", "Odile Marchetti", "Ravensworth Tully") in got
    assert ("join", "Odile Marchetti", "Brightfold Robotics") not in got


def test_the_company_after_someone_joined_a_named_body_is_that_body():
    text = _LEDE + ("Brightfold Robotics named Ines Carver as sales chief. "
                    "Pavel Kurek, who joined Stonegate Analytics in 2019, left the company in March.")
    got = article_triples(text)
    assert ("leave", "Pavel Kurek", "Stonegate Analytics") in got
    assert ("leave", "Pavel Kurek", "Brightfold Robotics") not in got


def test_an_unnamed_venture_is_the_one_the_text_names_next():
    text = ("Harlow Logistics loses product chief to a startup\n\n"
            "Renata Quist, a longtime Harlow Logistics product executive, is leaving the company to launch a startup. "
            "Quist is co-founder and CEO of Pallettrail, which makes software for small warehouses.")
    got = article_triples(text)
    assert ("join", "Renata Quist", "Pallettrail") in got
    assert not any(o.endswith("'s startup") for _, _, o in got)


def test_her_new_company_named_in_apposition_is_founded_by_her():
    text = ("Mireille Okafor, who ran Europe for the delivery app Zipcart, has resigned to found a food startup, Zipcart said. "
            "Okafor's new company, Kornfeld, will sell grain to bakeries.")
    got = article_triples(text)
    assert ("join", "Mireille Okafor", "Kornfeld") in got


def test_a_venture_founded_long_ago_inside_the_employer_is_not_the_new_one():
    text = ("Trellis Group's research pioneer Anton Vail is preparing to leave the company and start his own venture. "
            "Vail, who founded Trellis Group's Applied Optics Lab a decade ago, has begun raising money.")
    got = article_triples(text)
    assert ("join", "Anton Vail", "Anton Vail's startup") in got


def test_a_unit_named_after_the_subject_is_not_the_company_left():
    text = ("Velmont is losing a star engineer.\n\nVelmont Cloud veteran Sara Lindqvist is leaving the company to join "
            "Harbor Compute, Velmont said.")
    got = article_triples(text)
    assert ("leave", "Sara Lindqvist", "Velmont") in got


def test_a_leader_moving_with_her_team_moves_herself():
    text = _LEDE + "Maria Ruiz and her team of four advisers left Wells Fargo for Halden Wealth Partners."
    got = article_triples(text)
    assert ("join", "Maria Ruiz", "Halden Wealth Partners") in got
    assert ("leave", "Maria Ruiz", "Wells Fargo") in got


def test_an_analysts_firm_holds_no_bare_title_of_another_person():
    text = _LEDE + "Analysts at Kepler Markets said chief executive Olu Bakare had little choice."
    got = article_triples(text)
    assert ("role", "Olu Bakare", "Kepler Markets") not in got
    assert ("role", "Olu Bakare", "Brightfold Robotics") in got


def test_a_rival_named_before_the_organisation_only_describes_it():
    text = _LEDE + "Former Ostara Labs CEO Hugo Lind has joined the board of Ostara Labs rival Quarrow Analytics."
    got = article_triples(text)
    assert ("role", "Hugo Lind", "Quarrow Analytics") in got
    assert not any(p == "Hugo Lind" and k in ("join", "role") and o == "Ostara Labs" for k, p, o in got)


def test_a_unit_named_in_apposition_holds_the_title():
    text = _LEDE + ("Brightfold Robotics named Tara Quill as chief operating officer. She replaces Niels Arend, who will take "
                    "over as president of the company's German unit, Fahrwerk Antriebe GmbH, in Munich.")
    got = article_triples(text)
    assert ("role", "Niels Arend", "Fahrwerk Antriebe") in got
    assert ("role", "Niels Arend", "Brightfold Robotics") not in got
