"""A holiday named with a possessive, written without its apostrophe, is the same day
(#13): "On New Years Eve, Ostland paid its debt" dates the eve and lists no organisation
"New Years Eve"."""

from __future__ import annotations

import datetime

from reader.parsing import analyse


def test_a_holiday_without_its_apostrophe_is_a_day_and_no_actor():
    doc = analyse(
        "On New Years Eve, Ostland made its last payment. Valentines Day sales rose at "
        "Velkor Mart, and St Patricks Day parades were held in Kelby.",
        datetime.date(2007, 1, 4),
    )
    values = {t.text: t.value for t in doc.timexes}
    assert values["New Years Eve"] == "2006-12-31"
    assert "Valentines Day" in values and "St Patricks Day" in values
    assert not any("Years" in a.name or "Valentines" in a.name for a in doc.actors)
