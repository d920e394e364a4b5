"""A TCP proxy that adds a fixed delay to every message from the client to the server, so each
round trip of the PostgreSQL protocol costs that much more: the office network between a
workstation and the server, on one machine, without root (no tc netem, no namespace).

    with LatencyProxy(target_socket_or_host_port, delay_s=0.005) as proxy:
        url = f"postgresql+psycopg://user@127.0.0.1:{proxy.port}/db"

Only the client-to-server direction is delayed: a query and its answer are one round trip, and
a server's answer arrives in several packets that must not each wait.
"""

from __future__ import annotations

import asyncio
import threading
from contextlib import suppress


class LatencyProxy:
    def __init__(self, unix_socket: str | None = None, host: str | None = None,
                 port: int | None = None, delay_s: float = 0.005) -> None:
        self.unix_socket, self.host, self.target_port = unix_socket, host, port
        self.delay_s = delay_s
        self.port = 0
        self.round_trips = 0  # client messages forwarded (each one waited delay_s)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="latencia", daemon=True)
        self._server: asyncio.base_events.Server | None = None

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        self._ready.wait(10)
        if not self.port:
            raise RuntimeError("the latency proxy did not start")
        return self

    def __exit__(self, *_exc) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            with suppress(Exception):
                self._loop.run_until_complete(self._server.wait_closed())
            self._loop.close()

    async def _open_target(self):
        if self.unix_socket:
            return await asyncio.open_unix_connection(self.unix_socket)
        return await asyncio.open_connection(self.host, self.target_port)

    async def _handle(self, client_reader, client_writer) -> None:
        try:
            server_reader, server_writer = await self._open_target()
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(self._pump(client_reader, server_writer, self.delay_s),
                             self._pump(server_reader, client_writer, 0.0),
                             return_exceptions=True)

    async def _pump(self, reader, writer, delay: float) -> None:
        try:
            while data := await reader.read(65536):
                if delay:
                    self.round_trips += 1
                    await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
        finally:
            with suppress(Exception):
                writer.close()
