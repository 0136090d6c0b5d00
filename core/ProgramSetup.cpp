#include "ProgramSetup.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstdio>

namespace wh {

namespace {
void printError(const QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "%s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
}
} // namespace

ProgramSetup::ProgramSetup(QString program, int features, const QString &defaultLogLevel)
    : m_program(std::move(program))
    , m_features(features)
    , m_db(QStringLiteral("db"),
           QCoreApplication::translate("wh::ProgramSetup", "The store (an SQLite file)."),
           QStringLiteral("FILE"))
    , m_lang(QStringLiteral("lang"), QCoreApplication::translate("wh::ProgramSetup", "Language: ja or en."),
             QStringLiteral("LANG"), defaultLanguage())
    , m_screenshot(QStringLiteral("screenshot"),
                   QCoreApplication::translate(
                       "wh::ProgramSetup", "Render the first screen to a PNG file after loading, then exit."),
                   QStringLiteral("FILE"))
    , m_logLevel(QStringLiteral("log-level"),
                 QCoreApplication::translate("wh::ProgramSetup",
                                             "Log level: trace, debug, info, warn, error, critical or off."),
                 QStringLiteral("LEVEL"), defaultLogLevel)
    , m_logFile(QStringLiteral("log-file"),
                QCoreApplication::translate("wh::ProgramSetup", "Rotating log file (default: %1).")
                    .arg(logging::defaultLogFile(m_program)),
                QStringLiteral("FILE"), logging::defaultLogFile(m_program))
{
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    if (m_features & Database)
        m_parser.addOption(m_db);
    if (m_features & Language)
        m_parser.addOption(m_lang);
    if (m_features & Screenshot)
        m_parser.addOption(m_screenshot);
    m_parser.addOption(m_logLevel);
    if (m_features & LogFile)
        m_parser.addOption(m_logFile);
}

std::optional<int> ProgramSetup::parse(QCoreApplication &app)
{
    if (!m_parser.parse(app.arguments())) {
        printError(m_parser, m_parser.errorText());
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(m_parser.helpText()), stdout);
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(m_program), qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if ((m_features & Language) && language() != QLatin1String("ja") && language() != QLatin1String("en")) {
        printError(m_parser,
                   QStringLiteral("--lang must be ja or en, not \"%1\"").arg(m_parser.value(m_lang)));
        return 2;
    }
    logging::Options log;
    log.program = m_program;
    log.level = m_parser.value(m_logLevel);
    if (!logging::parseLevel(log.level)) {
        printError(m_parser, QStringLiteral("unknown log level \"%1\"").arg(log.level));
        return 2;
    }
    // Screenshot runs are one-shot checks: they leave no log file behind.
    if ((m_features & LogFile) && screenshotPath().isEmpty())
        log.logFile = m_parser.value(m_logFile);
    if (auto status = logging::init(log); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
        return 1;
    }
    if (m_features & Language) {
        if (auto status = installTranslation(app, language()); !status)
            logging::get("app")->warn("{}", status.error().toString().toStdString());
    }
    return std::nullopt;
}

QString ProgramSetup::databasePath() const
{
    return (m_features & Database) ? m_parser.value(m_db) : QString();
}

QString ProgramSetup::language() const
{
    return (m_features & Language) ? m_parser.value(m_lang) : QStringLiteral("en");
}

QString ProgramSetup::screenshotPath() const
{
    return (m_features & Screenshot) ? m_parser.value(m_screenshot) : QString();
}

Status installTranslation(QCoreApplication &app, const QString &language)
{
    // The .qm files are compiled into every program under :/i18n (see translations/).
    auto *translator = new QTranslator(&app);
    const QString file = QStringLiteral(":/i18n/wh_%1.qm").arg(language);
    if (!translator->load(file)) {
        delete translator;
        return Error(ErrorCode::NotFound, QStringLiteral("translation not built into the program"), file);
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own texts (the standard buttons: Cancel, Close, OK...) from Qt's translations
    // (Debian's qt6-translations-l10n); without them those stay English, nothing else changes.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return {};
}

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

} // namespace wh
