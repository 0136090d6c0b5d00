#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

class QCoreApplication;

namespace wh {

// The options every program takes and the start-up they share: parse (usage text on an unknown
// option), start logging, load the Japanese or English translation built into the program.
class ProgramSetup {
public:
    enum Feature { Database = 1, Language = 2, Screenshot = 4, LogFile = 8 };

    // `defaultLogLevel`: "info" for the GUI programs, "warn" for the command line (its output is
    // its answer; progress and results go to stdout/stderr by themselves).
    ProgramSetup(QString program, int features, const QString &defaultLogLevel = QStringLiteral("info"));

    QCommandLineParser &parser() { return m_parser; }

    // Parses the arguments of `app`. On an unknown option or a bad value prints the error and the
    // usage text to stderr and returns the exit code to use (2); on --help/--version prints and
    // returns 0. Returns nullopt when the program should go on.
    [[nodiscard]] std::optional<int> parse(QCoreApplication &app);

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString language() const; // "ja" or "en"
    [[nodiscard]] QString screenshotPath() const;

private:
    QString m_program;
    int m_features;
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_lang;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_logLevel;
    QCommandLineOption m_logFile;
};

// Installs the built-in translation for `language` ("ja" or "en") into the application.
Status installTranslation(QCoreApplication &app, const QString &language);

// The language of the system locale when it is Japanese, else English.
[[nodiscard]] QString defaultLanguage();

} // namespace wh
