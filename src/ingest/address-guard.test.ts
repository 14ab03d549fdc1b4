import assert from "node:assert/strict";
import { test } from "node:test";
import { isForbiddenAddress } from "./index.ts";

test("loopback, private, link-local, metadata, multicast and mapped forms are forbidden; public addresses pass", () => {
  const forbidden = [
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::a00:1",
    "[::1]",
    "not-an-ip",
  ];
  for (const ip of forbidden) assert.equal(isForbiddenAddress(ip), true, ip);
  for (const ip of ["8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001::1"]) {
    assert.equal(isForbiddenAddress(ip), false, ip);
  }
});
