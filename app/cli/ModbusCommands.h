#pragma once

#include <QStringList>

namespace wh::cli {

// `wh modbus SUBCOMMAND ...`: Modbus counters and gauges.
//
//   wh modbus poll --config MAP.json [--db STORE] [--device ID] [--count N] [--log-level LEVEL] [--lang
//   ja|en]
//       Polls the registers of a register map (drivers/ModbusConfig.h documents the JSON) and prints
//       one tab-separated line per register and round, in the map's order: round, register, kind,
//       value (with its unit), raw integer, registers as read (hex), and with --db what the read
//       booked ("baseline", "unchanged", "+N units (advanced|wrapped|reset)", "0 units (jump)").
//       A register that could not be read is a line on stderr (the reason, the raw PDU) and the others
//       go on. With --db the counters' moves become units events (db/ModbusCounterRecorder) recorded
//       at --device (default: the first counter's site's manager station) and derived into the units
//       table after each round; gauges are printed, not stored. The store's device log keeps each
//       failed read with what came back (an exception's PDU), each counter reset or jump with the
//       registers as read, and each lost or refused connection. --count N stops after N rounds (an
//       attempt to connect that fails counts as a round); without it, polling goes on until the
//       program is stopped.
//   wh modbus simulate [--port P] [--tick-ms N] [--seconds S] [--site S --activity A]
//       Runs the Modbus TCP simulator (drivers/ModbusSimulator.h: a conveyor's counters and gauges)
//       on 127.0.0.1, prints "listening HOST:PORT" and then a register map for it, and serves until
//       stopped (or for S seconds).
//
// Returns the process exit code: 0 success (every register read every round), 1 when a read, a
// connection or the store failed, 2 usage error.
int runModbus(const QStringList &arguments);

// Whether the command line is `wh modbus ...`.
bool isModbusCommand(const QStringList &arguments);

} // namespace wh::cli
