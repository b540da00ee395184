#!/usr/bin/python3
"""The review console in a real browser (Debian's chromium, headless, through chromedriver).

tepat-central runs on loopback with a synthetic village's register; a village store made by
`tepat-cli demo` pushes three requests with photos (`tepat-cli sync`). The browser signs the
supervisor in, opens a request, sees its photo, rejects it with a reason; the next
`tepat-cli sync` brings the rejection into the village store. Then the village prints a letter
(`tepat-cli letter`); its QR code, read off the PDF page as a phone camera would (zbarimg), opens
the public letter check, which says the letter is genuine without showing the NIK. A screenshot
of each page at 1366x768 goes to the folder given as the third argument.

Usage: console_browser.py TEPAT_CENTRAL TEPAT_CLI SCREENSHOT_DIR
"""
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

VILLAGE = "35.71.03.1001"
OPERATOR_PASSWORD = "rahasia-bangsal"
SUPERVISOR_PASSWORD = "rahasia-dinsos"


def run(args, stdin=None):
    done = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"FAIL: {url} did not answer")


def check(condition, what):
    if not condition:
        sys.exit(f"FAIL: {what}")
    print(f"ok: {what}")


def main():
    central, cli, shots = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(shots, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Asia/Jakarta")
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data")
        store = os.path.join(tmp, "village.tepat")
        csv = os.path.join(tmp, "csv")
        # The same synthetic village on the server (its register) and in the village's store.
        run([cli, "demo", "--csv", csv, "--village", VILLAGE, "--households", "12", "--seed", "7"])
        run([cli, "demo", "--db", store, "--village", VILLAGE, "--households", "12", "--seed",
             "7", "--requests", "3"])
        run([central, "register", "import", "--data", data, os.path.join(csv, "households.csv"),
             os.path.join(csv, "persons.csv")])
        run([central, "user", "add", "--data", data, "--role", "operator", "--village", VILLAGE,
             "--name", "op.bangsal"], OPERATOR_PASSWORD + "\n")
        run([central, "user", "add", "--data", data, "--role", "supervisor", "--regency",
             "35.71", "--name", "dinsos.kediri", "--display-name", "Sri Wahyuni"],
            SUPERVISOR_PASSWORD + "\n")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([central, "--listen", f"127.0.0.1:{port}", "--data", data],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        driver = None
        try:
            wait_for(base + "/api/v1/status")
            sync = [cli, "sync", "--db", store, "--server", base, "--user", "op.bangsal",
                    "--no-keychain"]
            run(sync, OPERATOR_PASSWORD + "\n")
            options = webdriver.ChromeOptions()
            options.binary_location = "/usr/bin/chromium"
            for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=id-ID",
                        f"--user-data-dir={os.path.join(tmp, 'chromium')}"):
                options.add_argument(arg)
            options.add_experimental_option("prefs", {"intl.accept_languages": "id-ID,id"})
            driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
            driver.set_window_size(1366, 768)
            driver.implicitly_wait(5)
            browse(driver, base, shots)
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            check(not errors, f"no errors in the browser console ({errors})")
            # The rejection reaches the village at its next sync.
            run(sync, OPERATOR_PASSWORD + "\n")
            with sqlite3.connect(store) as db:
                rows = db.execute("SELECT state FROM change_request WHERE uuid = ?",
                                  (browse.rejected,)).fetchall()
            check(rows == [("dinsos_rejected",)], "the village store has the rejection")
            check_letter(driver, cli, store, tmp, base, shots, sync)
        finally:
            if driver:
                driver.quit()
            server.terminate()
            server.wait(10)


def browse(driver, base, shots):
    def shot(name):
        driver.save_screenshot(os.path.join(shots, f"console-{name}.png"))

    def follow(element, fragment):
        """Clicks and waits until the browser is on a page whose address has `fragment`."""
        element.click()
        try:
            WebDriverWait(driver, 10).until(expected_conditions.url_contains(fragment))
        except Exception:  # the check below says where it is instead
            pass

    driver.get(base + "/console/queue")
    check(driver.current_url.endswith("/console/login"), "the queue asks for a sign-in first")
    shot("masuk")
    driver.find_element(By.ID, "username").send_keys("dinsos.kediri")
    driver.find_element(By.ID, "password").send_keys(SUPERVISOR_PASSWORD)
    follow(driver.find_element(By.ID, "sign-in"), "/console/queue")
    check(driver.current_url.endswith("/console/queue"), "signed in, on the queue")
    cookie = driver.get_cookie("tepat_console")
    check(cookie and cookie["httpOnly"] and cookie.get("sameSite") == "Strict",
          "the session cookie is HttpOnly and SameSite=Strict")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.queue tbody tr")
    check(len(rows) == 3, "three requests in the queue")
    shot("antrean")
    # The correction: old -> new per field and its photo.
    correction = [r for r in rows if "Perbaikan data" in r.text][0]
    follow(correction.find_element(By.TAG_NAME, "a"), "/console/requests/")
    key = driver.current_url.rsplit("/", 1)[1]
    check(driver.find_elements(By.CSS_SELECTOR, "table.changes td.new"), "the changes are shown")
    image = driver.find_element(By.CSS_SELECTOR, ".photos img")
    check(driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0",
                                image), "the house photo is loaded through the session")
    shot("usulan")
    photo_url = image.get_attribute("src")
    image.click()  # opens the full size in a new tab
    driver.switch_to.window(driver.window_handles[-1])
    check(driver.current_url == photo_url, "a click opens the photo at full size")
    shot("foto")
    driver.close()
    driver.switch_to.window(driver.window_handles[0])
    # A rejection needs a reason; then it is recorded.
    Select(driver.find_element(By.ID, "reason")).select_by_value("reason.photo_mismatch")
    driver.find_element(By.ID, "reason_text").send_keys("Rumah di foto bukan di RT 003")
    follow(driver.find_element(By.ID, "do-reject"), "?done=")
    check("?done=dinsos_rejected" in driver.current_url,
          f"rejected, back on the request ({driver.current_url})")
    check("Foto rumah tidak sesuai alamat: Rumah di foto bukan di RT 003"
          in driver.find_element(By.ID, "history").text, "the reason is in the history")
    shot("ditolak")
    follow(driver.find_element(By.LINK_TEXT, "Ringkasan per kelurahan/desa"), "/console/summary")
    check(VILLAGE in driver.find_element(By.CSS_SELECTOR, "table.summary").text,
          "the summary lists the village")
    shot("ringkasan")
    follow(driver.find_element(By.CSS_SELECTOR, "a.lang"), "/console/queue")
    check("Request queue" in driver.page_source, "the switch shows the console in English")
    shot("queue-en")
    follow(driver.find_element(By.CSS_SELECTOR, "a.lang"), "/console/queue")
    check("Antrean usulan" in driver.page_source, "and back in Indonesian")
    follow(driver.find_element(By.CSS_SELECTOR, ".who button"), "/console/login")
    check(driver.current_url.endswith("/console/login"), "signed out")
    driver.get(base + "/console/queue")
    check(driver.current_url.endswith("/console/login"), "signed out for good")
    browse.rejected = key


def check_letter(driver, cli, store, tmp, base, shots, sync):
    """A printed letter's QR code opens the public check, which answers genuine (the village's
    signing key, made with its first letter, reaches the server at the next sync)."""
    with sqlite3.connect(store) as db:
        person, nik, name = db.execute(
            "SELECT id, nik, name FROM person WHERE nik IS NOT NULL AND nik <> '' "
            "ORDER BY pk LIMIT 1").fetchone()
    pdf = os.path.join(tmp, "surat.pdf")
    run([cli, "letter", "--db", store, "--person", person, "--out", pdf])
    run(sync, OPERATOR_PASSWORD + "\n")
    page = os.path.join(tmp, "surat")
    run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", pdf, page])
    image = [f for f in os.listdir(tmp) if f.startswith("surat") and f.endswith(".png")][0]
    link = run(["zbarimg", "--quiet", "--raw", os.path.join(tmp, image)]).strip()
    check(link.startswith(base + "/v/"), f"the QR code carries the check's link ({link[:40]}…)")
    check(nik not in link, "the link carries no NIK in the clear")
    driver.get(link)
    driver.save_screenshot(os.path.join(shots, "letter-check.png"))
    verdict = driver.find_element(By.CSS_SELECTOR, "p.verdict")
    check("verdict-genuine" in verdict.get_attribute("class") and verdict.text == "ASLI",
          f"the letter check says ASLI ({verdict.get_attribute('class')}: {verdict.text})")
    details = driver.find_element(By.TAG_NAME, "dl").text
    check("Bangsal" in details or VILLAGE in details, "the village is named")
    masked = details.splitlines()[-1]
    check(masked[0] == name[0] and "*" in masked and name not in details,
          f"the name is shown partly masked ({masked})")
    check(nik not in driver.page_source, "the page never shows the NIK")


if __name__ == "__main__":
    main()
