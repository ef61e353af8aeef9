"""`evidence init`: a starter configuration and baseline in a folder of the user's choice."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pipeline.config import DEFAULT_CONFIG_NAME
from pipeline.errors import ConfigError
from pipeline.paths import config_template, default_baseline_dir


def write_starter_config(directory: Path, *, email: str | None = None, force: bool = False) -> Path:
    """Write `config.toml` (commented defaults) and `db/baseline/` into `directory`."""
    directory = Path(directory)
    target = directory / DEFAULT_CONFIG_NAME
    if target.exists() and not force:
        raise ConfigError(f"{target}: already exists; pass --force to overwrite it")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        text = config_template().read_text(encoding="utf-8")
        if email:
            if "@" not in email or '"' in email:
                raise ConfigError(f"--email: {email!r} is not an e-mail address")
            text = re.sub(r'(?m)^email = ".*"$', f'email = "{email}"', text, count=1)
        target.write_text(text, encoding="utf-8")
        baseline_target = directory / "db" / "baseline"
        baseline_target.mkdir(parents=True, exist_ok=True)
        for source in default_baseline_dir().iterdir():
            destination = baseline_target / source.name
            if source.is_file() and (force or not destination.exists()):
                shutil.copyfile(source, destination)
    except OSError as exc:
        raise ConfigError(f"{directory}: cannot write the starter configuration ({exc.strerror})") from None
    return target
