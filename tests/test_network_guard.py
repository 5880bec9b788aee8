import socket

import pytest


def test_non_loopback_hosts_cannot_be_resolved() -> None:
    with pytest.raises(OSError, match="non-loopback"):
        socket.getaddrinfo("example.com", 443)
    with pytest.raises(OSError, match="non-loopback"):
        socket.getaddrinfo("8.8.8.8", 53)
    assert socket.getaddrinfo("127.0.0.1", 80)
