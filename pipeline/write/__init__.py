"""Writers: each takes the Report and writes one output (annotated copy, findings JSON, HTML report, mail draft), atomically, never over a file we did not write. Also the blank template."""
