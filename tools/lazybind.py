#!/usr/bin/env python3
"""Let the dynamic loader bind libnode's functions lazily.

Debian links libnode.so.108 with -z now (BIND_NOW) and full RELRO: at every
start the loader resolves all ~60,000 of its symbols, about 7 ms before main()
even on this fast machine, though a program calls a few hundred of them. This
rewrites the unpacked copy under deps/prefix (never the system's) to what a
default -z relro link produces:
  - DT_FLAGS BIND_NOW and DT_FLAGS_1 NOW are cleared, so PLT slots (already
    laid out for lazy binding: PLT0 plus one stub per slot) resolve on first
    call;
  - PT_GNU_RELRO is shortened to end where .got begins, so .data.rel.ro and
    .dynamic stay read-only after start-up and only the GOT, which lazy
    binding writes, stays writable (partial RELRO).
The file is left untouched if its layout is not the expected one.
usage: lazybind.py LIBNODE.so
"""
import struct
import sys

PT_DYNAMIC, PT_GNU_RELRO = 2, 0x6474e552
DT_FLAGS, DT_FLAGS_1, DT_BIND_NOW = 30, 0x6ffffffb, 24
DF_BIND_NOW, DF_1_NOW = 0x8, 0x1


def main():
    path = sys.argv[1]
    data = bytearray(open(path, 'rb').read())
    if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
        print('lazybind: not a little-endian ELF64 file; left as is')
        return
    e_phoff, e_shoff = struct.unpack_from('<QQ', data, 0x20)
    e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx = struct.unpack_from('<HHHHH', data, 0x36)

    # Find .got from the section headers.
    shstr_off = struct.unpack_from('<Q', data, e_shoff + e_shstrndx * e_shentsize + 0x18)[0]
    got_addr = None
    for i in range(e_shnum):
        off = e_shoff + i * e_shentsize
        name_off = struct.unpack_from('<I', data, off)[0]
        end = data.index(b'\0', shstr_off + name_off)
        if data[shstr_off + name_off:end] == b'.got':
            got_addr = struct.unpack_from('<Q', data, off + 0x10)[0]
    relro = dynamic = None
    for i in range(e_phnum):
        off = e_phoff + i * e_phentsize
        p_type = struct.unpack_from('<I', data, off)[0]
        if p_type == PT_GNU_RELRO:
            relro = off
        elif p_type == PT_DYNAMIC:
            dynamic = off
    if got_addr is None or relro is None or dynamic is None:
        print('lazybind: unexpected layout; left as is')
        return
    relro_vaddr = struct.unpack_from('<Q', data, relro + 0x10)[0]
    relro_memsz = struct.unpack_from('<Q', data, relro + 0x28)[0]
    if not relro_vaddr <= got_addr <= relro_vaddr + relro_memsz:
        print('lazybind: .got is not inside RELRO; left as is')
        return
    new_size = got_addr - relro_vaddr
    struct.pack_into('<Q', data, relro + 0x20, new_size)  # p_filesz
    struct.pack_into('<Q', data, relro + 0x28, new_size)  # p_memsz

    dyn_off = struct.unpack_from('<Q', data, dynamic + 0x08)[0]
    dyn_size = struct.unpack_from('<Q', data, dynamic + 0x20)[0]
    for k in range(dyn_size // 16):
        off = dyn_off + k * 16
        tag, val = struct.unpack_from('<qQ', data, off)
        if tag == DT_FLAGS:
            struct.pack_into('<qQ', data, off, tag, val & ~DF_BIND_NOW)
        elif tag == DT_FLAGS_1:
            struct.pack_into('<qQ', data, off, tag, val & ~DF_1_NOW)
        elif tag == DT_BIND_NOW:
            raise SystemExit('lazybind: DT_BIND_NOW entry present; left as is')
        elif tag == 0:
            break
    tmp = path + '.lazybind-tmp'
    open(tmp, 'wb').write(data)
    import os
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    print('lazybind: %s binds lazily (RELRO now ends at .got)' % path)


if __name__ == '__main__':
    main()
