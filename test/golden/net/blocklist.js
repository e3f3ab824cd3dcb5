'use strict';
// net.BlockList and net.SocketAddress: rules and their order, checks across
// IPv4, IPv6 and IPv4-mapped addresses, errors, inspect and toJSON (node 20's output).
const net=require('net'); const util=require('util');
const b=new net.BlockList(); b.addAddress('1.2.3.4'); b.addRange('10.0.0.1','10.0.0.10'); b.addSubnet('192.168.0.0',24); b.addAddress('::1','ipv6'); b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
console.log(b.rules);
console.log(b.check('1.2.3.4'), b.check('10.0.0.5'), b.check('10.0.0.11'), b.check('192.168.0.200'), b.check('::1','ipv6'), b.check('::ffff:1.2.3.4','ipv6'), b.check('::ffff:10.0.0.3','ipv6'), b.check('8592:757c:efae:4e45::f','ipv6'), b.check('1.2.3.4','ipv6'));
try{b.addRange('10.0.0.10','10.0.0.1')}catch(e){console.log(e.code,e.message)}
try{b.addAddress('x')}catch(e){console.log(e.code,e.message)}
try{b.addSubnet('1.2.3.4', 33)}catch(e){console.log(e.code,e.message)}
const s=new net.SocketAddress({address:'10.0.0.1', port: 80}); console.log(s.address, s.family, s.port, s.flowlabel, net.SocketAddress.isSocketAddress(s), typeof net.SocketAddress.parse);
console.log(new net.SocketAddress({family:'ipv6'}).address, new net.SocketAddress().address);
try{new net.SocketAddress({family:'x'})}catch(e){console.log(e.code,e.message)}
try{new net.SocketAddress({address:'zz'})}catch(e){console.log(e.code,e.message)}
console.log(b.check(s), typeof net.BlockList.isBlockList);
console.log(util.inspect(s), util.inspect(b));
const b1=new net.BlockList(); b1.addAddress('1.2.3.4');
console.log(b1.check('::ffff:1.2.3.4','ipv6'), b1.check('::ffff:0102:0304','ipv6'));
const b2=new net.BlockList(); b2.addAddress('::ffff:1.2.3.4','ipv6'); console.log(b2.check('1.2.3.4'), b2.check('1.2.3.4','ipv4'));
try{console.log(b1.check('x'))}catch(e){console.log(e.code)} console.log(b1.check('1.2.3.4','IPV4'));
try{b1.addAddress('1.2.3.4','x')}catch(e){console.log(e.code, e.message)}
try{b1.addAddress(5)}catch(e){console.log(e.code, e.message)}
console.log(JSON.stringify(new net.SocketAddress({address:'::1', family:'ipv6', port: 8, flowlabel: 3})));
