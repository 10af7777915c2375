"""Hope is low certainty in every person and number of the Arabic verb: the dual («يأملان»,
«تأملان») and the plural («يأملون») as well as the singular. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUBLISHED = date(2025, 3, 10)



@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الحكومتين يأملان في إنجاز الربط الكهربائي قبل نهاية العام.",
    "وذكرت الوزارة أن الشركتين تأملان في استئناف التصدير الأسبوع المقبل.",
    "وقال مسؤولون إنهم يأملون في توقيع العقد الشهر المقبل.",
])
def test_hope_in_the_dual_and_plural_is_low(res, text):
    ex = extract(text, published=PUBLISHED, lang="ar", resources=res)
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward and forward[0].certainty < 0.4  # the scorer's "low", [(m.quote, m.certainty) for m in ex.mentions]
