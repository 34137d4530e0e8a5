"""Issue 21: the benchmark's default workbook holds real-plan texts (tools/plannen.py,
``texts="echt"``), varied so that a big plan is not a few texts repeated, and still a plan whose
codes and capacity add up (what is timed is the rules on real wording, not a broken plan)."""

import re

import plan_westhoek
import pytest
import voorbeeld_data
from plannen import plan_data

from benchmark import main


def test_real_texts_varied_codes_and_capacity_kept():
    data = plan_data(400, seed=8, texts="echt")
    fiches = data["Actiefiches"]
    ods = {d["OD"] for d in data["Doelstellingen"]}
    assert all(f"OD {f['OD'].removeprefix('OD ').rstrip('.')}" in ods for f in fiches)
    assert len({f["Titel actie"] for f in fiches}) == len(fiches)
    # the texts are the real plans' sentences
    sources = [f["Wat?"] for f in voorbeeld_data.ACTIEFICHES] + [f[3] for f in plan_westhoek.FICHES]
    first_sentences = {re.split(r"(?<=[.!?;])\s", s)[0][:40] for s in sources}
    assert sum(any(head in f["Wat?"] for head in first_sentences) for f in fiches) > 200
    # ... varied: most long cells differ from each other, and BruZEL's long fiches weigh in
    assert len({f["Plan van aanpak en mijlpalen"] for f in fiches}) > 0.6 * len(fiches)
    assert sum(len(str(v)) for f in fiches for v in f.values() if v) / len(fiches) > 2000
    cap = {r["Code"]: r["Geschatte capaciteit in # VTE"] for r in data["Capaciteit"]}
    assert cap["F"] == pytest.approx(sum(float(str(f["Personeelscapaciteit (VTE)"]).split()[0].replace(",", ".")) for f in fiches), abs=0.01)
    # the pool stays the default of the generator (the tests' valid plans)
    assert plan_data(5, seed=8)["Actiefiches"][0]["Wat?"] != fiches[0]["Wat?"]
    with pytest.raises(ValueError):
        plan_data(5, texts="lorem")


def test_benchmark_takes_the_texts_option(capsys):
    with pytest.raises(SystemExit):
        main(["--teksten", "lorem"])
    assert "invalid choice: 'lorem'" in capsys.readouterr().err  # echt or pool
