#!/usr/bin/env python3
"""A tiny authoritative DNS responder for the dns.resolve* shell tests.

Listens on UDP 127.0.0.1 at a free port (and TCP on the same port, for
answers over 512 bytes, which UDP gets truncated), prints the port on stdout
(one line) and answers from the canned zone below until killed. Special names:
  servfail.test  -> SERVFAIL        refused.test -> REFUSED
  big.test       -> truncated over UDP, whole over TCP
  timeout.test   -> never answered  empty.test   -> NOERROR, no records
  anything not in the zone -> NXDOMAIN
Names are matched case-insensitively; answers use uncompressed names.
"""
import select
import socket
import struct
import sys
import threading

A, NS, CNAME, SOA, PTR, MX, TXT, AAAA, SRV, NAPTR, OPT, ANY, CAA = (
    1, 2, 5, 6, 12, 15, 16, 28, 33, 35, 41, 255, 257)


def name(n):
    out = b''
    for label in n.rstrip('.').split('.'):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b'\0'


def charstr(s):
    b = s.encode()
    return bytes([len(b)]) + b


def ipv4(s):
    return socket.inet_pton(socket.AF_INET, s)


def ipv6(s):
    return socket.inet_pton(socket.AF_INET6, s)


def soa(mname, rname, serial, refresh, retry, expire, minimum):
    return name(mname) + name(rname) + struct.pack('!IIIII', serial, refresh, retry, expire,
                                                   minimum)


def caa(flags, tag, value):
    return bytes([flags, len(tag)]) + tag.encode() + value.encode()


def naptr(order, pref, flags, service, regexp, replacement):
    return (struct.pack('!HH', order, pref) + charstr(flags) + charstr(service) +
            charstr(regexp) + name(replacement))


CNAMES = {'cname.test': 'a.test', 'anycname.test': 'c.test'}
# name -> list of (type, ttl, rdata)
ZONE = {
    'a.test': [(A, 300, ipv4('1.2.3.4')), (A, 60, ipv4('5.6.7.8')),
               (AAAA, 120, ipv6('2001:db8::1')), (AAAA, 30, ipv6('::1'))],
    'cname.test': [(CNAME, 100, name(CNAMES['cname.test']))],
    'mx.test': [(MX, 50, struct.pack('!H', 10) + name('mail1.test')),
                (MX, 50, struct.pack('!H', 20) + name('mail2.test'))],
    'ns.test': [(NS, 50, name('ns1.test')), (NS, 50, name('ns2.test'))],
    'txt.test': [(TXT, 50, charstr('v=spf1') + charstr(' -all')),
                 (TXT, 50, charstr('hello world'))],
    'srv.test': [(SRV, 50, struct.pack('!HHH', 10, 5, 5060) + name('sip.test')),
                 (SRV, 50, struct.pack('!HHH', 20, 0, 5061) + name('sip2.test'))],
    'ptr.test': [(PTR, 50, name('target.test'))],
    '4.3.2.1.in-addr.arpa': [(PTR, 50, name('host.test'))],
    '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa':
        [(PTR, 50, name('host6.test'))],
    '8.7.6.5.in-addr.arpa': [(PTR, 50, name('one.test')), (PTR, 50, name('two.test'))],
    'soa.test': [(SOA, 50, soa('ns1.test', 'hostmaster.test', 2024010101, 7200, 3600,
                              1209600, 300))],
    'caa.test': [(CAA, 50, caa(0, 'issue', 'ca.example.net')),
                 (CAA, 50, caa(128, 'iodef', 'mailto:sec@caa.test'))],
    'naptr.test': [(NAPTR, 50, naptr(100, 10, 'S', 'SIP+D2U', '', '_sip._udp.test')),
                   (NAPTR, 50, naptr(102, 20, 'U', 'E2U+sip', '!^.*$!sip:a@b!', ''))],
    'any.test': [(A, 11, ipv4('10.0.0.1')), (AAAA, 12, ipv6('fe80::2')),
                 (MX, 13, struct.pack('!H', 5) + name('mx.any.test')),
                 (NS, 14, name('ns.any.test')),
                 (TXT, 15, charstr('any text')),
                 (SRV, 16, struct.pack('!HHH', 1, 2, 3) + name('srv.any.test')),
                 (SOA, 17, soa('ns.any.test', 'root.any.test', 7, 8, 9, 10, 11)),
                 (CAA, 18, caa(0, 'issue', 'any.ca')),
                 (NAPTR, 19, naptr(1, 2, 'A', 'svc', '', 'r.any.test'))],
    # every type, in the reverse of node's result order
    'any2.test': [(CAA, 1, caa(0, 'issue', 'x.ca')), (SOA, 2, soa('a.test', 'b.test', 1, 2, 3, 4, 5)),
                  (NAPTR, 3, naptr(1, 1, 'S', 's', '', 'n.test')), (PTR, 4, name('p.test')),
                  (SRV, 5, struct.pack('!HHH', 0, 0, 1) + name('s.test')),
                  (TXT, 6, charstr('t')), (NS, 7, name('n.test')),
                  (MX, 8, struct.pack('!H', 1) + name('m.test')),
                  (AAAA, 10, ipv6('::2')), (A, 11, ipv4('127.0.0.2'))],
    'anycname.test': [(CNAME, 9, name(CNAMES['anycname.test']))],
    # 30 TXT records: over 512 bytes, so only TCP gets them
    'big.test': [(TXT, 5, charstr('record %02d ' % i + 'x' * 20)) for i in range(30)],
    'empty.test': [],
}


def parse_question(msg):
    pos = 12
    labels = []
    while True:
        n = msg[pos]
        pos += 1
        if n == 0:
            break
        labels.append(msg[pos:pos + n].decode('latin-1'))
        pos += n
    qtype, qclass = struct.unpack('!HH', msg[pos:pos + 4])
    return '.'.join(labels), qtype, msg[12:pos + 4]


def answer(msg):
    qid, flags, qdcount = struct.unpack('!HHH', msg[:6])
    if qdcount != 1:
        return None
    qname, qtype, question = parse_question(msg)
    key = qname.lower()
    rcode = 0
    records = []
    if key == 'timeout.test':
        return None
    if key == 'servfail.test':
        rcode = 2
    elif key == 'refused.test':
        rcode = 5
    elif key not in ZONE:
        rcode = 3
    else:
        rrs = ZONE[key]
        records = [(qname,) + r for r in rrs if qtype in (ANY, r[0])]
        if not records and key in CNAMES:
            # Follow the CNAME inside the zone, as a recursive server would.
            target = CNAMES[key]
            records = [(qname,) + r for r in rrs if r[0] == CNAME] + [
                (target,) + r for r in ZONE.get(target, []) if r[0] == qtype]
    rflags = 0x8000 | (flags & 0x7800) | 0x0400 | (flags & 0x0100) | 0x0080 | rcode
    out = struct.pack('!HHHHHH', qid, rflags, 1, len(records), 0, 0) + question
    for owner, rtype, ttl, rdata in records:
        out += name(owner) + struct.pack('!HHIH', rtype, 1, ttl, len(rdata)) + rdata
    return out


def serve_tcp(conn):
    # One connection: 2-byte length-prefixed queries until the client closes.
    with conn:
        buf = b''
        while True:
            data = conn.recv(4096)
            if not data:
                return
            buf += data
            while len(buf) >= 2 and len(buf) >= 2 + struct.unpack('!H', buf[:2])[0]:
                n = struct.unpack('!H', buf[:2])[0]
                msg, buf = buf[2:2 + n], buf[2 + n:]
                reply = answer(msg)
                if reply is not None:
                    conn.sendall(struct.pack('!H', len(reply)) + reply)


def bind_pair():
    # UDP and TCP on the same free port (TCP serves truncated answers).
    for _ in range(50):
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(('127.0.0.1', 0))
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            tcp.bind(('127.0.0.1', udp.getsockname()[1]))
        except OSError:
            udp.close()
            tcp.close()
            continue
        tcp.listen(16)
        return udp, tcp
    raise SystemExit('dns-responder: no free port')


def main():
    udp, tcp = bind_pair()
    print(udp.getsockname()[1], flush=True)
    while True:
        readable, _, _ = select.select([udp, tcp], [], [])
        if tcp in readable:
            conn, _ = tcp.accept()
            threading.Thread(target=serve_tcp, args=(conn,), daemon=True).start()
        if udp not in readable:
            continue
        msg, peer = udp.recvfrom(4096)
        try:
            reply = answer(msg)
        except Exception as e:  # a malformed query: drop it
            print('dns-responder: %r' % e, file=sys.stderr)
            continue
        if reply is not None:
            if len(reply) > 512:
                # Too big for UDP: the question alone, with TC set.
                qid, flags = struct.unpack('!HH', reply[:4])
                question = parse_question(msg)[2]
                reply = struct.pack('!HHHHHH', qid, flags | 0x0200, 1, 0, 0, 0) + question
            udp.sendto(reply, peer)


if __name__ == '__main__':
    main()
