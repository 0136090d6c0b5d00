#!/usr/bin/python3
"""An outside Modbus TCP peer for tst_modbuspymodbus: Debian's pymodbus (python3-pymodbus 3.0) serving
known registers on a loopback port, so the Qt client is checked against a Modbus stack other than Qt's.

Run with Debian's interpreter (/usr/bin/python3: a pyenv python does not see Debian's packages):

    /usr/bin/python3 modbus_peer.py [--host 127.0.0.1] [--port 0]

Port 0 picks a free port. Once the server accepts connections it prints "listening PORT" (one line,
flushed). Commands on stdin, one per line, each answered by one line on stdout:
    tick                       the counters advance once          -> "ok tick N"
    set TABLE ADDRESS VALUE    TABLE h or i, VALUE a 16-bit word  -> "ok set"
    quit                       stop                               -> "ok quit"

Unit 1 (addresses as sent, zero-based; 100 holding and 100 input registers, so address 100 and up
get exception 2, illegal data address; other unit ids get no answer at all, a timeout):
    holding 0-1  uint32 high word first  counter, 70000, +3 per tick (a value past 16 bits)
    holding 2    uint16                  counter, 65530, +4 per tick (wraps to 2 on the second tick)
    holding 4-5  int32 low word first    654321 (devices.md: 6543.21 with 2 decimals)
    holding 6    int16                   -1234 (a signed gauge: -123.4 with 1 decimal)
    input 0      int16                   -5
    input 1-2    uint32 high word first  4294967295 (the top of 32 bits)
"""

import argparse
import asyncio
import sys
import threading

try:
    from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
    from pymodbus.server.async_io import ModbusTcpServer
except ImportError as error:  # the test checks the import first; this says why when run by hand
    print(f"modbus_peer: pymodbus is not importable: {error}", file=sys.stderr, flush=True)
    sys.exit(3)

SIZE = 100


def words32(value, high_first):
    value &= 0xFFFFFFFF
    high, low = value >> 16, value & 0xFFFF
    return [high, low] if high_first else [low, high]


def word16(value):
    return value & 0xFFFF


class Registers:
    def __init__(self):
        self.holding = ModbusSequentialDataBlock(0, [0] * SIZE)
        self.input = ModbusSequentialDataBlock(0, [0] * SIZE)
        self.ticks = 0
        self.outfeed = 70000
        self.infeed = 65530
        self.lock = threading.Lock()
        self.write_counters()
        self.holding.setValues(4, words32(654321, high_first=False))
        self.holding.setValues(6, [word16(-1234)])
        self.input.setValues(0, [word16(-5)])
        self.input.setValues(1, words32(4294967295, high_first=True))

    def write_counters(self):
        self.holding.setValues(0, words32(self.outfeed, high_first=True))
        self.holding.setValues(2, [word16(self.infeed)])

    def tick(self):
        with self.lock:
            self.ticks += 1
            self.outfeed = (self.outfeed + 3) & 0xFFFFFFFF
            self.infeed = (self.infeed + 4) & 0xFFFF
            self.write_counters()
            return self.ticks


def serve_commands(registers, loop, stop):
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "tick":
            print(f"ok tick {registers.tick()}", flush=True)
        elif words[0] == "set" and len(words) == 4 and words[1] in ("h", "i"):
            block = registers.holding if words[1] == "h" else registers.input
            block.setValues(int(words[2]), [word16(int(words[3]))])
            print("ok set", flush=True)
        elif words[0] == "quit":
            print("ok quit", flush=True)
            break
        else:
            print(f"error unknown command: {line.strip()}", flush=True)
    # stdin closed (the test ended) or quit: stop serving.
    loop.call_soon_threadsafe(stop.set)


async def main():
    parser = argparse.ArgumentParser(description="pymodbus peer for the Modbus tests")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    registers = Registers()
    unit = ModbusSlaveContext(hr=registers.holding, ir=registers.input, zero_mode=True)
    context = ModbusServerContext(slaves={1: unit}, single=False)
    # Reuse: a peer started again on the port of one just stopped binds despite TIME_WAIT.
    server = ModbusTcpServer(
        context, address=(args.host, args.port), ignore_missing_slaves=True, allow_reuse_address=True
    )
    serving = asyncio.ensure_future(server.serve_forever())
    await server.serving
    port = server.server.sockets[0].getsockname()[1]
    print(f"listening {port}", flush=True)

    stop = asyncio.Event()
    threading.Thread(target=serve_commands, args=(registers, asyncio.get_running_loop(), stop), daemon=True).start()
    await stop.wait()
    await server.server_close()
    serving.cancel()


if __name__ == "__main__":
    asyncio.run(main())
