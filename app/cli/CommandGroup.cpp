#include "CommandGroup.h"

#include "Logging.h"
#include "ProgramSetup.h"
#include "WhCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace wh::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

bool isKnownLanguage(const QString &language)
{
    return language == QLatin1String("ja") || language == QLatin1String("en");
}

} // namespace

QString languageOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return defaultLanguage();
}

int groupUsageError(const QString &group, const QString &command, const QString &message,
                    const QCommandLineParser *parser)
{
    return usageError(command.isEmpty() ? group : group + QLatin1Char(' ') + command, message, parser);
}

std::optional<int> parseCommon(QCommandLineParser &parser, const QStringList &arguments, const QString &group,
                               const QString &command, const CommonOptions &options)
{
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  options.langHelp.isEmpty() ? tr("Language of the messages: ja or en.")
                                                             : options.langHelp,
                                  QStringLiteral("LANG"), defaultLanguage());
    parser.addOption(lang);
    std::optional<QCommandLineOption> logLevel;
    if (options.logLevel) {
        logLevel.emplace(QStringLiteral("log-level"), options.logLevel->help, QStringLiteral("LEVEL"),
                         options.logLevel->defaultLevel);
        parser.addOption(*logLevel);
    }
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return groupUsageError(group, command, parser.errorText(), &parser);
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString language = parser.value(lang);
    if (!isKnownLanguage(language))
        return groupUsageError(group, command, tr("--lang must be ja or en, not \"%1\"").arg(language));
    if (logLevel) {
        logging::Options log;
        log.program = QStringLiteral("wh");
        log.level = parser.value(*logLevel);
        if (!logging::init(log)) {
            const QString message =
                options.logLevel->badLevel.isEmpty()
                    ? tr("--log-level must be trace, debug, info, warn, error or off, not \"%1\"")
                    : options.logLevel->badLevel;
            return groupUsageError(group, command, message.arg(log.level));
        }
    }
    return std::nullopt;
}

int runCommandGroup(const QString &group, std::span<const Subcommand> table, const QStringList &arguments)
{
    // The translation first: option descriptions and messages are built in the user's language.
    const QString language = languageOf(arguments);
    if (isKnownLanguage(language))
        (void)installTranslation(*QCoreApplication::instance(), language);
    const QString sub = arguments.value(2);
    for (const Subcommand &c : table)
        if (sub == QLatin1String(c.name))
            return c.run(arguments);
    QStringList names;
    for (const Subcommand &c : table)
        names << QString::fromLatin1(c.name);
    const QString commands = names.join(QStringLiteral(", "));
    if (sub.isEmpty() || sub.startsWith(QLatin1Char('-'))) {
        const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
        std::fprintf(help ? stdout : stderr, "%s\n",
                     qPrintable(tr("usage: wh %1 COMMAND ...; the commands: %2 (wh %1 COMMAND --help)")
                                    .arg(group, commands)));
        return help ? 0 : 2;
    }
    return groupUsageError(group, QString(),
                           tr("unknown command \"%1\"; the commands: %2").arg(sub, commands));
}

} // namespace wh::cli
