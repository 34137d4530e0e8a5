"""`actieplan web` in a real browser: Chromium driven through its WebDriver (Debian's
`chromium-driver`) by Selenium, against the server started as `python -m actieplan web` on
127.0.0.1. Skips, saying what is missing, where Chromium or chromedriver is not installed
(`.ci/run` installs both).
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import time

import openpyxl
import pytest
from paths import EXAMPLE

import web_loadtest as loadtest
from workbooks import RULESET  # the rule set the test plans are written for

pytestmark = pytest.mark.slow  # Chromium drives the real server


def _driver_paths() -> tuple[str, str]:
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    driver = shutil.which("chromedriver")
    missing = [name for name, path in (("chromium", browser), ("chromedriver", driver)) if path is None]
    if missing:
        pytest.skip(f"{' en '.join(missing)} niet geïnstalleerd (apt: chromium chromium-driver)")
    return browser, driver  # type: ignore[return-value]


@pytest.fixture
def server(tmp_path):
    srv = loadtest.start_server(tmp_path / "server")
    yield srv
    srv.stop()
    assert list(srv.workdir.iterdir()) == []


@pytest.fixture
def browser(tmp_path):
    binary, driver_path = _driver_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", f"--user-data-dir={tmp_path / 'profiel'}", "--window-size=1200,900"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except Exception as exc:  # a driver that does not match the browser, no display libraries, ...
        pytest.skip(f"Chromium kon niet gestart worden via chromedriver: {str(exc).splitlines()[0]}")
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def _example():
    """(verdict, number of findings) of the example as `actieplan controleer` reports it."""
    from actieplan.run.check import check_workbook
    from actieplan.write.summary import verdict

    report = check_workbook(EXAMPLE, ruleset=RULESET)[1]
    return verdict(report), len(report.findings)


def _upload_example(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"http://127.0.0.1:{server.port}/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Actieplan controleren"
    browser.find_element(By.ID, "werkmap").send_keys(str(EXAMPLE))
    browser.find_element(By.ID, "controleer").click()
    # the result, directly or after the self-refreshing waiting page
    WebDriverWait(browser, 120).until(ec.presence_of_element_located((By.ID, "oordeel")))


def test_upload_see_verdict_and_findings_download_the_copy(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    _upload_example(browser, server)
    expected_verdict, count = _example()
    assert expected_verdict.startswith("Nog niet klaar")
    verdict = browser.find_element(By.ID, "oordeel").text
    assert verdict.startswith(expected_verdict)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.f tbody tr")
    assert len(rows) == count
    assert any("Fout" in row.text for row in rows)
    browser.save_screenshot(str(tmp_path / "resultaat.png"))
    link = browser.find_element(By.CSS_SELECTOR, 'a.download[data-bestand$=".gecontroleerd.xlsx"]')
    name = link.get_attribute("data-bestand")
    link.click()
    target = browser.downloads / name
    deadline = time.monotonic() + 60
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert target.exists(), f"not downloaded: {sorted(p.name for p in browser.downloads.iterdir())}"
    time.sleep(0.3)  # Chromium renames the .crdownload when the file is complete
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "Controle"
    assert "Actiefiches" in wb.sheetnames


def test_readable_on_a_phone_and_when_printed(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)
    _upload_example(browser, server)
    # nothing wider than the screen: no sideways scrolling
    overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    banner = browser.find_element(By.ID, "oordeel")
    assert banner.size["width"] <= 390
    browser.save_screenshot(str(tmp_path / "telefoon.png"))
    # printed: the verdict and the findings, not the form or the download links
    pdf = tmp_path / "resultaat.pdf"
    pdf.write_bytes(base64.b64decode(browser.print_page()))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext niet geïnstalleerd (apt: poppler-utils)")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert _example()[0] in text
    assert "Bevindingen" in text
    assert "Downloaden" not in text and "Een werkmap controleren" not in text


def test_form_works_without_javascript(tmp_path, server):
    """With JavaScript off the form posts all the same and the result page shows the verdict."""
    binary, driver_path = _driver_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'profiel-zonder-js'}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except Exception as exc:
        pytest.skip(f"Chromium kon niet gestart worden via chromedriver: {str(exc).splitlines()[0]}")
    try:
        driver.get(f"http://127.0.0.1:{server.port}/")
        driver.find_element(By.ID, "werkmap").send_keys(str(EXAMPLE))
        driver.find_element(By.ID, "controleer").click()
        WebDriverWait(driver, 120).until(ec.presence_of_element_located((By.ID, "oordeel")))
        assert "Nog niet klaar" in driver.find_element(By.ID, "oordeel").text
    finally:
        driver.quit()

