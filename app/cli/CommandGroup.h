#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

class QCommandLineParser;

namespace wh::cli {

// What the command groups of `wh` (account, device, modbus, printer, scan, spec) share: the
// language scan, the common options of every subcommand, the dispatcher of `wh GROUP COMMAND` and
// its usage errors. One place, so that every group behaves (and answers) the same way.

// One subcommand of a group: its word (the second on the command line after the group's) and what
// runs it with the whole command line.
struct Subcommand {
    const char *name;
    int (*run)(const QStringList &arguments);
};

// The language of the messages: --lang ja|en (or --lang=ja) anywhere on the command line, the
// first one, else the system's. Read before parsing, so that option descriptions are translated.
QString languageOf(const QStringList &arguments);

// A usage error of `wh GROUP COMMAND` (of `wh GROUP` when `command` is empty): see usageError.
// Returns 2.
int groupUsageError(const QString &group, const QString &command, const QString &message,
                    const QCommandLineParser *parser = nullptr);

// The --log-level option of a group whose subcommands log; parseCommon starts logging with it.
struct LogLevelOption {
    QString help;         // the option's description (translated)
    QString defaultLevel; // "warn", "error", ...
    // The usage error for a level logging does not know, %1 the level (translated); empty: the
    // shared "--log-level must be trace, debug, info, warn, error or off, not ...".
    QString badLevel;
};

// The options every subcommand of a group shares beyond --lang and --help.
struct CommonOptions {
    QString langHelp; // the description of --lang; empty: "Language of the messages: ja or en."
    std::optional<LogLevelOption> logLevel;
};

// Adds --lang (and --log-level when asked for) and --help after the subcommand's own options,
// parses `arguments` (program name first), prints the help when asked, checks --lang and starts
// logging. nullopt: go on; else the exit code (0 help printed, 2 a usage error).
std::optional<int> parseCommon(QCommandLineParser &parser, const QStringList &arguments, const QString &group,
                               const QString &command, const CommonOptions &options = {});

// `wh GROUP COMMAND ...`: installs the translation of --lang, then runs the subcommand of `table`
// named by the third word. No command or an option there: the usage line with the commands (on
// stdout with exit 0 for --help/-h, else on stderr with exit 2); an unknown one: a usage error.
int runCommandGroup(const QString &group, std::span<const Subcommand> table, const QStringList &arguments);

} // namespace wh::cli
