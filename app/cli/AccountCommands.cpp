#include "AccountCommands.h"

#include "Accounts.h"
#include "CommandGroup.h"
#include "Logging.h"
#include "ProgramSetup.h"
#include "Store.h"
#include "WhCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>
#include <variant>

namespace wh::cli {

namespace {

const QLatin1String kGroup("account");

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

// "wh account add: error: message (context)" on stderr; returns 1.
int failure(const QString &command, const QString &text)
{
    std::fprintf(stderr, "wh account %s: %s\n", qPrintable(command), qPrintable(tr("error: %1").arg(text)));
    std::fflush(stderr);
    return 1;
}

void writeLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

// The acting viewer of the command line: an admin, named after the operating-system user for the log.
reports::Viewer commandLineAdmin()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {QStringLiteral("wh:") + user, reports::Role::Admin, {}};
}

// What every subcommand parses: its word, NAME (unless `withName` is false), --db, --lang,
// --log-level, --help, plus `extra`. nullopt: go on; else the exit code.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                         bool withName)
{
    const QCommandLineOption db(QStringLiteral("db"), tr("The store (an SQLite file)."),
                                QStringLiteral("FILE"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("account"), tr("the command"), QStringLiteral("account"));
    parser.addPositionalArgument(command, tr("the subcommand"), command);
    if (withName)
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("the account's name"));
    CommonOptions common;
    common.logLevel =
        LogLevelOption{tr("Log level on stderr: trace, debug, info, warn (default), error, off."),
                       QStringLiteral("warn"), QString()};
    if (auto exit = parseCommon(parser, arguments, kGroup, command, common))
        return exit;
    // positional: "account", the subcommand, then NAME.
    const QStringList positional = parser.positionalArguments();
    const int expected = withName ? 3 : 2;
    if (positional.size() < expected)
        return groupUsageError(kGroup, command, tr("the account's name is needed"), &parser);
    if (positional.size() > expected)
        return groupUsageError(kGroup, command,
                               tr("unexpected argument \"%1\"").arg(positional.value(expected)), &parser);
    if (parser.value(db).isEmpty())
        return groupUsageError(kGroup, command, tr("--db FILE is needed"), &parser);
    return std::nullopt;
}

Result<std::unique_ptr<db::Store>> openExisting(const QString &path)
{
    db::Store::Options options;
    options.create = false; // an account belongs in a store that exists (wh init or wh demo makes one)
    return db::Store::open(path, options);
}

// A line typed without echo on the terminal.
std::optional<QString> askHidden(const QString &prompt)
{
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputc('\n', stderr);
    }
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
}

// The new password: the first line of `file`, else of stdin (asked twice on a terminal). The
// error is a message for the user.
Result<QString> readPassword(const QString &file)
{
    auto firstLine = [](QByteArray bytes) {
        const qsizetype end = bytes.indexOf('\n');
        if (end >= 0)
            bytes.truncate(end);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        return QString::fromUtf8(bytes);
    };
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("cannot read the password file: %1").arg(f.errorString()), file);
        return firstLine(f.read(64 * 1024));
    }
    if (isatty(STDIN_FILENO)) {
        auto first = askHidden(tr("Password: "));
        auto second = first ? askHidden(tr("Password again: ")) : std::nullopt;
        if (!first || !second)
            return Error(ErrorCode::InvalidArgument, tr("no password was typed"));
        if (*first != *second)
            return Error(ErrorCode::InvalidArgument, tr("the two passwords differ; nothing was changed"));
        return *first;
    }
    std::string line;
    if (!std::getline(std::cin, line))
        return Error(ErrorCode::InvalidArgument, tr("no password on stdin (or give --password-file FILE)"));
    return firstLine(QByteArray::fromStdString(line));
}

// The sites option as a list: "S1,S2" or "S1 S2".
QStringList sitesOf(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part;
    return out;
}

QString timeText(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QStringLiteral("-");
}

const QCommandLineOption &roleOption()
{
    static const QCommandLineOption option(QStringLiteral("role"), tr("leader, manager or admin."),
                                           QStringLiteral("ROLE"));
    return option;
}
const QCommandLineOption &sitesOption()
{
    static const QCommandLineOption option(
        QStringLiteral("sites"),
        tr("The sites of a leader or manager, comma-separated (S1,S2); an admin has every site."),
        QStringLiteral("LIST"));
    return option;
}
const QCommandLineOption &passwordFileOption()
{
    static const QCommandLineOption option(
        QStringLiteral("password-file"),
        tr("Read the password from the first line of FILE (default: stdin)."), QStringLiteral("FILE"));
    return option;
}

// The role option, or a usage error's exit code.
std::variant<reports::Role, int> roleFrom(const QCommandLineParser &parser, const QString &command)
{
    if (!parser.isSet(roleOption()))
        return groupUsageError(kGroup, command, tr("--role leader|manager|admin is needed"), &parser);
    const auto role = reports::roleFromName(parser.value(roleOption()));
    if (!role)
        return groupUsageError(
            kGroup, command,
            tr("--role must be leader, manager or admin, not \"%1\"").arg(parser.value(roleOption())));
    if (*role != reports::Role::Admin && sitesOf(parser.value(sitesOption())).isEmpty())
        return groupUsageError(kGroup, command, tr("a leader or manager needs --sites S1[,S2...]"));
    return *role;
}

// A failure of the command; one of the store itself names the store file.
int storeFailure(const QString &command, const Error &error, const QString &path)
{
    QString text = error.toString();
    const bool aboutTheStore = error.code() != ErrorCode::InvalidArgument &&
                               error.code() != ErrorCode::NotFound && error.code() != ErrorCode::Conflict &&
                               error.code() != ErrorCode::PermissionDenied;
    if (aboutTheStore && !text.contains(path))
        text = tr("%1 (store: %2)").arg(text, path);
    return failure(command, text);
}

int cmdAdd(const QStringList &arguments)
{
    const QString command = QStringLiteral("add");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an account of the manager viewer (wh-manager)."));
    const QCommandLineOption displayName(QStringLiteral("display-name"), tr("The name shown in the program."),
                                         QStringLiteral("TEXT"));
    parser.addOptions({roleOption(), sitesOption(), passwordFileOption(), displayName});
    if (auto exit = parse(parser, arguments, command, true))
        return *exit;
    const auto role = roleFrom(parser, command);
    if (const int *exit = std::get_if<int>(&role))
        return *exit;
    const QString path = parser.value(QStringLiteral("db"));
    auto store = openExisting(path);
    if (!store)
        return storeFailure(command, store.error(), path);
    auto password = readPassword(parser.value(passwordFileOption()));
    if (!password)
        return failure(command, password.error().toString());
    reports::Accounts accounts(**store);
    const QString name = parser.positionalArguments().at(2);
    auto created =
        accounts.create(commandLineAdmin(), {name, parser.value(displayName), std::get<reports::Role>(role),
                                             sitesOf(parser.value(sitesOption())), *password});
    if (!created)
        return storeFailure(command, created.error(), path);
    writeLine(QStringLiteral("account: %1").arg(created->name));
    writeLine(QStringLiteral("role: %1").arg(reports::roleName(created->role)));
    writeLine(QStringLiteral("sites: %1")
                  .arg(created->role == reports::Role::Admin ? QStringLiteral("*")
                                                             : created->sites.join(QLatin1Char(','))));
    return 0;
}

int cmdList(const QStringList &arguments)
{
    const QString command = QStringLiteral("list");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the accounts of the manager viewer, tab-separated."));
    if (auto exit = parse(parser, arguments, command, false))
        return *exit;
    const QString path = parser.value(QStringLiteral("db"));
    auto store = openExisting(path);
    if (!store)
        return storeFailure(command, store.error(), path);
    auto all = reports::Accounts(**store).list(commandLineAdmin());
    if (!all)
        return storeFailure(command, all.error(), path);
    writeLine(QStringLiteral("name\trole\tsites\tdisplay_name\tstate\tcreated\tlast_sign_in"));
    for (const auto &a : *all) {
        writeLine(
            QStringList{a.name, reports::roleName(a.role),
                        a.role == reports::Role::Admin ? QStringLiteral("*") : a.sites.join(QLatin1Char(',')),
                        a.displayName, a.disabled() ? QStringLiteral("disabled") : QStringLiteral("active"),
                        timeText(a.createdMs), timeText(a.lastSignInMs)}
                .join(QLatin1Char('\t')));
    }
    return 0;
}

int cmdPasswd(const QStringList &arguments)
{
    const QString command = QStringLiteral("passwd");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set an account's password (it also ends the wait after failed sign-ins)."));
    parser.addOption(passwordFileOption());
    if (auto exit = parse(parser, arguments, command, true))
        return *exit;
    const QString path = parser.value(QStringLiteral("db"));
    auto store = openExisting(path);
    if (!store)
        return storeFailure(command, store.error(), path);
    reports::Accounts accounts(**store);
    const QString name = parser.positionalArguments().at(2);
    // The name first: nobody types a password for an account that is not there.
    if (auto found = accounts.find(commandLineAdmin(), name); !found)
        return storeFailure(command, found.error(), path);
    auto password = readPassword(parser.value(passwordFileOption()));
    if (!password)
        return failure(command, password.error().toString());
    if (auto set = accounts.setPassword(commandLineAdmin(), name, *password); !set)
        return storeFailure(command, set.error(), path);
    writeLine(QStringLiteral("password set: %1").arg(name));
    return 0;
}

int cmdRole(const QStringList &arguments)
{
    const QString command = QStringLiteral("role");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Change an account's role and sites."));
    parser.addOptions({roleOption(), sitesOption()});
    if (auto exit = parse(parser, arguments, command, true))
        return *exit;
    const auto role = roleFrom(parser, command);
    if (const int *exit = std::get_if<int>(&role))
        return *exit;
    const QString path = parser.value(QStringLiteral("db"));
    auto store = openExisting(path);
    if (!store)
        return storeFailure(command, store.error(), path);
    reports::Accounts accounts(**store);
    const QString name = parser.positionalArguments().at(2);
    if (auto set = accounts.setRole(commandLineAdmin(), name, std::get<reports::Role>(role),
                                    sitesOf(parser.value(sitesOption())));
        !set)
        return storeFailure(command, set.error(), path);
    auto changed = accounts.find(commandLineAdmin(), name);
    if (!changed)
        return storeFailure(command, changed.error(), path);
    writeLine(QStringLiteral("account: %1").arg(changed->name));
    writeLine(QStringLiteral("role: %1").arg(reports::roleName(changed->role)));
    writeLine(QStringLiteral("sites: %1")
                  .arg(changed->role == reports::Role::Admin ? QStringLiteral("*")
                                                             : changed->sites.join(QLatin1Char(','))));
    return 0;
}

int setDisabled(const QStringList &arguments, bool disabled)
{
    const QString command = disabled ? QStringLiteral("disable") : QStringLiteral("enable");
    QCommandLineParser parser;
    parser.setApplicationDescription(disabled ? tr("Disable an account: it can no longer sign in.")
                                              : tr("Enable a disabled account again."));
    if (auto exit = parse(parser, arguments, command, true))
        return *exit;
    const QString path = parser.value(QStringLiteral("db"));
    auto store = openExisting(path);
    if (!store)
        return storeFailure(command, store.error(), path);
    const QString name = parser.positionalArguments().at(2);
    if (auto set = reports::Accounts(**store).setDisabled(commandLineAdmin(), name, disabled); !set)
        return storeFailure(command, set.error(), path);
    writeLine(QStringLiteral("%1: %2").arg(disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                                           name));
    return 0;
}

int cmdDisable(const QStringList &arguments)
{
    return setDisabled(arguments, true);
}

int cmdEnable(const QStringList &arguments)
{
    return setDisabled(arguments, false);
}

// The subcommands of `wh account`, by their word (the second on the command line).
const Subcommand kAccountCommands[] = {
    {"add", &cmdAdd},   {"list", &cmdList},       {"passwd", &cmdPasswd},
    {"role", &cmdRole}, {"disable", &cmdDisable}, {"enable", &cmdEnable},
};

} // namespace

bool isAccountCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("account");
}

int runAccount(const QStringList &arguments)
{
    return runCommandGroup(kGroup, kAccountCommands, arguments);
}

} // namespace wh::cli
