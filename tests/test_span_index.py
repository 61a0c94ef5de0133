"""SpanIndex agrees with the obvious linear scan."""

from hypothesis import given
from hypothesis import strategies as st

from vnpolitics.recognizers.base import SpanIndex

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda p: (p[0], p[0] + p[1])), max_size=20)


@given(spans, st.integers(0, 80), st.integers(0, 15))
def test_overlaps_matches_a_linear_scan(known, start, length):
    end = start + length
    index = SpanIndex(known)
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in known)
    assert index.contains(start) == any(s <= start < e for s, e in known)


def test_touching_spans_do_not_overlap():
    index = SpanIndex([(0, 5), (10, 12)])
    assert not index.overlaps(5, 10)
    assert index.overlaps(4, 6) and index.overlaps(11, 30)
