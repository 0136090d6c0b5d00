#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace wh::logging {

namespace {
std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::info;

std::vector<spdlog::sink_ptr> &sinks()
{
    if (g_sinks.empty())
        g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    return g_sinks;
}

// Qt's warnings that only say the machine lacks something the programs cope without (no sound
// server: the handheld's scan feedback is silent and says so itself). Logged as information, so a
// warning in the log still means something went wrong.
bool isEnvironmentNotice(const QString &message)
{
    return message.startsWith(QLatin1String("PulseAudioService: pa_context_connect() failed"));
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static auto qt = get("qt");
    const QByteArray text = message.toUtf8();
    const char *category = context.category ? context.category : "default";
    if (type == QtWarningMsg && isEnvironmentNotice(message))
        type = QtInfoMsg;
    switch (type) {
    case QtDebugMsg: qt->debug("[{}] {}", category, text.constData()); break;
    case QtInfoMsg: qt->info("[{}] {}", category, text.constData()); break;
    case QtWarningMsg: qt->warn("[{}] {}", category, text.constData()); break;
    case QtCriticalMsg: qt->error("[{}] {}", category, text.constData()); break;
    case QtFatalMsg:
        qt->critical("[{}] {}", category, text.constData());
        qt->flush();
        std::abort();
    }
}
} // namespace

std::optional<spdlog::level::level_enum> parseLevel(const QString &name)
{
    static const std::pair<const char *, spdlog::level::level_enum> levels[] = {
        {"trace", spdlog::level::trace},       {"debug", spdlog::level::debug},
        {"info", spdlog::level::info},         {"warn", spdlog::level::warn},
        {"warning", spdlog::level::warn},      {"error", spdlog::level::err},
        {"critical", spdlog::level::critical}, {"off", spdlog::level::off},
    };
    for (const auto &[n, level] : levels)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return level;
    return std::nullopt;
}

Status init(const Options &options)
{
    const auto level = parseLevel(options.level);
    if (!level)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown log level"), options.level);

    std::vector<spdlog::sink_ptr> newSinks;
    newSinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!options.logFile.isEmpty()) {
        QDir().mkpath(QFileInfo(options.logFile).absolutePath());
        try {
            newSinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.logFile.toStdString(), options.maxFileBytes, options.maxFiles));
        } catch (const spdlog::spdlog_ex &e) {
            return Error(ErrorCode::Io,
                         QStringLiteral("cannot open the log file: %1").arg(QString::fromUtf8(e.what())),
                         options.logFile);
        }
    }
    {
        std::lock_guard lock(g_mutex);
        g_sinks = std::move(newSinks);
        g_level = *level;
        spdlog::drop_all();
    }
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%n] %v");
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageHandler);
    get("app")->debug("logging started for {} at level {}", options.program.toStdString(),
                      options.level.toStdString());
    return {};
}

std::shared_ptr<spdlog::logger> get(const char *name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto &s = sinks();
    auto logger = std::make_shared<spdlog::logger>(name, s.begin(), s.end());
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

QString defaultLogFile(const QString &program)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + QStringLiteral("/wh/logs/") + program + QStringLiteral(".log");
}

} // namespace wh::logging
