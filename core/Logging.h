#pragma once

#include "Result.h"

#include <QString>

#include <spdlog/logger.h>

#include <memory>
#include <optional>

namespace wh::logging {

// One named spdlog logger per library ("core", "db", "drivers", "reports", "app", "handheld"),
// all writing to the same sinks. Qt's own messages (qDebug, qWarning, ...) go to the "qt" logger.
struct Options {
    QString program; // name shown in the log file
    QString level = QStringLiteral("info");
    QString logFile; // empty: stderr only; else also a rotating file
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 5;
};

// Sets up the sinks and routes Qt's messages. Call once from main(), before threads start.
Status init(const Options &options);

// The logger called `name`, created on first use with the shared sinks. Thread-safe.
std::shared_ptr<spdlog::logger> get(const char *name);

// "trace", "debug", "info", "warn", "error", "critical", "off"; nullopt for anything else.
std::optional<spdlog::level::level_enum> parseLevel(const QString &name);

// Where kiosk and handheld keep their rotating log: <app data>/logs/<program>.log
QString defaultLogFile(const QString &program);

} // namespace wh::logging
