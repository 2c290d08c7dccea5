import hashlib
import os
import subprocess

from flask import Flask, request, send_from_directory

app = Flask(__name__)
EXPORT_DIR = os.environ.get("EXPORT_DIR", "/var/exports")


@app.route("/exports/<name>")
def download(name):
    return send_from_directory(EXPORT_DIR, name)


@app.route("/exports", methods=["POST"])
def export():
    month = int(request.form["month"])
    digest = hashlib.sha256(str(month).encode()).hexdigest()
    subprocess.run(["/usr/local/bin/export-orders", "--month", str(month), "--tag", digest], check=True)
    return {"month": month, "tag": digest}
