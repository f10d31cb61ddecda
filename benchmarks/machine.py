"""Where and when a result was measured: speeds mean nothing without it."""

from __future__ import annotations

import os
import platform
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def dist_version(dist: str) -> str:
    """Installed version of a distribution, or "?" when it is not installed."""
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def cpu_model() -> str:
    """CPU model name from /proc/cpuinfo (Linux), else the platform's guess."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info() -> dict[str, str | int]:
    """Date (UTC), core count, CPU model and Python version."""
    return {
        "date": datetime.now(timezone.utc).strftime("%a %b %d %H:%M:%S UTC %Y"),
        "nproc": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count() or 0,
        "cpu": cpu_model(),
        "python": platform.python_version(),
    }
