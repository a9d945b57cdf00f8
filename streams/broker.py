"""The embedded Kafka-protocol broker (noida-db) for laptops, tests and CI.

``EmbeddedBroker`` starts ``noida-db --only kafka`` on a free loopback port with
its own data directory, waits until it answers Kafka requests, and stops it on
exit. Data stays on disk, so a broker restarted on the same directory keeps its
topics and committed offsets.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path
from types import TracebackType


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the process that started the broker dies.

    Without it a test run or ``newswire run`` killed hard would leave its
    broker running (Linux only; elsewhere a no-op).
    """
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


class BrokerError(RuntimeError):
    """The embedded broker could not be started or did not become ready."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def noida_binary() -> Path:
    """Path of the noida-db binary shipped inside the ``noida-db`` wheel."""
    try:
        path = Path(str(files("noida_db").joinpath("noida-db")))
    except ModuleNotFoundError as exc:
        raise BrokerError("the 'noida-db' package is not installed (pip install noida-db)") from exc
    if not path.is_file():
        found = shutil.which("noida-db")
        raise BrokerError(
            f"noida-db binary missing at {path}" + (f" (a launcher is at {found})" if found else "")
        )
    if not os.access(path, os.X_OK):
        path.chmod(0o755)
    return path


def _kafka_ready(host: str, port: int) -> bool:
    """True once the port answers an ApiVersions request (not merely accepts TCP)."""
    # ApiVersions v0, correlation id 1, client id "nw": the smallest valid request.
    body = b"\x00\x12\x00\x00\x00\x00\x00\x01\x00\x02nw"
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            sock.sendall(len(body).to_bytes(4, "big") + body)
            head = sock.recv(8)
            return len(head) == 8 and head[4:8] == b"\x00\x00\x00\x01"
    except OSError:
        return False


class EmbeddedBroker:
    """A noida-db process serving Kafka on ``127.0.0.1:port``."""

    def __init__(
        self,
        port: int | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        host: str = "127.0.0.1",
        log_path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self._own_dir = data_dir is None
        self.data_dir = (
            Path(data_dir) if data_dir else Path(tempfile.mkdtemp(prefix="newswire-broker-"))
        )
        self.log_path = Path(log_path) if log_path else self.data_dir / "broker.log"
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"kafka://{self.host}:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        """The broker process id while it runs (the benchmark reads its CPU time)."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def start(self, timeout_s: float = 30.0) -> EmbeddedBroker:
        if self.running:
            return self
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = [
            str(noida_binary()),
            "start",
            "--only",
            "kafka",
            "--host",
            self.host,
            "--kafka-port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
        ]
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child process
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        except OSError as exc:
            raise BrokerError(f"cannot start {cmd[0]}: {exc}") from exc
        finally:
            log.close()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                tail = self.log_path.read_text(errors="replace")[-2000:]
                raise BrokerError(f"noida-db exited with {self._proc.returncode}:\n{tail}")
            if _kafka_ready(self.host, self.port):
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(
            f"noida-db did not accept Kafka connections on {self.bootstrap} in {timeout_s}s"
        )

    def stop(self, timeout_s: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def kill(self) -> None:
        """SIGKILL, as a crash would."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()

    def cleanup(self) -> None:
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cleanup()


def main_foreground(port: int | None, data_dir: str | None) -> int:
    """``newswire broker``: run until Ctrl-C, print the URL once ready."""
    broker = EmbeddedBroker(port=port, data_dir=data_dir or ".newswire/broker")
    broker.start()
    print(broker.url, flush=True)
    print(f"data dir: {broker.data_dir}  (Ctrl-C stops it)", file=sys.stderr, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        while broker.running:
            time.sleep(0.5)
    broker.stop()
    return 0
