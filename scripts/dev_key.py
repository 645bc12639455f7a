"""Create the development encryption key once (an ignored local file); never used in production."""

from __future__ import annotations

from pathlib import Path

from cryptography.fernet import Fernet

KEY_FILE = Path(__file__).resolve().parent.parent / ".notes-keys.local"

if not KEY_FILE.exists():
    KEY_FILE.write_text(Fernet.generate_key().decode() + "\n")
    KEY_FILE.chmod(0o600)
    print(f"Created a development encryption key in {KEY_FILE.name}")
