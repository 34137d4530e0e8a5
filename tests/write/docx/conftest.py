"""The fixture of the annotated Word document's tests: a plan-like document with a user's comment."""

import pytest
from word_annotate_docs import write_document


@pytest.fixture
def plan_docx(tmp_path):
    return write_document(tmp_path / "plan.docx")
