"""Precision round 8: organisations that are no one's employer (press-release labels, bodies, places in an apposition)."""

from extract_helpers import article_triples


def test_a_press_release_label_is_not_an_organisation():
    got = article_triples("FOR IMMEDIATE RELEASE\n\nMayor Names New Parks Director\n\nBRANTFORD — Mayor Ilse Kowal today "
                          "announced the appointment of Dmitri Sorensen as director of the Brantford Parks Department (BPD). "
                          "He succeeds Lena Ortiz, who retired in March after 20 years with the department.\n\nSince Ortiz's "
                          "retirement the department has been led by Tomas Reyes, the department's chief planner, who "
                          "served as acting director.\n")
    assert not any("release" in org.lower() for _, _, org in got)
    assert ("leave", "Lena Ortiz", "Brantford Parks Department") in got
